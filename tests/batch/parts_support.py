"""Inputs for the sharded-job tests: a folder of mixed pages, two archives and a missing
file, with the number of records each must give; and reading every part of a job back."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from batch_support import mixed_folder, write_warc


def job_inputs(root: Path) -> tuple[list[str], int]:
    """The inputs, and how many records they give (one per page, or per error; an archive's
    skipped records, its images and HTTP errors, are counted but not written)."""
    folder = root / "pages"
    folder.mkdir()
    pages = mixed_folder(folder)
    warcs = [root / "a.warc.gz", root / "b.warc"]
    archived = sum(sum(kind not in ("not_html", "http_status") for kind in write_warc(path).values()) for path in warcs)
    return [str(folder), *map(str, warcs), str(root / "missing.html")], len(pages) + archived + 1


def read_parts(prefix: Path) -> list[dict]:
    """Every record of a JSONL job, part after part."""
    records = []
    for part in sorted(prefix.glob("part-*.jsonl.gz")):
        records += [json.loads(line) for line in gzip.decompress(part.read_bytes()).decode().splitlines()]
    return records


def manifest(prefix: Path) -> list[dict]:
    return [json.loads(line) for line in (prefix / "_manifest.jsonl").read_text().splitlines()]
