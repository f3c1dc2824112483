"""Golden pages: tests/golden/html/NAME.html must extract to exactly NAME.txt.

Each page is a small, real-looking article (at least four paragraphs of 30+ words, so there
is no doubt what the article is) plus ONE kind of boilerplate that must vanish (navigation,
breadcrumbs, share bar, teasers, cookie banner, comments, footer, link directory...), or one
kind of content that must come out right (tables, lists, code, headings, captions, quotes,
whitespace, duplicates, charsets). NAME says which.

NAME.txt is what `extract NAME.html` prints: Document.text plus one final newline. Text rules:
body only, no title; blocks separated by a blank line; items of one list on consecutive lines
as "- item", or "1. item" in a numbered list (two more spaces per nesting level); table rows as cells joined by " | " on
consecutive lines; code keeps its whitespace; captions and quotes are paragraphs of their own;
whitespace (no-break spaces included) collapses to single spaces.

Encoded pages are written by tests/golden/make_encoded.py; edit the text there and re-run it.
"""
from __future__ import annotations

import codecs
import re
from pathlib import Path

import pytest

import extract
from extract import Options

from support import GOLDEN, load_script

HTML_DIR = GOLDEN / "html"
PAGES = sorted(HTML_DIR.glob("*.html"))


def expected_text(page: Path) -> str:
    return page.with_suffix(".txt").read_text(encoding="utf-8").removesuffix("\n")


def test_golden_pages_exist() -> None:
    assert len(PAGES) >= 25, "the golden set has lost pages"


def test_furniture_pages_cover_the_languages() -> None:
    """Share, rating, tag, related, comment and copyright lines in plain markup, which only
    the lexicon's words give away, in German, French, Spanish, Chinese and Japanese."""
    assert {f"furniture-{language}" for language in ("de", "fr", "es", "zh", "ja")} <= {p.stem for p in PAGES}


def test_every_page_has_its_expected_text_and_vice_versa() -> None:
    pages = {p.stem for p in HTML_DIR.glob("*.html")}
    texts = {p.stem for p in HTML_DIR.glob("*.txt")}
    assert pages - texts == set(), "pages without NAME.txt"
    assert texts - pages == set(), "NAME.txt without a page"


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_golden_page(page: Path, assert_same_text) -> None:
    document = extract.extract(page.read_bytes())
    assert_same_text(document.text, expected_text(page), page.with_suffix(".txt").name)


def _plain_utf8(page: Path) -> bool:
    data = page.read_bytes()
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


STR_PAGES = [p for p in PAGES if _plain_utf8(p)]


@pytest.mark.parametrize("page", STR_PAGES, ids=[p.stem for p in STR_PAGES])
def test_golden_page_given_as_str(page: Path, assert_same_text) -> None:
    """Passing the page as already-decoded text gives the same result as passing bytes."""
    document = extract.extract(page.read_bytes().decode("utf-8"))
    assert_same_text(document.text, expected_text(page), page.with_suffix(".txt").name)


def test_title_is_not_part_of_the_body() -> None:
    page = HTML_DIR / "header-nav.html"
    document = extract.extract(page.read_bytes())
    title = "Volunteers spend a summer mapping every street tree in Ashford Vale"
    assert document.title == title
    assert title not in document.text


def test_tables_can_be_left_out(assert_same_text) -> None:
    """Options(tables=False) drops the table's rows and keeps everything else."""
    page = HTML_DIR / "table.html"
    document = extract.extract(page.read_bytes(), options=Options(tables=False))
    without_rows = "\n\n".join(
        block for block in expected_text(page).split("\n\n") if " | " not in block
    )
    assert_same_text(document.text, without_rows, "table.txt without the table")


def test_comments_are_kept_out_of_the_body() -> None:
    """Comments never join the article text; at most they go to Document.comments."""
    document = extract.extract((HTML_DIR / "comments.html").read_bytes())
    assert "gridlocked" not in document.text
    assert all("Plans to build 300 homes" not in block.text for block in document.comments)


def test_encoded_pages_are_what_the_generator_writes() -> None:
    """tests/golden/make_encoded.py is the source of the encoded pages: they must match it."""
    generator = load_script(GOLDEN / "make_encoded.py")
    for name, data in generator.outputs().items():
        path = HTML_DIR / name
        assert path.is_file(), f"{name} missing: run python tests/golden/make_encoded.py"
        assert path.read_bytes() == data, f"{name} is stale: run python tests/golden/make_encoded.py"


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_golden_page_is_a_clear_article(page: Path) -> None:
    """Guard the set itself: every expected text is a real article, not a fragment."""
    text = expected_text(page)
    blocks = text.split("\n\n")
    if re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):  # Japanese: count characters
        long_blocks = [b for b in blocks if len(b) >= 60]
    else:
        long_blocks = [b for b in blocks if len(b.split()) >= 30]
    assert len(long_blocks) >= 4, f"{page.name}: fewer than 4 long paragraphs"
    assert not text.startswith(("\n", " ")) and text == text.rstrip()
