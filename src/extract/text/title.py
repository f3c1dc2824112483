"""The headline: the line that repeats the page's title just above the article body.

Flattened HTML pages start with the document title (often with the site's name after a
separator) and print the headline again above the body; saved articles start with the
headline itself. The headline both names the article and anchors where its body starts.
"""
from __future__ import annotations

import re

from .features import Features
from .segment import Unit

_TITLE_PARTS = re.compile(r"\s+[|–—:-]\s+|\s+[|»·]\s*")
_SITE_SEPARATOR = re.compile(r"\s+[|–—»·-]\s+")
_WORDS = re.compile(r"\w+")
_FULL_STOPS = (".", "。", "｡", "।", "۔", "။", "።")  # a headline may ask or exclaim, not state
_MIN_LIKENESS = 0.6
_NEAR_COPY = 0.8
_BODY_REACH = 20  # units below a loosely matching headline that must hold some prose


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.casefold()))


def headline_like(text: str, f: Features, first_line: bool = False) -> bool:
    """Short, unpunctuated, no furniture nor comments heading; the first line may carry
    " | Site name"."""
    return (
        2 <= f.words <= 30 and not f.furniture and not f.comments
        and (first_line or not f.marker) and not text.rstrip().endswith(_FULL_STOPS)
    )


def _own_words(title: str) -> set[str]:
    """The title's words without its last " | part", which is mostly the site's name."""
    parts = _SITE_SEPARATOR.split(title)
    return _words(" ".join(parts[:-1]) if len(parts) > 1 else title)


def _dice(a: set[str], b: set[str]) -> float:
    return 2 * len(a & b) / (len(a) + len(b)) if a and b else 0.0


def find_headline(units: list[Unit], features: list[Features], prose: list[bool]) -> int | None:
    """The unit that best repeats the page's first line (its title), or the first line itself.

    Likeness is symmetric (Dice) against both the whole title and its own words (without a
    trailing site name), so neither the site's name nor a longer "headline: subtitle" line
    wins by containment alone, and a candidate must share the title's own words. A
    near-copy of the whole title is the headline even when a table of contents or a byline
    block sits between it and the body; a looser match needs the body's prose close below
    it, which a site name in the footer or a related link after the article does not have.
    """
    if not units:
        return None
    whole = _words(units[0].text)
    main = _own_words(units[0].text)
    best, best_score = None, _MIN_LIKENESS
    for i in range(1, len(units)):
        if not headline_like(units[i].text, features[i]):
            continue
        words = _words(units[i].text)
        if len(words & whole) < min(3, len(whole)) or 2 * len(words & main) < min(len(main), 4):
            continue
        near_copy = _dice(words, whole) >= _NEAR_COPY
        if not near_copy and not any(prose[i + 1:i + 1 + _BODY_REACH]):
            continue
        score = max(_dice(words, whole), _dice(words, main))
        if score > best_score:
            best, best_score = i, score
    if best is None and headline_like(units[0].text, features[0], first_line=True):
        return 0
    return best


def title_text(text: str, is_first_line: bool) -> str:
    """The headline itself; a document title loses its " | Site name" tail."""
    if not is_first_line:
        return text
    parts = _TITLE_PARTS.split(text)
    return max(parts, key=len) if len(parts) > 1 else text
