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
_WORDS = re.compile(r"\w+")
_MIN_SHARE = 0.6


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.casefold()))


def headline_like(text: str, f: Features, first_line: bool = False) -> bool:
    """Short, unpunctuated, no furniture; the first line may carry " | Site name"."""
    return (
        2 <= f.words <= 30 and not f.furniture and (first_line or not f.marker) and not text.endswith(".")
    )


def find_headline(units: list[Unit], features: list[Features]) -> int | None:
    """The unit that repeats the page's first line (its title), or the first line itself."""
    if not units:
        return None
    page_title = _words(units[0].text)
    best, best_share = None, _MIN_SHARE
    for i in range(1, len(units)):
        if not headline_like(units[i].text, features[i]):
            continue
        words = _words(units[i].text)
        share = len(words & page_title) / len(words)
        if share > best_share and len(words & page_title) >= min(3, len(page_title)):
            best, best_share = i, share
    if best is None and headline_like(units[0].text, features[0], first_line=True):
        return 0
    return best


def title_text(text: str, is_first_line: bool) -> str:
    """The headline itself; a document title loses its " | Site name" tail."""
    if not is_first_line:
        return text
    parts = _TITLE_PARTS.split(text)
    return max(parts, key=len) if len(parts) > 1 else text
