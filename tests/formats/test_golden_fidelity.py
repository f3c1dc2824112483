"""Structure kept through every format: tables as cells, images in place, heading levels.

Golden sets: tests/golden/fidelity/NAME.html, read as if fetched from PAGE_URL with
`--links --images`, must give NAME.txt (`--format text`), NAME.md (`--format markdown`)
and NAME.json (the `blocks` of `--format json`). Links and images never change the text:
the page with no options at all gives NAME.txt too.
"""
from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from extract import Options, OutputFormat, extract
from extract.formats import render_as

from support import GOLDEN, validate_document

PAGE_URL = "https://example.org/news/story.html"
RICH = Options(links=True, images=True, detect_language=False)
PAGES = sorted((GOLDEN / "fidelity").glob("*.html"))


def expected(page: Path, suffix: str) -> str:
    return page.with_suffix(suffix).read_text(encoding="utf-8").removesuffix("\n")


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_text(page: Path, assert_same_text) -> None:
    plain = extract(page.read_bytes(), url=PAGE_URL, options=replace(Options(), detect_language=False))
    rich = extract(page.read_bytes(), url=PAGE_URL, options=RICH)
    assert_same_text(plain.text, expected(page, ".txt"), page.with_suffix(".txt").name)
    assert rich.text == plain.text


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_markdown(page: Path, assert_same_text) -> None:
    options = replace(RICH, output_format=OutputFormat.MARKDOWN)
    document = extract(page.read_bytes(), url=PAGE_URL, options=options)
    assert_same_text(render_as(document, options), expected(page, ".md"), page.with_suffix(".md").name)


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_json_blocks(page: Path, assert_same_text) -> None:
    options = replace(RICH, output_format=OutputFormat.JSON)
    record = json.loads(render_as(extract(page.read_bytes(), url=PAGE_URL, options=options), options))
    validate_document(record)
    blocks = json.dumps(record["blocks"], ensure_ascii=False, indent=2)
    assert_same_text(blocks, expected(page, ".json"), page.with_suffix(".json").name)


def test_the_set_covers_the_issue() -> None:
    """A complex table, lazy images with a tracking pixel, nested headings and lists."""
    assert {page.stem for page in PAGES} >= {"complex-table", "lazy-images", "nested-headings"}
