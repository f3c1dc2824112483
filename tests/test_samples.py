"""The pages in samples/ (the README's examples) extract to exactly tests/golden/samples/NAME.txt.

They are full pages — cookie banner, masthead, navigation, breadcrumbs, share bars, ads,
most-read, related stories, newsletter box, comments, footer — around one article, in
several charsets. The non-UTF-8 ones are written by samples/make_encoded.py.
"""
from __future__ import annotations

from pathlib import Path

import pytest

import extract

from support import GOLDEN, SAMPLES, load_script

EXPECTED = GOLDEN / "samples"
PAGES = sorted(SAMPLES.glob("*.html"))


def test_samples_cover_the_required_pages() -> None:
    names = {page.name for page in PAGES}
    required = {
        "news-article.html", "tables-and-lists.html", "cp1252.html", "cp1251.html",
        "shift_jis.html", "wrong-charset.html", "no-charset-cp1251.html",
    }
    assert required <= names


def test_every_sample_has_its_expected_text() -> None:
    missing = [page.name for page in PAGES if not (EXPECTED / f"{page.stem}.txt").is_file()]
    assert missing == []


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_sample(page: Path, assert_same_text) -> None:
    expected = (EXPECTED / f"{page.stem}.txt").read_text(encoding="utf-8").removesuffix("\n")
    document = extract.extract(page.read_bytes())
    assert_same_text(document.text, expected, f"tests/golden/samples/{page.stem}.txt")


def test_news_sample_metadata() -> None:
    document = extract.extract((SAMPLES / "news-article.html").read_bytes())
    assert document.title == "Port Ellery votes to turn disused rail yard into a flood park"
    assert document.found


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("cp1252", "cp1252"),
        ("cp1251", "cp1251"),
        ("shift_jis", "cp932"),  # Shift_JIS is read with its Windows superset, as browsers do
        ("wrong-charset", "utf-8"),
        ("no-charset-cp1251", "cp1251"),
    ],
)
def test_encoded_sample_reports_its_encoding(name: str, encoding: str) -> None:
    document = extract.extract((SAMPLES / f"{name}.html").read_bytes())
    assert document.encoding == encoding


def test_encoded_samples_are_what_the_generator_writes() -> None:
    generator = load_script(SAMPLES / "make_encoded.py")
    outputs = generator.outputs()
    assert outputs, "the generator writes nothing"
    for path, data in outputs.items():
        assert path.is_file(), f"{path.name} missing: run python samples/make_encoded.py"
        assert path.read_bytes() == data, f"{path.name} is stale: run python samples/make_encoded.py"
