"""One bottom-up pass that measures every element for the decisions that follow.

For each element it records the text length of its subtree, how much of that is link text,
the evidence its tag/class/id/role give, and `score`: the sum, over the text blocks inside
it, of how article-like each block is (long, sentence-like, few links: positive; short,
link-heavy: negative). A subtree marked as boilerplate counts its whole text against its
ancestors. The main content is then simply the element with the highest score: it takes
in every article block and leaves out whatever costs more than it brings.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree, html

from ..options import Favor
from .vocab import (
    BOILERPLATE_TAGS, HEADINGS, INLINE_TAGS, LABEL_MAX, NEGATIVE_ROLES, POSITIVE_ROLES, SECTION_LABEL,
    SECTION_TITLE,
    name_evidence,
)

_PUNCT = re.compile(r"[.!?,;:\u3002\uff0c\u3001\uff01\uff1f\u060c\u061f]")

_LABEL_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "div", "p", "span", "strong", "b",
                         "header", "summary", "legend", "dt"))
_DECLARED_MIN = 400
# A teaser card: an element holding a link long enough to be a headline, and little else.
_ITEM_CONTAINERS = frozenset(("li", "article", "div", "section", "dd", "tr", "figure"))
_TITLE_LINK = 15
_TEASER_MAX = 600
# Share of a subtree's text that must be scored prose to overrule a boilerplate class name.
_PROSE_SHARE = 0.6
# A subtree scoring this much is a run of prose no sidebar or menu holds.
_PROSE_BLOCK = 500
_LISTING_LINK_PENALTY = 1.5
_ITEM_TAGS = frozenset(("li", "td", "th", "dd", "dt"))

# Below this many characters a block counts less than its length: short lines are what
# menus, bylines and buttons are made of.
_SHORT = 70


@dataclass(slots=True)
class Stats:
    """Measures of every element of one tree, keyed by element."""

    text: dict[etree._Element, int] = field(default_factory=dict)
    links: dict[etree._Element, int] = field(default_factory=dict)
    score: dict[etree._Element, float] = field(default_factory=dict)
    evidence: dict[etree._Element, int] = field(default_factory=dict)
    value: dict[etree._Element, float] = field(default_factory=dict)
    labels: set[etree._Element] = field(default_factory=set)
    order: list[etree._Element] = field(default_factory=list)
    favor: Favor = Favor.BALANCED

    def link_density(self, element: etree._Element) -> float:
        total = self.text.get(element, 0)
        return self.links.get(element, 0) / total if total else 0.0


def is_article_root(element: etree._Element) -> bool:
    """Markup that declares "this is the article/main content" outright."""
    return element.tag in ("article", "main") or element.get("role") in POSITIVE_ROLES \
        or element.get("itemprop") == "articleBody"


def evidence_of(element: etree._Element, holds_article: bool) -> int:
    """-2 boilerplate by tag, role or a strong class/id word, -1 by a weak one, +1 article.

    Class and id names are weaker evidence than tags: a wrapper that holds a declared
    article (`<article>`, `<main>`, itemprop=articleBody) is not boilerplate whatever its
    class says ("has-sidebar", "page-with-comments").
    """
    tag = element.tag
    if tag in ("html", "body"):
        return 0
    if tag in BOILERPLATE_TAGS and not holds_article:
        return -2
    role = element.get("role")
    if role in NEGATIVE_ROLES and not holds_article:
        return -2
    if holds_article and is_article_root(element):
        return 2
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    verdict = name_evidence(names) if names != " " else 0
    if verdict < 0 and holds_article:
        verdict = 0
    if verdict:
        return verdict
    return 2 if is_article_root(element) else 0


def block_value(length: int, link_length: int, punctuation: int, tag: str, favor: Favor,
                listing: bool = False) -> float:
    """How article-like one block of text is, in characters of evidence.

    In listing mode short lines are not held against a block: a product grid or a thread
    of short posts is made of them.
    """
    if length == 0:
        return 0.0
    density = link_length / length
    if listing:
        return length * (1.0 - _LISTING_LINK_PENALTY * density)
    if tag in HEADINGS:
        return 10.0 if density < 0.5 else -float(length)
    value = float(length) if length >= _SHORT else length * length / _SHORT
    if punctuation == 0:
        value *= 0.3
    penalty = 3.0 if favor is Favor.PRECISION else 2.0 if favor is Favor.BALANCED else 1.5
    value *= 1.0 - penalty * density
    if tag in _ITEM_TAGS and density < 0.5:
        # Items and cells are short by nature: a short one is not evidence against.
        return max(value, 0.0)
    return value - (8.0 if length < 20 and punctuation == 0 else 0.0)


def measure(root: html.HtmlElement, favor: Favor = Favor.BALANCED, listing: bool = False) -> Stats:
    """Fill Stats for every element under root in one pass from the leaves up.

    Lists of cards (a title link and a blurb each) count as boilerplate: right on an
    article page, wrong on a listing page. When no article stands out the caller measures
    again in `listing` mode, where cards are content and short lines are no evidence.
    """
    stats = Stats(favor=favor)
    order = list(root.iter())
    stats.order = order
    text_of, links_of, score_of, evidence_map = stats.text, stats.links, stats.score, stats.evidence
    value_of, labels = stats.value, stats.labels
    inline_len: dict[etree._Element, int] = {}
    inline_links: dict[etree._Element, int] = {}
    inline_punct: dict[etree._Element, int] = {}
    holds: set[etree._Element] = set()
    longest_link: dict[etree._Element, int] = {}
    best_inside: dict[etree._Element, float] = {}
    for element in reversed(order):
        tag = element.tag
        if not isinstance(tag, str):
            continue
        own = element.text
        own_len = len(own.strip()) if own else 0
        punct = len(_PUNCT.findall(own)) if own_len else 0
        total, total_links, score, own_links = own_len, 0, 0.0, 0
        holds_article = False
        first = None
        items = linked_items = longest = 0
        best = 0.0
        for child in element:
            if not isinstance(child.tag, str):
                continue
            child_text = text_of[child]
            if child_text:
                if first is None:
                    first = child
                if child.tag in _ITEM_CONTAINERS:
                    items += 1
                    if longest_link[child] >= _TITLE_LINK and child_text <= _TEASER_MAX:
                        linked_items += 1
            if longest_link[child] > longest:
                longest = longest_link[child]
            if child in holds:
                holds_article = True
            tail = child.tail
            if tail:
                tail_len = len(tail.strip())
                if tail_len:
                    own_len += tail_len
                    total += tail_len
                    punct += len(_PUNCT.findall(tail))
            total += text_of[child]
            total_links += links_of[child]
            child_score = score_of[child]
            score += child_score
            if child_score > best:
                best = child_score
            if best_inside[child] > best:
                best = best_inside[child]
            if child.tag in INLINE_TAGS:
                own_len += inline_len[child]
                own_links += inline_links[child]
                punct += inline_punct[child]
        if tag == "a":
            total_links = total
            own_links = own_len
            longest = total
        longest_link[element] = longest
        text_of[element] = total
        links_of[element] = total_links
        if tag in INLINE_TAGS:
            inline_len[element], inline_links[element], inline_punct[element] = own_len, own_links, punct
        elif own_len:
            value = block_value(own_len, own_links, punct, tag, favor, listing)
            value_of[element] = value
            score += value
        if tag == "a" and total > own_len:
            # A link wrapped around blocks (a teaser card): all of it is link text.
            score = -float(total)
        declared = is_article_root(element) and total >= _DECLARED_MIN
        verdict = evidence_of(element, holds_article or declared)
        if first is not None and first in labels and not holds_article:
            if total - text_of[first] <= own_len + 3:
                labels.add(element)  # a wrapper around the label itself
            elif verdict >= 0 and SECTION_TITLE.match(first.text_content()):
                verdict = -2  # a section titled "Related stories", "Comments"...
        elif not listing and linked_items >= 3 and linked_items >= 0.7 * items and not holds_article:
            verdict = -2  # a row of cards, each a title link and a blurb: teasers
        elif 0 < total <= LABEL_MAX and tag in _LABEL_TAGS and SECTION_LABEL.match(element.text_content()):
            labels.add(element)
        # Only an article with real prose vouches for its wrappers: a row of <article>
        # teaser cards does not make their "related" box content.
        if holds_article or (verdict > 1 and total >= _DECLARED_MIN and score >= _DECLARED_MIN / 2):
            holds.add(element)
        if verdict == -1 and (score > _PROSE_SHARE * total or best >= _PROSE_BLOCK):
            # A name like "article-overlay" or "with-sidebar" on a subtree that is clearly
            # prose, or that holds a long run of it, is a styling hook, not a verdict.
            verdict = 0
        best_inside[element] = best
        evidence_map[element] = max(min(verdict, 1), -1)
        score_of[element] = -float(total) if verdict < 0 else score
    return stats
