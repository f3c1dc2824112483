"""Inside the main run: where it really starts and ends, and which of its units are kept.

The run bridges short interruptions to keep the article whole; at its ends that also takes
in what lies across a furniture line (share buttons, tags, a newsletter box): after the
article, the author's bio, a disclaimer or a subscription pitch; before it, a blurb of
another story. A small remainder beyond the outermost such line is cut off.
"""
from __future__ import annotations

from ..options import Favor
from .classify import is_furniture, is_prose, repeated_line
from .features import Features

_HARD_COST = -6.0  # a unit this costly is furniture, not a word of the article
_REMAINDER_SHARE = {Favor.PRECISION: 0.2, Favor.BALANCED: 0.1, Favor.RECALL: 0.0}
_REMAINDER_MAX = 60.0
_SHORT_BLOCK = 3  # short lines in a row: a menu, a teaser list, a widget


def _cut(values: list[float], order: range, limit: float) -> int | None:
    """The first furniture line, or block of short lines, along `order` when what precedes
    it there is small."""
    remainder, short = 0.0, 0
    for i in order:
        short = short + 1 if values[i] < 0 else 0
        if values[i] <= _HARD_COST or short >= _SHORT_BLOCK:
            return i if remainder <= limit else None
        remainder += max(values[i], 0.0)
    return None


def trimmed(values: list[float], start: int, end: int, favor: Favor = Favor.BALANCED) -> tuple[int, int]:
    """The run [start, end) without a small remainder beyond its outermost furniture lines."""
    limit = min(_REMAINDER_SHARE[favor] * sum(v for v in values[start:end] if v > 0), _REMAINDER_MAX)
    last = _cut(values, range(end - 1, start, -1), limit)
    end = end if last is None else last
    first = _cut(values, range(start, end), limit)
    return (start if first is None else first + 1), end


def prose_end(prose: list[bool], features: list[Features], start: int, end: int) -> int:
    """The run's end moved back to its last paragraph (or item of the article's own list):
    short lines after it ("Most read", a row of teaser titles, "Print") open the page's
    furniture, even when one of them scores a little as text."""
    while end > start + 1 and not (prose[end - 1] or features[end - 1].listed):
        end -= 1
    return end


def hard_furniture(f: Features) -> bool:
    """Never article text: stock phrases, navigation marks, copies, section headings."""
    return f.furniture or f.marker or f.twin or f.copy or f.comments or f.links_heading


def dropped_inside(f: Features, favor: Favor = Favor.BALANCED) -> bool:
    """Furniture that is dropped even inside the main run.

    Records and lines of a repeated shape are kept there (balanced): a same-shaped list that
    the run took in is the article's own list (a listicle, a table, steps). Favouring
    precision drops every kind of furniture; favouring recall only the kinds that are never
    article text, and items of a list that the article introduces are kept but for those.
    """
    if f.listed or favor is Favor.RECALL:
        return hard_furniture(f)
    if favor is Favor.PRECISION:
        return is_furniture(f)
    return hard_furniture(f) or f.teaser or f.meta or repeated_line(f)


def kept_units(
    features: list[Features], start: int, end: int, headline: int | None, favor: Favor = Favor.BALANCED,
    min_stop_ratio: float = 0.0,
) -> list[int]:
    """Indexes of the units kept from the run [start, end), and of the prose between the
    headline and the run: a standfirst or a first paragraph that a caption, a byline box or
    a paywall notice cut off from the rest of the body is still the article's."""
    lede = [] if headline is None else [
        i for i in range(headline + 1, start)
        if is_prose(features[i], min_stop_ratio) and not is_furniture(features[i])
    ]
    return lede + [i for i in range(start, end) if i != headline and not dropped_inside(features[i], favor)]
