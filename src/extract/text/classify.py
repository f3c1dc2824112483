"""Keep or drop each unit: score it, then take the main contiguous run of article text.

Each unit gets a value: positive for running prose (by its length), negative for page
furniture (repeated, marked, stock phrases, records). The article is the stretch of units
with the largest total value — a few short interruptions inside it (a caption, an ad
label) are bridged, while a menu, a teaser list or a directory breaks it, and the heading
of a comment section (or of related links with little after it) ends it. The items of a
list that the article introduces ("Tour dates:") cost nothing. select.py decides what of
the run is kept.
"""
from __future__ import annotations

from ..options import Favor
from .features import Features

PROSE_MIN_WORDS = 8
_FURNITURE_COST = 6.0
_SHORT_COST = 2.0
# A line of a word or three is a menu item or a label more often than a subheading.
_MENU_WORDS, _MENU_EXTRA = 3, 2.0
_PHRASE_COST = 0.5
_PHRASE_MIN_WORDS = 4
_REPEATED_MAX_WORDS = 15
_SHAPE_REPEATS = 3
_BARRIER = -1e6
_LINKS_HEADING_COST = 60.0
_ARTICLE_BEFORE_COMMENTS = 60
_ANCHOR_BONUS = 40.0
_ANCHOR_REACH = 8
_LISTED_VALUE = 0.5
_SILENT_STOP_RATIO = 0.08
# How little may follow a link heading for it to close the article, against what precedes.
_TAIL_SHARE = {Favor.PRECISION: 1.0, Favor.BALANCED: 0.5, Favor.RECALL: 0.25}


def is_prose(f: Features, min_stop_ratio: float) -> bool:
    """Running text: long enough, full of function words, shaped like sentences."""
    return (
        f.words >= PROSE_MIN_WORDS
        and f.stop_ratio >= min_stop_ratio
        and (f.terminal or f.words >= 20)
    )


def is_furniture(f: Features) -> bool:
    """Page furniture whatever its shape: repeated, marked, stock phrase, record or teaser."""
    return (
        f.furniture or f.marker or f.twin or f.record or f.teaser or f.meta or f.copy
        or f.comments or f.links_heading
        or repeated_line(f) or f.shape_repeats >= _SHAPE_REPEATS
    )


def repeated_line(f: Features) -> bool:
    """A short line printed more than once in the page (menus, labels, buttons)."""
    return f.repeats > 1 and f.words < _REPEATED_MAX_WORDS


def value(f: Features, min_stop_ratio: float) -> float:
    """How much a unit speaks for being inside the article (negative: against)."""
    if f.comments:
        return _BARRIER
    if f.links_heading:
        return -_LINKS_HEADING_COST
    if f.listed and not f.furniture:
        return max(_LISTED_VALUE, _plain_value(f, min_stop_ratio))
    if is_furniture(f):
        return -(_FURNITURE_COST + 0.5 * f.words)
    return _plain_value(f, min_stop_ratio)


def _plain_value(f: Features, min_stop_ratio: float) -> float:
    """The value of a unit by its shape as text alone."""
    if is_prose(f, min_stop_ratio):
        return float(f.words)
    if f.terminal and f.stop_ratio >= min_stop_ratio and f.words >= 3:
        return 1.0
    if f.words >= PROSE_MIN_WORDS and f.stop_ratio < min_stop_ratio / 2:
        return -0.3 * f.words
    if f.words >= _PHRASE_MIN_WORDS and f.stop_ratio >= min_stop_ratio / 2 and f.capitals < 0.5:
        return -_PHRASE_COST  # a list item or a subheading written as a phrase
    return -_SHORT_COST - (_MENU_EXTRA if f.words <= _MENU_WORDS else 0.0)


def anchor(
    values: list[float], features: list[Features], headline: int | None, min_stop_ratio: float
) -> None:
    """Favour the prose that follows the headline: an article's body starts below it."""
    if headline is None:
        return
    for i in range(headline + 1, min(len(values), headline + 1 + _ANCHOR_REACH)):
        if values[i] == _BARRIER:
            return
        if is_prose(features[i], min_stop_ratio) and not is_furniture(features[i]):
            values[i] += _ANCHOR_BONUS
            return


def close_article(
    values: list[float], features: list[Features], headline: int | None, min_stop_ratio: float,
    favor: Favor = Favor.BALANCED,
) -> int | None:
    """Exclude what follows the heading that closes an article: comments, or a link section
    with little after it. Returns where the comments open, if that is what closed it.

    A "31 comments" link can stand in a byline above the article too, so only a heading
    with a good deal of prose between it and the headline counts as the end. A heading of
    related links or an author's bio in the middle of an article (an inset box) has the
    rest of the article after it; at the end, only a bio or a blurb or two follow.
    """
    after = _prose_after(values)
    above = 0
    for i in range(0 if headline is None else headline + 1, len(features)):
        f = features[i]
        if above >= _ARTICLE_BEFORE_COMMENTS and (
            f.comments or (f.links_heading and after[i] < _TAIL_SHARE[favor] * above)
        ):
            for j in range(i, len(values)):
                values[j] = min(values[j], -_SHORT_COST)
            return i if f.comments else None
        if is_prose(f, min_stop_ratio) and not is_furniture(f):
            above += f.words
    return None


def _prose_after(values: list[float]) -> list[float]:
    """For each unit, the positive value after it up to the next barrier."""
    after = [0.0] * len(values)
    total = 0.0
    for i in range(len(values) - 1, -1, -1):
        after[i] = total
        total = 0.0 if values[i] == _BARRIER else total + max(values[i], 0.0)
    return after


def main_run(values: list[float]) -> tuple[int, int]:
    """The contiguous stretch [start, end) with the largest total value (Kadane)."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for i, v in enumerate(values):
        if total <= 0:
            total, start = v, i
        else:
            total += v
        if total > best:
            best, best_span = total, (start, i + 1)
    return best_span


def page_stop_ratio(features: list[Features]) -> float:
    """The stop-word share of the page's longest units: this page's level for prose.

    Nearly none means the page is in a language without a list (Finnish, Hindi, Thai...):
    then stop words tell nothing, and prose is told by its length and sentences alone.
    """
    longest = sorted((f for f in features if f.words >= 15), key=lambda f: -f.words)[:10]
    longest = longest or [f for f in features if f.words >= PROSE_MIN_WORDS and f.terminal]
    if not longest:
        return 0.3
    level = sum(f.stop_ratio * f.words for f in longest) / sum(f.words for f in longest)
    return level if level >= _SILENT_STOP_RATIO else 0.0
