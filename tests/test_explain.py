"""--explain: golden listings (page in, annotated listing out) for both engines, through the
API and the command line, and the facts it reports."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract import InputFormat, Options, explain, extract

from support import GOLDEN

PAGES = sorted(p for p in (GOLDEN / "explain").iterdir() if p.suffix in (".html", ".txt") and ".explain" not in p.name)


def _explained(page: Path):  # type: ignore[no-untyped-def]
    kind = InputFormat.TEXT if page.suffix == ".txt" else InputFormat.HTML
    return extract(page.read_bytes(), options=Options(explain=True, input_format=kind, detect_language=False))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_golden_listing(page: Path, assert_same_text) -> None:  # type: ignore[no-untyped-def]
    expected = page.with_suffix(".explain.txt").read_text(encoding="utf-8")
    assert_same_text(explain(_explained(page)) + "\n", expected, page.with_suffix(".explain.txt").name)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_output_block_is_listed_as_kept(page: Path) -> None:
    document = _explained(page)
    assert document.explanation is not None
    kept = [d.text for d in document.explanation.decisions if d.kept]
    assert [block.text for block in document.blocks] == kept
    assert all(d.stage and d.rule for d in document.explanation.decisions if not d.kept)


def test_html_names_reading_region_and_score() -> None:
    explanation = _explained(GOLDEN / "explain" / "cookie-banner.html").explanation
    assert explanation is not None and explanation.reading in ("article", "short", "listing")
    assert explanation.region and explanation.region.startswith("/html/body") and explanation.score


def test_without_explain_nothing_is_explained() -> None:
    document = extract((GOLDEN / "explain" / "cookie-banner.html").read_bytes())
    assert document.explanation is None
    with pytest.raises(ValueError):
        explain(document)


def test_cli_text_output_lists_on_stderr_and_json_carries_it(run_module) -> None:
    page = str(GOLDEN / "explain" / "cookie-banner.html")
    plain = run_module(page)
    result = run_module("--explain", page)
    assert result.code == 0 and result.stdout == plain.stdout
    assert result.stderr.startswith("explain: html engine, read as ")
    assert "- clean: hidden element" in result.stderr or "- select: outside the chosen region" in result.stderr
    record = json.loads(run_module("--explain", "--format", "json", page).stdout)
    assert record["explain"]["engine"] == "html" and record["explain"]["decisions"]
    assert "explain" not in json.loads(run_module("--format", "json", page).stdout)
