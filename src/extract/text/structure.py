"""Page-level structure: what repeats, and what is one record of a list.

Boilerplate gives itself away by repetition more than by its wording: menus printed twice,
a vendor's name written twice above its blurb, "name says: / date / comment" over and over,
teasers of one shape down a column. These marks need the whole page, so they are computed
here once all units are described.
"""
from __future__ import annotations

import re
from collections import Counter

from .features import Features
from .segment import Unit

_RECORD_BLURB_WORDS = 40
_RECORDS_MIN = 3
# (lines per record, records needed, longest paragraph, each record dated): teasers are short, articles' are not.
_PERIODS = ((5, 3, 80, True), (4, 3, 80, True), (3, 3, 60, False), (2, 4, 40, False))
_SHAPE_TOKEN = re.compile(r"\d+|\w+|[^\w\s]")


def _shape(text: str, stopwords: frozenset[str]) -> str:
    """A line's word shape: numbers -> 0, capitalised runs -> A, other words kept."""
    out: list[str] = []
    for token in _SHAPE_TOKEN.findall(text):
        lower = token.lower()
        if token[0].isdigit():
            mark = "0"
        elif lower in stopwords or not token[0].isalpha():
            mark = lower
        elif token[0].isupper():
            mark = "A"
        else:
            mark = lower
        if mark in "0A" and out and out[-1] == mark:
            continue
        if mark.isalnum() or mark in ":()":
            out.append(mark)
    return " ".join(out)


def _key(text: str) -> str:
    return text.casefold()


def mark_page_structure(units: list[Unit], features: list[Features], stopwords: frozenset[str]) -> None:
    """Fill in repetition, twins and name-then-blurb records, which need the whole page."""
    keys = [_key(unit.text) for unit in units]
    counts = Counter(keys)
    seen: set[str] = set()
    for i, key in enumerate(keys):
        features[i].repeats = counts[key]
        features[i].copy = key in seen
        seen.add(key)
        if (i and keys[i - 1] == key) or (i + 1 < len(keys) and keys[i + 1] == key):
            features[i].twin = True
    shapes = [_shape(unit.text, stopwords) if f.words <= 12 else "" for unit, f in zip(units, features)]
    shape_counts = Counter(shapes)
    for f, shape in zip(features, shapes):
        # Only shapes with a plain lowercase word ("says", "posted") are telling: numbered
        # or capitalised headings of an article share shapes by design.
        if any(mark.islower() and mark.isalpha() and mark not in stopwords for mark in shape.split()):
            f.shape_repeats = shape_counts[shape]
    records: list[tuple[int, int]] = []
    for i, key in enumerate(keys):
        if features[i].words > 8:
            continue
        j = i + 1
        while j < len(keys) and keys[j] == key:
            j += 1
        if j < len(keys) and j - i <= 2 and keys[j].startswith(key) and len(keys[j]) > len(key) + 20:
            if j - i == 2 or features[j].words <= _RECORD_BLURB_WORDS:
                records.append((i, j))
    if len(records) >= _RECORDS_MIN:
        for start, end in records:
            for k in range(start, end + 1):
                features[k].record = True


def _dated_records(features: list[Features], start: int, reps: int, period: int) -> int:
    """How many of the records from `start` on carry a date or a byline of their own."""
    for k in range(reps):
        if not any(f.meta for f in features[start + k * period:start + (k + 1) * period]):
            return k
    return reps


def mark_record_runs(features: list[Features], prose: list[bool]) -> None:
    """Mark lists whose items share one shape: a paragraph with the same short lines around it.

    Teaser lists (headline, author, lead) and directories (name, blurb) are prose too; what
    betrays them is the same few-line shape repeated down the page, each with one paragraph.
    """
    shape = "".join("P" if is_prose else "h" for is_prose in prose)
    i, n = 0, len(shape)
    while i < n:
        marked = 0
        for period, least, longest, dated in _PERIODS:
            pattern = shape[i:i + period]
            if len(pattern) < period or pattern.count("P") != 1:
                continue
            reps = 1
            while shape[i + reps * period:i + (reps + 1) * period] == pattern:
                reps += 1
            end = i + reps * period
            if dated:
                reps = _dated_records(features, i, reps, period)
                end = i + reps * period
            if reps >= least and all(f.words <= longest for f in features[i:end]):
                for f in features[i:end]:
                    f.record = True
                marked = end - i
                break
        i += marked or 1
