"""A sharded job on a Dask LocalCluster (127.0.0.1) writes the parts local processes write."""
from __future__ import annotations

from pathlib import Path

import pytest

from extract import BatchOptions, Engine, Options
from extract.batch.partsjob import run_parts
from parts_support import job_inputs, manifest, read_parts

pytest.importorskip("distributed")
pq = pytest.importorskip("pyarrow.parquet")


def test_processes_and_dask_write_the_same_parts(tmp_path: Path) -> None:
    inputs, expected = job_inputs(tmp_path)
    local = Options(batch=BatchOptions(workers=2, quiet=True))
    dask = Options(batch=BatchOptions(workers=2, quiet=True, engine=Engine.DASK))
    for name, options in (("local", local), ("dask", dask)):
        run_parts(inputs, str(tmp_path / name), options, shard_files=3)
        run_parts(inputs, str(tmp_path / f"{name}-pq"), options, fmt="parquet", shard_files=3)
    assert len(read_parts(tmp_path / "local")) == expected
    assert read_parts(tmp_path / "dask") == read_parts(tmp_path / "local")
    by_part = {name: {e["part"]: e["sha256"] for e in manifest(tmp_path / name)} for name in ("local", "dask")}
    assert by_part["dask"] == by_part["local"]  # gzip without timestamps: the same bytes
    for part in sorted((tmp_path / "local-pq").glob("*.parquet")):
        assert pq.read_table(tmp_path / "dask-pq" / part.name).equals(pq.read_table(part))


def test_cli_sharded_job_on_dask(tmp_path: Path, run_module) -> None:
    inputs, expected = job_inputs(tmp_path)
    out = tmp_path / "out"
    result = run_module("--parts", str(out), "--engine", "dask", "--workers", "2", *inputs, timeout=180)
    assert result.code == 3, result  # the inputs hold bad pages
    assert len(read_parts(out)) == expected
    assert "0 failed" in result.stderr
