"""Keep or drop each unit: score it, then take the main contiguous run of article text.

Each unit gets a value: positive for running prose (by its length), negative for page
furniture (repeated, marked, stock phrases, records). The article is the stretch of units
with the largest total value — a few short interruptions inside it (a caption, an ad
label) are bridged, while a menu, a teaser list or a directory breaks it, and the heading
of a comment or related-links section ends it. Inside that run, furniture is still dropped.
"""
from __future__ import annotations

from .features import Features

PROSE_MIN_WORDS = 8
_FURNITURE_COST = 6.0
_SHORT_COST = 2.0
_PHRASE_COST = 0.5
_PHRASE_MIN_WORDS = 4
_REPEATED_MAX_WORDS = 15
_SHAPE_REPEATS = 3
_BARRIER = -1e6
_LINKS_HEADING_COST = 60.0
_ARTICLE_BEFORE_COMMENTS = 60
_ANCHOR_BONUS = 40.0
_ANCHOR_REACH = 8


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
        or (f.repeats > 1 and f.words < _REPEATED_MAX_WORDS)
        or f.shape_repeats >= _SHAPE_REPEATS
    )


def dropped_inside(f: Features) -> bool:
    """Furniture that is dropped even inside the main run.

    Records and lines of a repeated shape are kept there: a same-shaped list that the run
    took in is the article's own list (a listicle, a table, steps).
    """
    return (
        f.furniture or f.marker or f.twin or f.teaser or f.meta or f.copy or f.comments
        or f.links_heading or (f.repeats > 1 and f.words < _REPEATED_MAX_WORDS)
    )


def value(f: Features, min_stop_ratio: float) -> float:
    """How much a unit speaks for being inside the article (negative: against)."""
    if f.comments:
        return _BARRIER
    if f.links_heading:
        return -_LINKS_HEADING_COST
    if is_furniture(f):
        return -(_FURNITURE_COST + 0.5 * f.words)
    if is_prose(f, min_stop_ratio):
        return float(f.words)
    if f.terminal and f.stop_ratio >= min_stop_ratio and f.words >= 3:
        return 1.0
    if f.words >= PROSE_MIN_WORDS and f.stop_ratio < min_stop_ratio / 2:
        return -0.3 * f.words
    if f.words >= _PHRASE_MIN_WORDS and f.stop_ratio >= min_stop_ratio / 2 and f.capitals < 0.5:
        return -_PHRASE_COST  # a list item or a subheading written as a phrase
    return -_SHORT_COST


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


def after_comments(
    values: list[float], features: list[Features], headline: int | None, min_stop_ratio: float
) -> None:
    """Exclude what follows the comments heading that closes an article.

    A "31 comments" link can stand in a byline above the article too, so only a heading
    with a good deal of prose between it and the headline counts as the end.
    """
    above = 0
    for i in range(0 if headline is None else headline + 1, len(features)):
        f = features[i]
        import os
        if (f.comments or (os.environ.get("LH") and f.links_heading)) and above >= int(os.environ.get("ABOVE", _ARTICLE_BEFORE_COMMENTS)):
            for j in range(i, len(values)):
                values[j] = min(values[j], -_SHORT_COST)
            return
        if is_prose(f, min_stop_ratio) and not is_furniture(f):
            above += f.words


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
    """The stop-word share of the page's longest units: this page's level for prose."""
    longest = sorted((f for f in features if f.words >= 15), key=lambda f: -f.words)[:10]
    if not longest:
        return 0.3
    return sum(f.stop_ratio * f.words for f in longest) / sum(f.words for f in longest)
