"""Golden plain-text pages: tests/golden/text/NAME.txt must extract to NAME.expected.txt.

NAME.txt is a whole page saved as text (browser "save as text", copy-paste, a WET record):
an article with one kind of boilerplate around it, which NAME names. NAME.expected.txt is
the headline (Document.title) on the first line, one blank line, then the body exactly as
`extract --input-format text NAME.txt` prints it, ending in one newline.

all-article-LANG pages are nothing but an article (a title line, paragraphs, a share line or
two) in a language with or without a stop-word list, with or without spaces between words,
or Latin filler: they must come back whole, apart from the title and the share lines.

samples/plain-text-article.txt (the README's example) is checked the same way against
tests/golden/text/plain-text-article.expected.txt; the seed page in ../shared/seed, when it
is there, must give its headline and its fifteen article paragraphs.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import extract
from extract import InputFormat, Options, PageKind

from support import GOLDEN, ROOT, SAMPLES

TEXT_DIR = GOLDEN / "text"
PAGES = sorted(p for p in TEXT_DIR.glob("*.txt") if not p.name.endswith(".expected.txt"))
SAMPLE = SAMPLES / "plain-text-article.txt"
SEED = ROOT.parent / "shared" / "seed" / "000_2dd0025995b591b4.txt"


def expected_path(page: Path) -> Path:
    return TEXT_DIR / f"{page.stem}.expected.txt"


def rendered(page: Path) -> str:
    """Title line, blank line, body: what the expected files hold."""
    document = extract.extract(page.read_text(encoding="utf-8"))
    assert document.input_kind is PageKind.TEXT, "a plain-text page went to the HTML engine"
    return f"{document.title or ''}\n\n{document.text}\n"


def test_golden_set_covers_the_shapes() -> None:
    names = {page.stem for page in PAGES}
    assert {"news-directory-de", "blog-comments-footer", "teasers-before", "short-article-fr"} <= names
    # Furniture labels in other languages than English, which only the lexicon gives away.
    assert {f"furniture-{language}" for language in ("de", "fr", "es", "zh", "ja")} <= names


ALL_ARTICLE = [page for page in PAGES if page.stem.startswith("all-article-")]
_SENTENCE_END = (".", "。", "।", "؟", "!", "?")
_LONG_BLOCK = 60  # characters: a paragraph of a script with no sentence punctuation (Thai)


def test_all_article_pages_cover_the_languages() -> None:
    langs = {page.stem.removeprefix("all-article-") for page in ALL_ARTICLE}
    assert {"en", "de", "zh", "ja", "ar", "lorem"} <= langs


@pytest.mark.parametrize("page", ALL_ARTICLE, ids=[p.stem for p in ALL_ARTICLE])
def test_all_article_page_comes_back_whole(page: Path) -> None:
    blocks = [block.strip() for block in page.read_text(encoding="utf-8").split("\n\n") if block.strip()]
    paragraphs = [b for b in blocks[1:] if b.endswith(_SENTENCE_END) or len(b) >= _LONG_BLOCK]
    document = extract.extract(page.read_text(encoding="utf-8"))
    assert document.title == blocks[0]
    assert document.text.split("\n\n") == paragraphs


def test_every_page_has_its_expected_text_and_vice_versa() -> None:
    expected = {p.name.removesuffix(".expected.txt") for p in TEXT_DIR.glob("*.expected.txt")}
    assert {page.stem for page in PAGES} | {SAMPLE.stem} == expected


@pytest.mark.parametrize("page", [*PAGES, SAMPLE], ids=[p.stem for p in [*PAGES, SAMPLE]])
def test_golden_page(page: Path, assert_same_text) -> None:
    expected = expected_path(page).read_text(encoding="utf-8")
    assert_same_text(rendered(page), expected, expected_path(page).name)


def test_forced_text_mode_gives_the_same_result() -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    forced = extract.extract(text, options=Options(input_format=InputFormat.TEXT))
    assert forced.text == extract.extract(text).text


def test_seed_page() -> None:
    if not SEED.is_file():
        pytest.skip("../shared/seed is not available")
    document = extract.extract(SEED.read_text(encoding="utf-8"))
    assert document.title == "Neither US Or UK Investigated Chinese Spy Chips"
    paragraphs = document.text.split("\n\n")
    assert len(paragraphs) == 15
    assert paragraphs[0].startswith("The US Department of Homeland Security (DHS) ")
    assert paragraphs[-1].endswith("routinely inspects their facilities and processes closely,” it stated.")
    assert "Security Week" not in document.text and "Authentic8" not in document.text
    assert "\u00a0" not in document.title
