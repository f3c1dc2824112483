"""Pages whose class names say nothing (hashed by a CSS-in-JS build, as on many sites
built since 2020): structure alone must find the story. tests/golden/hashed/NAME.html
must extract to NAME.txt.

- comments-under-short-story: a section headed "Comments" holds far more prose than the
  short story above it; what lies under such a heading is not chosen as the main content
  (select.main_element).
- nested-article-comments: each reader comment is an <article> inside the story's
  <article>, as WordPress marks them up; a nested <article> is, by HTML's definition, a
  comment or related item, so it does not vouch for the section holding it
  (stats._nested_articles).
- mega-menu-and-sidebar: a page read as a listing, whose menu of one-word links and whose
  sidebar of archive links outweigh a one-paragraph story (stats.block_value,
  select.is_skipped).
"""
from __future__ import annotations

from pathlib import Path

import pytest

import extract
from extract import Options

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "hashed"


@pytest.mark.parametrize("page", sorted(GOLDEN.glob("*.html")), ids=lambda page: page.stem)
def test_structure_alone_finds_the_story(page: Path) -> None:
    text = extract.extract(page.read_bytes(), options=Options(detect_language=False)).text
    assert text == page.with_suffix(".txt").read_text(encoding="utf-8").rstrip("\n")
