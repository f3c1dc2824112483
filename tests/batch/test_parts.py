"""Sharded jobs (--parts): planning, part files, Parquet, the manifest and --resume."""
from __future__ import annotations

import gzip
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

import batch_hooks
from extract import BatchOptions, Options
from extract.batch.parts import PartWriter
from extract.batch.partsjob import run_parts
from extract.batch.shards import Shard, plan_shards
from extract.batch.shardtask import close_pools, run_shard
from parts_support import job_inputs, manifest, read_parts
from support import SAMPLES

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

OPTIONS = Options(batch=BatchOptions(workers=2, quiet=True))


def test_plan_puts_archives_alone_and_chunks_folders(tmp_path: Path) -> None:
    inputs, _ = job_inputs(tmp_path)
    shards = list(plan_shards([*inputs, str(tmp_path / "pages" / "*.html")], OPTIONS, shard_files=3))
    names = [(s.archive is not None, len(s.files)) for s in shards]
    assert names == [(False, 3), (False, 3), (False, 1), (True, 0), (True, 0), (False, 3), (False, 2)]
    assert [s.index for s in shards] == list(range(7))
    assert shards[-2].files[0] == str(tmp_path / "missing.html")  # loose files share shards
    assert list(plan_shards(inputs, OPTIONS, 3)) == list(plan_shards(inputs, OPTIONS, 3))


def test_every_input_gives_one_record_and_the_manifest_counts_them(tmp_path: Path) -> None:
    inputs, expected = job_inputs(tmp_path)
    out = tmp_path / "out"
    summary = run_parts(inputs, str(out), OPTIONS, shard_files=4)
    records = read_parts(out)
    assert len(records) == expected == summary.records
    assert summary.errors == sum(1 for r in records if "error" in r) > 0
    entries = manifest(out)
    assert sorted(e["part"] for e in entries) == sorted(p.name for p in out.glob("part-*"))
    assert sum(e["records"] for e in entries) == expected
    assert not list(out.glob(".*.tmp"))


def test_parquet_part_round_trips_with_its_schema(tmp_path: Path) -> None:
    inputs, expected = job_inputs(tmp_path)
    run_parts(inputs, str(tmp_path / "jsonl"), OPTIONS)
    run_parts(inputs, str(tmp_path / "pq"), OPTIONS, fmt="parquet")
    table = pa.concat_tables([pq.read_table(p) for p in sorted((tmp_path / "pq").glob("part-*.parquet"))])
    schema = table.schema
    assert schema.field("authors").type == pa.list_(pa.string())
    assert schema.field("date_published").type == pa.timestamp("us", tz="UTC")
    assert schema.field("date_published_iso").type == pa.string()
    assert schema.field("http_status").type == pa.int64() and schema.field("word_count").type == pa.int64()
    assert {"error_kind", "error_message", "text", "tags"} <= set(schema.names)
    rows, records = table.to_pylist(), read_parts(tmp_path / "jsonl")
    assert len(rows) == len(records) == expected
    for row, record in zip(rows, records):
        assert row["source"] == record["source"]
        assert row["error_kind"] == (record.get("error") or {}).get("kind")
        assert row["title"] == record.get("title") and row["text"] == record.get("text")
        assert row["date_published_iso"] == record.get("date_published")
        assert (row["authors"] or []) == record.get("authors", [])
    dated = [row for row in rows if row["date_published_iso"]]
    assert dated and all(row["date_published"] is not None for row in dated)


def test_resume_redoes_missing_changed_and_unrecorded_parts_only(tmp_path: Path) -> None:
    inputs, _ = job_inputs(tmp_path)
    out = tmp_path / "out"
    run_parts(inputs, str(out), OPTIONS, shard_files=2)
    before = read_parts(out)
    entries = manifest(out)
    assert len(entries) == 7
    (out / "part-00001.jsonl.gz").unlink()
    (out / "part-00002.jsonl.gz").write_bytes(gzip.compress(b"{}\n"))
    kept = [line for line in (out / "_manifest.jsonl").read_text().splitlines() if '"index": 3,' not in line]
    (out / "_manifest.jsonl").write_text("\n".join(kept) + "\n")
    untouched = {p.name: p.stat().st_mtime_ns for p in out.glob("part-*") if p.name[5:10] not in ("00001", "00002", "00003")}
    with pytest.raises(Exception, match="already holds a job"):
        run_parts(inputs, str(out), OPTIONS, shard_files=2)
    resumed = run_parts(inputs, str(out), Options(batch=BatchOptions(workers=2, resume=True)), shard_files=2)
    assert (resumed.done, resumed.skipped) == (3, 4)
    assert read_parts(out) == before
    assert {p.name: p.stat().st_mtime_ns for p in out.glob("part-*") if p.name in untouched} == untouched


def test_resume_after_the_client_is_killed(tmp_path: Path) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    for i in range(80):
        (pages / f"{i:03d}.html").write_bytes((SAMPLES / "news-article.html").read_bytes())
    out = tmp_path / "out"
    command = [sys.executable, "-m", "extract", "--parts", str(out), "--shard-files", "1", "--workers", "1", str(pages)]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    job = subprocess.Popen(command, env=env, start_new_session=True, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not (out / "_manifest.jsonl").exists() or len(manifest(out)) < 5):
        time.sleep(0.01)
    os.killpg(job.pid, signal.SIGKILL)
    job.wait()
    finished = {e["part"]: (out / e["part"]).stat().st_mtime_ns for e in manifest(out)}
    assert 5 <= len(finished) < 80, "the job ended before it could be killed"
    result = subprocess.run([*command, "--resume"], env=env, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert f"{80 - len(finished)} done, {len(finished)} already done" in result.stderr
    assert {name: (out / name).stat().st_mtime_ns for name in finished} == finished
    records = read_parts(out)
    assert [r["source"] for r in records] == [str(pages / f"{i:03d}.html") for i in range(80)]
    assert not list(out.glob(".*.tmp"))


def test_a_hung_page_is_a_timeout_record_not_a_hung_shard(tmp_path: Path) -> None:
    files = []
    for name, marker in (("a.html", b""), ("hang.html", batch_hooks.HANG), ("c.html", b"")):
        (tmp_path / name).write_bytes((SAMPLES / "news-article.html").read_bytes() + marker)
        files.append(str(tmp_path / name))
    options = Options(batch=BatchOptions(page_timeout=1.0))
    try:
        report = run_shard(Shard(0, "three", files=tuple(files)), str(tmp_path / "out"), "jsonl", options,
                           work=batch_hooks.fragile_rendered)
    finally:
        close_pools()
    assert (report.records, report.errors) == (3, 1)
    records = read_parts(tmp_path / "out")
    assert [r.get("error", {}).get("kind") for r in records] == [None, "timeout", None]


def test_on_dask_a_spinning_page_is_a_timeout_record_in_the_task_itself(tmp_path: Path) -> None:
    """Dask tasks extract in their own thread (batch/inline.py): the page's time limit is
    the watchdog's, and the record is the one the local engine writes."""
    files = []
    for name, marker in (("a.html", b""), ("spin.html", batch_hooks.SPIN), ("c.html", b"")):
        (tmp_path / name).write_bytes((SAMPLES / "news-article.html").read_bytes() + marker)
        files.append(str(tmp_path / name))
    options = Options(batch=BatchOptions(page_timeout=1.0))
    report = run_shard(Shard(0, "three", files=tuple(files)), str(tmp_path / "out"), "jsonl", options,
                       work=batch_hooks.fragile_rendered, inline=True)
    assert (report.records, report.errors) == (3, 1)
    records = read_parts(tmp_path / "out")
    assert [r.get("error", {}).get("kind") for r in records] == [None, "timeout", None]
    assert records[1]["error"]["message"] == "page took longer than 1 s"


def test_a_part_is_invisible_until_committed(tmp_path: Path) -> None:
    writer = PartWriter(str(tmp_path), 7, "jsonl")
    writer.write('{"source": "x"}')
    assert not (tmp_path / "part-00007.jsonl.gz").exists()
    writer.abort()
    assert not list(tmp_path.iterdir())


def test_inputs_and_parts_at_fsspec_urls(tmp_path: Path) -> None:
    fsspec = pytest.importorskip("fsspec")
    inputs, expected = job_inputs(tmp_path)
    memory = fsspec.filesystem("memory")
    for path in Path(inputs[0]).rglob("*"):
        if path.is_file():
            memory.pipe(f"/in/pages/{path.relative_to(inputs[0])}", path.read_bytes())
    memory.pipe("/in/a.warc.gz", Path(inputs[1]).read_bytes())
    summary = run_parts(["memory://in/pages", "memory://in/a.warc.gz", "memory://in/none.html"], "memory://out",
                        OPTIONS, shard_files=3)
    assert summary.records == 7 + 3 + 1  # the archive's 3 skipped records (image, JSON, 404) are not written
    names = sorted(p.rsplit("/", 1)[-1] for p in memory.ls("/out", detail=False))
    assert names == ["_manifest.jsonl", *(f"part-{i:05d}.jsonl.gz" for i in range(5))]
