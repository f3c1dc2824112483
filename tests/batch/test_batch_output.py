"""Outputs: --output-dir never writes outside its folder, whatever the inputs are called;
JSONL lines are whole records; --resume completes an interrupted run into the same file."""
from __future__ import annotations

import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from extract import BatchOptions, Options
from extract.batch import run_batch
from extract.batch.output import safe_stem
from extract.options import OutputFormat

from batch_support import ARTICLE, NEWS
from support import ROOT, clean_env

HOSTILE = [
    "../../escape.html", "/etc/passwd", "..", ".", "....//....//x", "a/../../b", "C:\\Windows\\win.ini",
    "http://../../../etc/passwd", "https://x.test/../../../../tmp/owned", "file:///etc/shadow",
    "http://evil.test/%2e%2e%2f%2e%2e%2fowned", "\x00nul", "-" * 300, "",
]


def test_safe_stem_stays_a_plain_name() -> None:
    for hostile in HOSTILE:
        for stem in (safe_stem(hostile, None), safe_stem("archive#id", hostile)):
            assert "/" not in stem and "\\" not in stem and not stem.startswith("."), (hostile, stem)
            assert len(stem) < 100
    assert safe_stem("a.html", None) != safe_stem("b/a.html", None)


def _hostile_warc(path: Path) -> None:
    writer = WARCWriter(path.open("wb"), gzip=False)
    for uri in HOSTILE[7:11]:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(ARTICLE), http_headers=headers))
    writer.out.close()


def test_output_dir_keeps_every_file_inside(tmp_path: Path) -> None:
    work = tmp_path / "work" / "deep"
    work.mkdir(parents=True)
    (work / "..%2fescape.html").write_bytes(ARTICLE)
    warc = work / "hostile.warc"
    _hostile_warc(warc)
    listing = work / "list.txt"
    listing.write_text("\n".join([str(work / "..%2fescape.html"), str(work / "../../escape.html"), str(warc)]))
    out = tmp_path / "out"
    before = {p for p in tmp_path.rglob("*")}
    options = Options(output_format=OutputFormat.MARKDOWN, batch=BatchOptions(workers=2, output_dir=out, quiet=True))
    from extract.sources.inputs import read_list

    summary = run_batch(read_list(str(listing)), options)
    created = {p for p in tmp_path.rglob("*")} - before
    assert created and all(p == out or out in p.parents for p in created), created
    assert summary.total == 6  # the file, the missing one, 4 records
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == 6
    # Errors: the missing file, and the file:// record (not HTTP, so no status line).
    assert sum(name.endswith(".error.json") for name in names) == 2
    assert sum(name.endswith(".md") for name in names) == 4
    assert not any(".." in name for name in names)


def test_output_dir_resume_skips_written_files(tmp_path: Path) -> None:
    pages = []
    for i in range(4):
        path = tmp_path / f"p{i}.html"
        path.write_bytes(ARTICLE)
        pages.append(str(path))
    out = tmp_path / "out"
    first = run_batch(pages[:2], Options(batch=BatchOptions(workers=1, output_dir=out, quiet=True)))
    again = run_batch(pages, Options(batch=BatchOptions(workers=1, output_dir=out, resume=True, quiet=True)))
    assert (first.total, again.total, again.already_done) == (2, 2, 2)
    assert len(list(out.iterdir())) == 4


def test_resume_cuts_a_half_written_line(tmp_path: Path) -> None:
    pages = [str(tmp_path / f"p{i}.html") for i in range(3)]
    for name in pages:
        Path(name).write_bytes(ARTICLE)
    out = tmp_path / "out.jsonl"
    run_batch(pages, Options(batch=BatchOptions(workers=1, quiet=True)), output=out)
    whole = out.read_bytes()
    lines = whole.splitlines(keepends=True)
    out.write_bytes(lines[0] + lines[1][: len(lines[1]) // 2])  # killed mid-write
    summary = run_batch(pages, Options(batch=BatchOptions(workers=1, resume=True, quiet=True)), output=out)
    assert (summary.already_done, summary.total) == (1, 2)
    assert out.read_bytes() == whole


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "extract", *args]


def test_killed_run_resumed_equals_an_uninterrupted_run(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(400):
        data = NEWS.read_bytes() if i % 3 else ARTICLE
        (folder / f"page-{i:04d}.html").write_bytes(data.replace(b"</body>", f"<p>{i}</p></body>".encode()))
    (folder / "page-0007.html").write_bytes(b"")  # one error record among them
    whole, cut = tmp_path / "whole.jsonl", tmp_path / "cut.jsonl"
    env = clean_env()
    done = subprocess.run(_cli(str(folder), "-o", str(whole), "--workers", "2", "-q"), env=env, cwd=ROOT,
                          capture_output=True, timeout=300)
    assert done.returncode == 3, done.stderr  # the empty page
    assert len(whole.read_bytes().splitlines()) == 400

    process = subprocess.Popen(_cli(str(folder), "-o", str(cut), "--workers", "2", "-q"), env=env, cwd=ROOT,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not cut.exists() or cut.read_bytes().count(b"\n") < 60):
        time.sleep(0.05)
    process.send_signal(signal.SIGKILL)
    process.wait()
    written = cut.read_bytes().count(b"\n")
    assert 60 <= written < 400, written

    resumed = subprocess.run(_cli(str(folder), "-o", str(cut), "--workers", "2", "--resume"), env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=300)
    assert resumed.returncode in (0, 3), resumed.stderr
    assert "already done" in resumed.stderr
    # The error record is tried again and written again: the rest is the uninterrupted run's.
    error = next(line for line in whole.read_bytes().splitlines() if b'"status": "error"' in line)
    assert sorted(cut.read_bytes().splitlines()) == sorted([*whole.read_bytes().splitlines(), error])


def test_ctrl_c_leaves_whole_lines(tmp_path: Path) -> None:
    """The batch reads its list from a pipe kept open, so it cannot end before the signal:
    the test waits for the first written record, never for time."""
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(50):
        (folder / f"p{i:04d}.html").write_bytes(NEWS.read_bytes())
    out = tmp_path / "out.jsonl"
    process = subprocess.Popen(_cli("--input-list", "-", "-o", str(out), "--workers", "2"), env=clean_env(), cwd=ROOT,
                               stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert process.stdin is not None
    process.stdin.write("".join(f"{path}\n" for path in sorted(folder.iterdir())))
    process.stdin.flush()  # and left open: more inputs may come
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and (not out.exists() or not out.read_bytes().count(b"\n")):
        time.sleep(0.05)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130, stderr
    assert "--resume" in stderr and "Traceback" not in stderr
    data = out.read_bytes()
    assert data.endswith(b"\n")
    assert all(line.startswith(b"{") and line.endswith(b"}") for line in data.splitlines())
    assert os.path.getsize(out) == len(data)
