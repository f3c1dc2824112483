"""Visible bylines: the author's name as printed on the page, and byline lines in the body.

Authors are looked for where sites put them, near the headline: `rel="author"` links,
elements whose class, id or itemprop says author/byline/writer, and short lines starting
with "By".
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from lxml.etree import _Element as Element

from ..lexicon import MONTHS, WEEKDAYS, alternation, name_alternation, name_numbers, word_set
from .dates import is_date_line
from .header import SKIP, in_comments, marks
from .strings import BYLINE_START, names_in, squash, strip_by

_AUTHOR_MARK = re.compile(r"author|byline|writer", re.I)
_CUT = re.compile(
    rf"\s*(?:[|·•—–»«\n]|\s-\s|\s(?:{alternation('byline_end')})\s|\b(?:{alternation('date_lead')})\b|"
    rf"\b\d{{1,2}}[/.:]\d|\b\d+\s+min|\b(?:{name_alternation(MONTHS)})[a-z]*\.?\s+\d)",
    re.I,
)
# Labels that stand where a byline's name would, and weekdays: never a person.
_NOT_NAMES = word_set("not_a_name") | frozenset(name_numbers(WEEKDAYS))


def _name_in(text: str) -> str | None:
    """The person's name at the start of a byline, or None when it does not read as one."""
    text = _CUT.split(strip_by(text), maxsplit=1)[0].strip(" ,.:;")
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 60 or text.casefold() in _NOT_NAMES:
        return None
    if sum(ch.isdigit() for ch in text) > 2:
        return None
    capitalised = sum(word[0].isupper() for word in words if word[0].isalpha())
    return text if len(words) == 1 or capitalised * 2 >= len(words) else None


def authors_near(elements: list[Element]) -> tuple[str, ...]:
    """Names from the first element, in the order given, that is marked as a byline and
    reads as one (see header.py for which elements and in what order)."""
    for element in elements:
        if element.tag in SKIP or not (
            _AUTHOR_MARK.search(marks(element)) or BYLINE_START.match((element.text or "").lstrip())
        ):
            continue
        text = _byline_text(element)
        if text and len(text) <= 120 and (name := _name_in(text)) and not in_comments(element):
            return names_in([name])
    return ()


def _byline_text(element: Element) -> str:
    """The part of a byline that names people: its first text piece after any "By", joined
    with the next ones when "and" or a comma links them; roles and dates in later pieces
    ("Jane Doe <span>Senior Editor</span>") are left out."""
    pieces = [piece for text in element.itertext() if (piece := squash(text))]
    while pieces and not strip_by(pieces[0]):
        pieces.pop(0)
    if not pieces:
        return ""
    text = pieces[0]
    for link, name in zip(pieces[1::2], pieces[2::2]):
        if link.strip(",").lower() not in ("", "and", "&"):
            break
        text = f"{text} and {name}"
    return text


def is_byline(text: str, authors: Sequence[str]) -> bool:
    """Whether a short body line only says who wrote the piece (and perhaps when)."""
    if len(text) > 150:
        return False
    rest = text
    for name in authors:
        rest = rest.replace(name, " ")
    named = rest != text
    if not named and not BYLINE_START.match(text):
        return False
    rest = BYLINE_START.sub(" ", rest)
    return bool(re.fullmatch(r"[\s,.&|·•:;\-–—]*(?:and[\s,&]*)*", rest)) or is_date_line(rest) or (
        not named and _name_in(text) is not None and len(text) < 60
    )
