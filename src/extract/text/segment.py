"""Plain text -> candidate blocks ("units"), one per paragraph or per short line.

Pages saved as text come in two layouts: paragraphs separated by blank lines (browsers'
"save as text", html-text, inscriptis) and one block per line with no blank lines at all
(Common Crawl WET). Both become one unit per line; a group of lines hard-wrapped to a fixed
width (e-mail, `lynx -dump`, Firefox) is first joined back into one paragraph.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
_BULLET = re.compile(r"^[-*•·▪◦‣●■–]\s+")
# A hard-wrapped paragraph: several lines cut at nearly the same width, which is narrow.
_WRAP_MIN, _WRAP_MAX = 50, 100


@dataclass(slots=True)
class Unit:
    """One candidate block: its text and where it stood in the page's layout."""

    text: str
    gap: bool  # a blank line (or the page start) comes before it
    bullet: bool = False


def clean_line(line: str) -> str:
    """Whitespace collapsed, no-break and invisible characters normalised."""
    return _SPACE.sub(" ", _INVISIBLE.sub("", line)).strip()


def _is_wrapped(lines: list[str]) -> bool:
    """Whether a blank-line group is one paragraph wrapped at a fixed width."""
    if len(lines) < 2:
        return False
    width = max(len(line) for line in lines)
    if not _WRAP_MIN <= width <= _WRAP_MAX:
        return False
    for line, following in zip(lines, lines[1:]):
        if len(line) < 0.6 * width or _BULLET.match(following):
            return False
        if len(line) + 1 + len(following.split(" ", 1)[0]) <= width:
            return False  # the next word would have fitted: a real line break
    return True


def _group_units(lines: list[str]) -> list[Unit]:
    if _is_wrapped(lines):
        return [Unit(" ".join(lines), True)]
    units = []
    for i, line in enumerate(lines):
        bullet = _BULLET.match(line)
        text = line[bullet.end():] if bullet and len(line) > bullet.end() else line
        units.append(Unit(text, i == 0, bool(bullet)))
    return units


def segment(text: str) -> list[Unit]:
    """The page's units in reading order."""
    units: list[Unit] = []
    group: list[str] = []
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = clean_line(raw)
        if line:
            group.append(line)
        elif group:
            units.extend(_group_units(group))
            group = []
    if group:
        units.extend(_group_units(group))
    return units
