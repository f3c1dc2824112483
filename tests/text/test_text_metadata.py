"""Metadata for plain-text pages: the byline and date lines at the top become `authors` and
`date_published` in JSON, through the real command line, and leave the body."""
from __future__ import annotations

import json
from pathlib import Path

PAGE = """Library Opens A Tool Lending Shelf

By Sam Whitaker
March 12, 2025

The central library has opened a shelf of tools that members can borrow for a week at a time, from drills and ladders to sewing machines and pressure washers.

The idea came from a group of volunteers who had been running a repair café in the library's basement every month, and who kept meeting people who needed a tool only once.

Members borrow the tools with the same card they use for books, and a short safety leaflet goes out with every power tool.
"""


def test_byline_and_date_become_metadata_in_json(run_module, tmp_path: Path) -> None:
    page = tmp_path / "shelf.txt"
    page.write_text(PAGE, encoding="utf-8")
    result = run_module("--format", "json", str(page))
    assert result.code == 0, result
    record = json.loads(result.stdout)
    assert record["input_kind"] == "text"
    assert record["title"] == "Library Opens A Tool Lending Shelf"
    assert record["authors"] == ["Sam Whitaker"]
    assert record["date_published"] == "2025-03-12"
    assert "Sam Whitaker" not in record["text"] and "March 12" not in record["text"]
    assert record["text"].startswith("The central library has opened")
