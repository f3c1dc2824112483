"""Choose the element that holds the article, and what inside it is not article.

The candidate is the element whose subtree scores highest (see stats.py); boilerplate
subtrees are never candidates. Inside the candidate, subtrees are skipped when their
tag/class/id say boilerplate, when they are mostly link text, or when they score below
zero (short, link-heavy or sentence-less lines that together say "not prose").
"""
from __future__ import annotations

from lxml import etree, html

from ..options import Favor
from .stats import Stats
from .vocab import INLINE_TAGS

# Judged by link density only: cells and code are short or punctuation-free by nature.
_SHAPE_EXEMPT = frozenset(("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre", "code"))
_LISTS = frozenset(("ul", "ol", "dl", "menu"))
_LINK_DENSITY = {Favor.PRECISION: 0.35, Favor.BALANCED: 0.5, Favor.RECALL: 0.7}


def main_element(root: html.HtmlElement, stats: Stats) -> etree._Element | None:
    """The highest-scoring element outside boilerplate, or None when nothing scores."""
    best, best_value = None, 0.0
    walker = etree.iterwalk(root, events=("start",))
    score, evidence = stats.score, stats.evidence
    for _, element in walker:
        verdict = evidence.get(element, 0)
        if verdict < 0:
            walker.skip_subtree()
            continue
        value = score.get(element, 0.0)
        if verdict > 0:
            value *= 1.1
        if value > best_value:
            best, best_value = element, value
    return best


def is_skipped(element: etree._Element, stats: Stats, favor: Favor) -> bool:
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
    if density > _LINK_DENSITY[favor]:
        return True
    return own_value is not None and own_value < 0 and tag not in _SHAPE_EXEMPT \
        and stats.score.get(element, 0.0) < 0
