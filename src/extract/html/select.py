"""Choose the element that holds the article, and what inside it is not article.

The candidate is the element whose subtree scores highest (see stats.py); boilerplate
subtrees are never candidates. Inside the candidate, subtrees are skipped when their
tag/class/id say boilerplate, when they are mostly link text, or when they score below
zero (short, link-heavy or sentence-less lines that together say "not prose").
"""
from __future__ import annotations

from lxml import etree

from ..options import Favor
from .stats import Reading, Stats
from .vocab import INLINE_TAGS

# Judged by link density only: cells and code are short or punctuation-free by nature.
_SHAPE_EXEMPT = frozenset(("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre", "code"))
_DECLARED_BONUS = 1.1
_MARKED_SHARE = 0.3
_LISTS = frozenset(("ul", "ol", "dl", "menu"))
_LISTING_LINK_DENSITY = 0.95
_LINK_DENSITY = {Favor.PRECISION: 0.35, Favor.BALANCED: 0.5, Favor.RECALL: 0.7}


def main_element(stats: Stats) -> etree._Element | None:
    """The highest-scoring element, or None when nothing scores.

    Candidates inside a subtree marked as boilerplate count for a fraction of their score:
    a comment thread loses to the article, but an article that a careless wrapper class
    ("page-with-sidebar", an ASP.NET <form>) hides still beats a stray paragraph.
    """
    page = stats.page
    if page is None:
        return None
    best, best_value = -1, 0.0
    marked_until = 0  # positions below this lie inside a marked subtree
    for index, (value, verdict) in enumerate(zip(stats.scores, stats.verdicts)):
        if verdict < 0:
            marked_until = max(marked_until, page.ends[index])
            continue
        if verdict > 0:
            value *= _DECLARED_BONUS
        if index < marked_until:
            value *= _MARKED_SHARE
        if value > best_value:
            best, best_value = index, value
    return page.elements[best] if best >= 0 else None


def is_skipped(element: etree._Element, stats: Stats) -> bool:
    """Whether a subtree inside the main element is boilerplate."""
    if stats.evidence.get(element, 0) < 0:
        return True
    tag = element.tag
    if tag in INLINE_TAGS or not stats.text.get(element):
        return False
    density = stats.link_density(element)
    own_value = stats.value.get(element)
    if own_value is None and tag not in _LISTS:
        # A container: judge its children one by one, unless it is nearly all links.
        return density > 0.8
    if density > (_LISTING_LINK_DENSITY if stats.reading is Reading.LISTING else _LINK_DENSITY[stats.favor]):
        return True
    return own_value is not None and own_value < 0 and tag not in _SHAPE_EXEMPT \
        and stats.score.get(element, 0.0) < 0
