"""--engine dask on a LocalCluster on 127.0.0.1 gives the records of a local run, errors
included."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract import BatchOptions, Engine, Options, extract_many
from extract.batch.records import record_options, to_record

from batch_support import mixed_folder, write_warc

pytest.importorskip("distributed")


def test_dask_local_cluster_gives_identical_records(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    mixed_folder(folder)
    warc = tmp_path / "crawl.warc.gz"
    write_warc(warc)
    inputs = [folder, warc, tmp_path / "missing.html"]
    local = Options(batch=BatchOptions(workers=2))
    dask = Options(batch=BatchOptions(workers=2, engine=Engine.DASK))
    lines = [to_record(r, record_options(local)) for r in extract_many(inputs, local)]
    on_dask = [to_record(r, record_options(dask)) for r in extract_many(inputs, dask)]
    assert len(lines) == 7 + 6 + 1
    assert on_dask == lines


def test_cli_runs_on_dask(tmp_path: Path, run_module) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    expected = mixed_folder(folder)
    out = tmp_path / "out.jsonl"
    result = run_module(str(folder), "--engine", "dask", "--workers", "2", "-o", str(out), timeout=180)
    assert result.code == 3, result  # the folder holds bad pages
    assert len(out.read_text().splitlines()) == len(expected)
