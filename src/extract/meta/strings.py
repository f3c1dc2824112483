"""Small text helpers shared by the metadata readers: whitespace, lists, person names."""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..lexicon import PHRASES, alternation

# "By Jane Doe", "Written by", "Geschrieben von", "Author:", "Autor:". Another language's
# "by" counts only after its lead: a bare "Von" or "Di" starts sentences and surnames.
_LED_BY = "|".join(
    rf"(?:{alternation('byline_lead', languages=(language,))})\s+(?:{alternation('byline', languages=(language,))})"
    for language in PHRASES["byline_lead"] if language != "en" and language in PHRASES["byline"]
)
BYLINE_START = re.compile(
    rf"^(?:(?:{alternation('byline_lead', languages=('en',))})\s+)?(?:{alternation('byline', languages=('en',))})"
    rf"\b\s*[:\-]?\s*|^(?:{_LED_BY})\b\s*[:\-]?\s*|^(?:{alternation('author_label')})\b\s*:?\s*",
    re.I,
)
_NAME_SEPARATORS = re.compile(rf"\s*(?:;|\||\s&\s|\s(?:{alternation('name_and')})\s)\s*", re.I)
_LIST_SEPARATORS = re.compile(r"\s*[,;|]\s*")
# What content systems print when no author was set.
_PLACEHOLDERS = frozenset({"undefined", "null", "none", "unknown", "admin", "administrator", "webmaster"})


def squash(text: str | None) -> str:
    """Text with runs of whitespace made one space, trimmed."""
    return " ".join(text.split()) if text else ""  # split() cuts where `\\s` matches


def strip_by(text: str) -> str:
    """A byline without its "By" / "Written by" / "Author:" lead-in."""
    return BYLINE_START.sub("", squash(text))


def _split_names(text: str) -> list[str]:
    """Several people named in one string: "A and B", "A; B", "A, B, C" (each two words+).

    A comma alone splits only when every part is a full name, so that "Kaufman, Jeff" and
    "Jane Doe, PhD" stay one person.
    """
    names: list[str] = []
    for part in _NAME_SEPARATORS.split(text):
        pieces = [piece.strip() for piece in part.split(",")]
        if len(pieces) > 1 and all(len(piece.split()) >= 2 for piece in pieces):
            names.extend(pieces)
        else:
            names.append(part.strip(" ,"))
    return [name for name in names if name]


def names_in(values: Iterable[str]) -> tuple[str, ...]:
    """Distinct person (or team) names found in author values, in order."""
    seen: dict[str, str] = {}
    for value in values:
        for name in _split_names(strip_by(value)):
            name = name.strip(" .,:;-–—|·")
            if name and len(name) <= 80 and any(ch.isalpha() for ch in name) and name.casefold() not in _PLACEHOLDERS:
                seen.setdefault(name.casefold(), name)
    return tuple(seen.values())


def split_list(values: Iterable[str]) -> tuple[str, ...]:
    """Distinct items of comma-separated lists (keywords, tags, sections), in order."""
    seen: dict[str, str] = {}
    for value in values:
        for item in _LIST_SEPARATORS.split(value):
            if item := squash(item):
                seen.setdefault(item.casefold(), item)
    return tuple(seen.values())
