"""Reader comments after the article, for `options.comments`: kept apart from the body.

The comments heading that closed the article ("12 Comments") opens the thread; the thread
runs to the next section heading (a reply form, related links) and keeps what reads as a
comment: sentences that are not furniture (the "Name says:" lines, dates and "Reply"
buttons are), even though the thread repeats one shape like a teaser list does.
"""
from __future__ import annotations

from .classify import is_prose
from .features import Features
from .select import hard_furniture

_SENTENCE_MIN_WORDS = 3


def comment_units(features: list[Features], opening: int, min_stop_ratio: float) -> list[int]:
    """Indexes of the comments' units after the heading at `opening`."""
    kept: list[int] = []
    for i in range(opening + 1, len(features)):
        f = features[i]
        if f.comments or f.links_heading:
            break
        if hard_furniture(f) or f.meta:
            continue  # records and repeated shapes are what a thread is made of: kept
        if is_prose(f, min_stop_ratio) or (f.terminal and f.words >= _SENTENCE_MIN_WORDS):
            kept.append(i)
    return kept
