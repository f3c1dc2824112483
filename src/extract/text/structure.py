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
_TWIN_MAX_WORDS = 20
_THREAD_PROBE, _ARTICLE_PARAGRAPH = 4, 25
_RECORDS_MIN = 3
# (lines per record, records needed, longest paragraph, each record dated): teasers are
# short, articles' paragraphs are not; teasers after an article carry a date or a byline.
_PERIODS = ((5, 3, 80, True), (4, 3, 80, True), (3, 3, 60, False), (2, 4, 40, False))
_LIST_MAX_ITEMS = 60
_INTRO_REACH = 3  # units between the article's prose and the line that introduces a list
_UNDER_HEADLINE = 5  # units between the headline and a list that is the article itself
_SANDWICH_REACH = 2  # units between a list and the article's prose around it
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
        # A label printed twice in a row is a widget; a paragraph printed twice is the
        # article with a copy of itself (a lede repeated), whose first print is kept.
        twin = (i and keys[i - 1] == key) or (i + 1 < len(keys) and keys[i + 1] == key)
        features[i].twin = bool(twin) and features[i].words < _TWIN_MAX_WORDS
    if sum(f.teaser for f in features) < 2:
        for f in features:
            f.teaser = False  # one text cut short ("...") is a lede or a paywall, not a teaser list
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


def unmark_inline_comment_links(features: list[Features]) -> None:
    """A "Comments" label followed straight away by long paragraphs is a button in a share
    bar, not the opening of a thread: a thread interleaves its comments with short lines
    (names, dates, "Reply")."""
    for i, f in enumerate(features):
        following = features[i + 1:i + 1 + _THREAD_PROBE]
        if f.comments and len(following) == _THREAD_PROBE and all(g.words >= _ARTICLE_PARAGRAPH for g in following):
            f.comments = False


def _fitting_records(
    features: list[Features], start: int, reps: int, period: int, longest: int, dated: bool
) -> int:
    """How many records from `start` on fit the kind: short enough, dated when it must be.

    Dated records (teasers) end where one does not fit; undated ones (which a listicle's
    items resemble) must all fit, or none is counted.
    """
    for k in range(reps):
        record = features[start + k * period:start + (k + 1) * period]
        if any(f.words > longest for f in record) or (dated and not any(f.meta for f in record)):
            return k if dated else 0
    return reps


def _sandwiched(prose: list[bool], start: int, end: int, headline: int | None) -> bool:
    """Whether [start, end) is the article's own list (a listicle, a slideshow): below the
    headline, with the article's prose right before and right after it, or starting right
    under the headline itself."""
    if headline is None or headline >= start:
        return False
    if start - headline <= _UNDER_HEADLINE:
        return True
    return any(prose[max(headline + 1, start - _SANDWICH_REACH):start]) and any(prose[end:end + _SANDWICH_REACH])


def mark_record_runs(features: list[Features], prose: list[bool], headline: int | None = None) -> None:
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
            reps = _fitting_records(features, i, reps, period, longest, dated)
            end = i + reps * period
            if reps >= least and not _sandwiched(prose, i, end, headline):
                for f in features[i:end]:
                    f.record = True
                marked = end - i
                break
        i += marked or 1


def is_furniture_line(f: Features) -> bool:
    """A stock phrase, a byline or a section heading: it introduces no list of the article."""
    return f.furniture or f.meta or f.marker or f.comments or f.links_heading


def mark_introduced_lists(units: list[Unit], features: list[Features], prose: list[bool]) -> None:
    """Mark the items of a list that a line of the article introduces ("Tour dates:").

    Such items are short, dated or alike in shape, all signs of furniture; but a list that
    the article's own text announces right after its prose is part of the article. The items
    are the lines after the colon up to the next blank line (one layout block); "Tags:" or
    "Share:" introduce no such list.
    """
    for i, unit in enumerate(units):
        f = features[i]
        if not unit.text.endswith(":") or is_furniture_line(f) or not any(prose[max(0, i - _INTRO_REACH):i + 1]):
            continue
        j = i + 1
        while j < len(units) and (j == i + 1 or not units[j].gap) and j - i <= _LIST_MAX_ITEMS:
            features[j].listed = True
            j += 1
