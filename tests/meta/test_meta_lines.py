"""Dates, names, byline and date lines, plain-text pages, language."""
from __future__ import annotations

import pytest

from extract import Block, BlockKind, Metadata
from extract.meta import completed, looks_like_byline, looks_like_dateline, text_metadata, without_bylines
from extract.meta.dates import date_in_url, parse_date
from extract.meta.language import declared_language
from extract.meta.strings import names_in


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        ("2024-05-17", "2024-05-17"),
        ("2024-05-17T09:30:00Z", "2024-05-17T09:30:00+00:00"),
        ("2024-05-17T09:30:00.000+0200", "2024-05-17T09:30:00+02:00"),
        ("2024-05-17 09:30", "2024-05-17T09:30:00"),
        ("Fri, 17 May 2024 09:30:00 GMT", "2024-05-17T09:30:00+00:00"),
        ("20240517", "2024-05-17"),
        ("May 17, 2024", "2024-05-17"),
        ("Published 17th of May, 2024", "2024-05-17"),
        ("17.05.2024", "2024-05-17"),
        ("5/17/2024", "2024-05-17"),
        ("17/5/2024", "2024-05-17"),
        ("Thu, 09/25/2025 - 11:38", "2025-09-25"),
        ("2024-02-30", None),
        ("1899-01-01", None),
        ("soon", None),
        ("", None),
    ],
)
def test_parse_date(value: str, iso: str | None) -> None:
    assert parse_date(value) == iso


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://example.org/2024/05/17/slug/", "2024-05-17"),
        ("https://example.org/news/2024-05-17-slug.html", "2024-05-17"),
        ("https://example.org/p/20240517", "2024-05-17"),
        ("https://example.org/archive/2024/05/", None),
        ("https://example.org/item/12345678", None),
        (None, None),
    ],
)
def test_date_in_url(url: str | None, day: str | None) -> None:
    assert date_in_url(url) == day


@pytest.mark.parametrize(
    ("values", "names"),
    [
        (["By Jane Doe"], ["Jane Doe"]),
        (["Jane Doe and John Roe"], ["Jane Doe", "John Roe"]),
        (["Jane Doe, John Roe, Ann Lee"], ["Jane Doe", "John Roe", "Ann Lee"]),
        (["Kaufman, Jeff"], ["Kaufman, Jeff"]),
        (["Matthew Frankel, CFP"], ["Matthew Frankel, CFP"]),
        (["Written by: Ann Lee", "ann lee"], ["Ann Lee"]),
        (["undefined", "admin"], []),
    ],
)
def test_names_in(values: list[str], names: list[str]) -> None:
    assert list(names_in(values)) == names


META = Metadata(authors=("Jane Doe",), date_published="2024-05-17")


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("By Jane Doe", True),
        ("Jane Doe | May 17, 2024", True),
        ("Written by Jane Doe, May 17, 2024", True),
        ("By Ann Other", True),
        ("Jane Doe said the council would vote again next year on the plan.", False),
        ("By the end of the year, the park will be open.", False),
    ],
)
def test_looks_like_byline(line: str, byline: bool) -> None:
    assert looks_like_byline(line, META) is byline


@pytest.mark.parametrize(
    ("line", "dateline"),
    [
        ("May 17, 2024", True),
        ("Updated: Friday, May 17, 2024 at 10:00 am ET", True),
        ("17.05.2024 · 5 min read", True),
        ("Published 2024-05-17T09:30:00Z", True),
        ("We met on May 17, 2024 in Paris to talk about it.", False),
        ("In 2024 the council met twice.", False),
    ],
)
def test_looks_like_dateline(line: str, dateline: bool) -> None:
    assert looks_like_dateline(line, META) is dateline


def test_without_bylines_keeps_the_body() -> None:
    blocks = [Block(BlockKind.PARAGRAPH, text) for text in (
        "By Jane Doe", "May 17, 2024", "The council voted on Tuesday.", "By the end of the year it will be open.")]
    assert [b.text for b in without_bylines(blocks, META)] == [
        "The council voted on Tuesday.", "By the end of the year it will be open."]


def test_without_bylines_drops_datelines_marked_up_as_headings() -> None:
    blocks = [Block(BlockKind.HEADING, "Monday, November 18, 2019", level=4),
              Block(BlockKind.HEADING, "by Jane Doe", level=5),
              Block(BlockKind.PARAGRAPH, "The council voted on Tuesday."),
              Block(BlockKind.HEADING, "What happens next", level=2),
              Block(BlockKind.PARAGRAPH, "Work starts in the spring.")]
    assert [b.text for b in without_bylines(blocks, META)] == [
        "The council voted on Tuesday.", "What happens next", "Work starts in the spring."]


def test_text_page_header() -> None:
    lines = ["Harbour wall repaired", "", "By Jane Doe", "March 5, 2024", "", "The harbour wall was repaired.", "By then"]
    meta, used = text_metadata(lines)
    assert (meta.title, meta.authors, meta.date_published) == ("Harbour wall repaired", ("Jane Doe",), "2024-03-05")
    assert used == {2, 3}


def test_text_page_without_header() -> None:
    meta, used = text_metadata(["The harbour wall was repaired over the winter.", "It cost a lot."])
    assert meta == Metadata() and not used


@pytest.mark.parametrize(("value", "code"), [("en-US", "en"), ("EN_gb", "en"), ("fr", "fr"), ("x", None), (None, None)])
def test_declared_language(value: str | None, code: str | None) -> None:
    assert declared_language(value) == code


def test_language_is_detected_when_undeclared() -> None:
    body = "Le conseil municipal a voté mardi soir pour transformer l'ancienne gare de marchandises en parc inondable."
    facts = completed(Metadata(title="Parc"), body)
    assert (facts.language, facts.title) == ("fr", "Parc")
    assert completed(Metadata(title="Parc"), body, detect=False).language is None


def test_declared_language_is_kept() -> None:
    assert completed(Metadata(language="en"), "Guten Tag, wie geht es Ihnen heute?").language == "en"
