"""Dates printed near the headline: `<time>` elements, date-marked elements, date lines.

Used when the structured sources are silent. Elements marked updated/modified give the
modification date; the first other one gives the publication date. htmldate, a maintained
library that reads dates in many languages and layouts, is the last resort; it costs tens
of milliseconds per page and guesses a date on most pages that have none, so it runs only
on pages that declare themselves articles (`og:type`) and gave no date otherwise.
"""
from __future__ import annotations

import re

from lxml import etree
from lxml.etree import _Element as Element

from ..lexicon import alternation
from .dates import has_year, is_date_line, parse_date, parse_text_date
from .header import SKIP, in_comments, marks
from ..dom import text_of
from .strings import squash

_DATE_MARK = re.compile(r"date|publi|posted|time", re.I)
# What marks an element (class, id) or says in its text that a date is the last change.
_UPDATED_MARK = re.compile(r"updat|modif|edited|revised", re.I)
_UPDATED = re.compile(alternation("date_updated"), re.I)
_MAX_TEXT = 80
Dates = tuple[str | None, str | None]


def _is_marked(element: Element) -> bool:
    if element.tag in SKIP:
        return False
    return element.tag == "time" or "datetime" in element.attrib or bool(_DATE_MARK.search(marks(element)))


def _date_of(element: Element, text: str) -> str | None:
    for attribute in ("datetime", "content"):
        if (stamp := element.get(attribute)) and (parsed := parse_date(stamp)):
            return parsed
    return parse_text_date(text)


def _marked_date(element: Element) -> tuple[str, str] | None:
    """(text, date) of a date-marked element; None for containers of other marked ones."""
    if not _is_marked(element):
        return None
    text = squash(text_of(element))
    if len(text) > _MAX_TEXT or any(_is_marked(inner) for inner in element.iterdescendants()):
        return None
    date = _date_of(element, text)
    return (text, date) if date else None


def _date_line(element: Element) -> tuple[str, str] | None:
    """(text, date) of the element's own text or tail when it is a short line saying only
    a date."""
    for text in (None if element.tag in SKIP else element.text, element.tail):
        if text and len(text) <= 2 * _MAX_TEXT and has_year(text) and is_date_line(text := squash(text)):
            date = parse_date(text)
            return (text, date) if date else None
    return None


def _is_update(element: Element, text: str) -> bool:
    parent = element.getparent()
    context = marks(element) + " " + (parent.get("class") or "" if parent is not None else "")
    return bool(_UPDATED_MARK.search(context) or _UPDATED.search(text))


def dates_near(elements: list[Element]) -> Dates:
    """(published, modified) from date-marked elements or bare date lines, in the order
    given (see header.py); an updated/modified date is noted until a published one shows."""
    modified = None
    for element in elements:
        found = _marked_date(element) or _date_line(element)
        if found is None or in_comments(element):
            continue
        text, date = found
        if not _is_update(element, text):
            return date, modified
        modified = modified or date
    return None, modified


def guessed_date(root: Element, url: str | None) -> str | None:
    """htmldate's reading of the page's original publication date.

    htmldate takes markup or lxml.html trees only, and cleans what it parses: it gets the
    page serialised, so the engine's tree stays as it is.
    """
    from htmldate import find_date

    try:
        page = etree.tostring(root, encoding="unicode", method="html")
        return find_date(page, url=url, original_date=True, extensive_search=False)
    except Exception:  # a heuristic helper failing must not fail the extraction
        return None
