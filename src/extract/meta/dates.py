"""Dates: read what pages write into ISO 8601, find them in URLs, and spot date lines.

Structured values (JSON-LD, meta tags, `<time datetime>`) are nearly always ISO 8601 or
RFC 2822, so a small strict parser handles them without guessing; free text on the page is
left to htmldate, a maintained library that knows many languages and layouts.
"""
from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from ..lexicon import MONTHS, WEEKDAYS, alternation, name_alternation, name_numbers

_ISO = re.compile(
    r"(\d{4})-(\d{1,2})-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?",
    re.I,
)
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:$|T)")
_YMD = re.compile(r"(?<!\d)(\d{4})[/.](\d{1,2})[/.](\d{1,2})(?!\d)")
_DMY_DOTS = re.compile(r"(?<!\d)(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})(?!\d)")
_MONTHS = name_numbers(MONTHS)
_MONTH = rf"({name_alternation(MONTHS)})\.?"
_ORDINAL = alternation("date_ordinal")  # "May 21st", "3rd of May"
_MDY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:{_ORDINAL})?,?\s+(\d{{4}})(?!\d)", re.I)
_OF = rf"(?:(?:{alternation('date_of')})\s+)?"  # "3rd of May", "12 de marzo de 2021"
_DMY = re.compile(rf"\b(\d{{1,2}})(?:{_ORDINAL}|\.)?\s+{_OF}{_MONTH},?\s+{_OF}(\d{{4}})(?!\d)", re.I)
_SLASHED = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(\d{4})(?!\d)")
_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\d|3[01])(?:/|[_-]|\.\w+$|$)")
_URL_DATE_SLASHED = re.compile(r"/((?:19|20)\d{2})/(0[1-9]|1[0-2])/(0[1-9]|[12]\d|3[01])/")
# A date line is a date plus a few of these words; anything else makes it a sentence.
_DATE_WORDS = re.compile(
    rf"\b(?:{alternation('date_lead', 'date_words')}|"
    rf"(?:{name_alternation(WEEKDAYS)})|\d{{1,2}}:\d{{2}}(?::\d{{2}})?)\b\.?",
    re.I,
)
_LEFTOVER = re.compile(r"[\W\d_]+")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


def _valid(year: int, month: int, day: int) -> date | None:
    if not 1990 <= year <= datetime.now().year + 1:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def parse_date(value: str | None) -> str | None:
    """ISO 8601 for a date written in a standard or common English form, else None.

    The time and offset are kept when given: "2024-05-17T09:30:00+02:00". The date is the
    one written (local to the publisher), never shifted to UTC.
    """
    if not value:
        return None
    value = value.strip()
    if match := _ISO.search(value[:40]):
        day = _valid(int(match[1]), int(match[2]), int(match[3]))
        if day is None:
            return None
        if match[4] is None:
            return day.isoformat()
        stamp = f"{day.isoformat()}T{int(match[4]):02d}:{match[5]}:{match[6] or '00'}"
        zone = match[7]
        if zone:
            zone = "+00:00" if zone.upper() == "Z" else f"{zone[:3]}:{zone[-2:]}"
        return stamp + (zone or "")
    if match := _COMPACT.match(value):
        day = _valid(int(match[1]), int(match[2]), int(match[3]))
        return day.isoformat() if day else None
    if "," in value[:4] and ":" in value:
        try:
            return parsedate_to_datetime(value).isoformat()
        except (TypeError, ValueError, IndexError):
            pass
    return parse_text_date(value)


def parse_text_date(text: str) -> str | None:
    """The first date in a short piece of text ("May 17, 2024", "17.05.2024", "5/17/2024").

    Slashed day-first dates are read as such only when the day is over 12; otherwise the
    US order, by far the most common with slashes on the English-language web, is assumed.
    """
    if not _YEAR.search(text):
        return None
    if (match := _SLASHED.search(text)) and int(match[1]) > 12:
        day = _valid(int(match[3]), int(match[2]), int(match[1]))
        return day.isoformat() if day else None
    for pattern, order in ((_MDY, "mdy"), (_DMY, "dmy"), (_YMD, "ymd"), (_DMY_DOTS, "dmy"), (_SLASHED, "mdy")):
        if match := pattern.search(text):
            parts = dict(zip(order, match.groups()))
            month = parts["m"]
            month_number = int(month) if month.isdigit() else _MONTHS.get(month.lower().rstrip("."), 0)
            day = _valid(int(parts["y"]), month_number, int(parts["d"]))
            if day:
                return day.isoformat()
    return None


def date_in_url(url: str | None) -> str | None:
    """A publication date written into the URL's path (/2024/05/17/, /2024-05-17-slug)."""
    if not url:
        return None
    path = url.split("?", 1)[0]
    match = _URL_DATE_SLASHED.search(path) or _URL_DATE.search(path)
    if not match:
        return None
    day = _valid(int(match[1]), int(match[2]), int(match[3]))
    return day.isoformat() if day else None


def has_year(text: str) -> bool:
    """Whether a text holds a plausible year: every date form read here has one."""
    return _YEAR.search(text) is not None


def is_date_line(text: str) -> bool:
    """Whether a short line says only when the page was published or updated."""
    if len(text) > 80 or not _YEAR.search(text) or not parse_text_date(text) and not _ISO.search(text):
        return False
    rest = _ISO.sub(" ", text)
    rest = _MDY.sub(" ", rest)
    rest = _DMY.sub(" ", rest)
    rest = _YMD.sub(" ", _DMY_DOTS.sub(" ", _SLASHED.sub(" ", rest)))
    rest = _DATE_WORDS.sub(" ", rest)
    return len(_LEFTOVER.sub("", rest)) <= 2
