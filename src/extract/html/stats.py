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
from enum import Enum

from lxml import etree

from ..options import Favor
from ..dom import text_of
from .vocab import (
    BOILERPLATE_TAGS, HEADINGS, INLINE_TAGS, LABEL_MAX, NEGATIVE_ROLES, POSITIVE_ROLES,
    is_section_label, is_section_title, name_evidence,
)

_PUNCT = re.compile(r"[.!?,;:\u3002\uff0c\u3001\uff01\uff1f\u060c\u061f]")

_LABEL_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "div", "p", "span", "strong", "b",
                         "header", "summary", "legend", "dt"))
# A <header> is the site's masthead, or an article's title block; prose overrules it.
_TAG_VERDICT = {tag: -3 for tag in BOILERPLATE_TAGS} | {"header": -1}
# Labels outside headings are short ("Related stories", "You might also read:").
_SHORT_LABEL = 40
_DECLARED_MIN = 400
# A teaser card: an element that opens with a link long enough to be a headline, and
# holds little else.
_ITEM_CONTAINERS = frozenset(("li", "article", "div", "section", "dd", "tr", "figure"))
_TITLE_LINK = 4
_TEASER_MAX = 400
# Share of a subtree's text that must be scored prose to overrule a boilerplate class name.
_PROSE_SHARE = 0.6
# A subtree scoring this much is a run of prose no sidebar or menu holds.
_PROSE_BLOCK = 500
_ITEM_TAGS = frozenset(("li", "td", "th", "dd", "dt"))

# Below this many characters a block counts less than its length: short lines are what
# menus, bylines and buttons are made of.
_SHORT = 70


class Reading(Enum):
    """How a page is read: as a long article, a short one, or a listing of items.

    A long article is prose, and short lines around it are chrome. On a short article or
    a forum thread short lines are content too; on a listing (search results, a product
    grid, a job board) even links are, since each item is one.
    """

    ARTICLE = "article"
    SHORT = "short"
    LISTING = "listing"


_LINK_PENALTY = {Reading.SHORT: 1.5, Reading.LISTING: 0.5}


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
    reading: Reading = Reading.ARTICLE
    markup: dict[etree._Element, tuple[int, bool]] = field(default_factory=dict)

    def link_density(self, element: etree._Element) -> float:
        total = self.text.get(element, 0)
        return self.links.get(element, 0) / total if total else 0.0


def markup_of(element: etree._Element) -> tuple[int, bool]:
    """What an element's own markup says, before its content is weighed.

    Returns a verdict (-3 boilerplate tag or ARIA role, -2/-1 strong/weak boilerplate
    class or id, +2/+1 strong/weak content name, 0 silent) and whether the element
    declares itself the article (`<article>`, `<main>`, role=main, itemprop=articleBody).
    """
    tag = element.tag
    if tag in ("html", "body"):
        return 0, False
    keys = element.keys()
    if not keys:  # most elements: no attributes to read
        return _TAG_VERDICT.get(tag, 0), tag in ("article", "main")
    role = element.get("role") if "role" in keys else None
    root = tag in ("article", "main") or role in POSITIVE_ROLES or (
        "itemprop" in keys and element.get("itemprop") == "articleBody")
    if tag in BOILERPLATE_TAGS or role in NEGATIVE_ROLES:
        return -3, root
    names = element.get("class") or "" if "class" in keys else ""
    if "id" in keys:
        names = f"{names} {element.get('id')}"
    verdict = name_evidence(names) if names else 0
    return min(verdict, _TAG_VERDICT.get(tag, 0)) if verdict <= 0 else verdict, root


def evidence_of(markup: tuple[int, bool], holds_article: bool) -> int:
    """-2 boilerplate by tag, role or a strong name, -1 by a weak name, +2/+1 content.

    A wrapper that holds a declared article is not boilerplate whatever its tag or class
    says ("has-sidebar", an ASP.NET <form> around the page).
    """
    verdict, root = markup
    if holds_article and (root or verdict < 0):
        return 2 if root else 0
    if verdict == -3:
        return -2
    return verdict or (2 if root else 0)




def block_value(length: int, link_length: int, punctuation: bool, tag: str, favor: Favor,
                reading: Reading = Reading.ARTICLE) -> float:
    """How article-like one block of text is, in characters of evidence."""
    if length == 0:
        return 0.0
    density = link_length / length
    if reading is not Reading.ARTICLE:
        return length * (1.0 - _LINK_PENALTY[reading] * density)
    if tag in HEADINGS:
        return 10.0 if density < 0.5 else -float(length)
    value = float(length) if length >= _SHORT else length * length / _SHORT
    if not punctuation:
        value *= 0.3
    penalty = 3.0 if favor is Favor.PRECISION else 2.0 if favor is Favor.BALANCED else 1.5
    value *= 1.0 - penalty * density
    if tag in _ITEM_TAGS and density < 0.5:
        # Items and cells are short by nature: a short one is not evidence against.
        return max(value, 0.0)
    return value - (8.0 if length < 20 and not punctuation else 0.0)


def measure(root: etree._Element, favor: Favor = Favor.BALANCED, reading: Reading = Reading.ARTICLE,
            markup: dict[etree._Element, tuple[int, bool]] | None = None) -> Stats:
    """Fill Stats for every element under root in one pass from the leaves up.

    Lists of cards (a title link and a blurb each) count as boilerplate unless the page is
    read as a listing. `markup` (from a first Stats) spares reading class names twice.
    """
    teasers = reading is not Reading.LISTING
    stats = Stats(favor=favor, reading=reading, markup=markup if markup is not None else {})
    markup_map = stats.markup
    order = list(root.iter())
    stats.order = order
    length_of, links_of, score_of, evidence_map = stats.text, stats.links, stats.score, stats.evidence
    value_of, labels = stats.value, stats.labels
    inline_len: dict[etree._Element, int] = {}
    inline_links: dict[etree._Element, int] = {}
    inline_punct: dict[etree._Element, bool] = {}
    holds: set[etree._Element] = set()
    # Elements whose text opens with a headline-long link: a teaser card's title.
    headlined: set[etree._Element] = set()
    best_inside: dict[etree._Element, float] = {}
    for element in reversed(order):
        tag = element.tag
        if not isinstance(tag, str):
            continue
        own = element.text
        own_len = len(own.strip()) if own else 0
        punct = own_len > 0 and _PUNCT.search(own) is not None
        total, total_links, score, own_links = own_len, 0, 0.0, 0
        holds_article = False
        first = None
        items = linked_items = 0
        best = 0.0
        # The parser keeps no comments or processing instructions: every child is an element.
        for child in element:
            child_tag = child.tag
            child_text = length_of[child]
            if child_text:
                total += child_text
                total_links += links_of[child]
                if first is None:
                    first = child
                if child_tag not in INLINE_TAGS:
                    items += 1
                    if child_tag in _ITEM_CONTAINERS and child in headlined \
                            and child_text - links_of[child] <= _TEASER_MAX:
                        linked_items += 1
            if child in holds:
                holds_article = True
            tail = child.tail
            if tail:
                tail_len = len(tail.strip())
                if tail_len:
                    own_len += tail_len
                    total += tail_len
                    if not punct:
                        punct = _PUNCT.search(tail) is not None
            child_score = score_of[child]
            score += child_score
            if child_score > best:
                best = child_score
            inside = best_inside[child]
            if inside > best:
                best = inside
            if child_tag in INLINE_TAGS:
                own_len += inline_len[child]
                own_links += inline_links[child]
                punct = punct or inline_punct[child]
        if tag == "a":
            total_links = total
            own_links = own_len
            if total >= _TITLE_LINK:
                headlined.add(element)
        elif first is not None and first in headlined and not (own and own.strip()):
            headlined.add(element)
        length_of[element] = total
        links_of[element] = total_links
        if tag in INLINE_TAGS:
            inline_len[element], inline_links[element], inline_punct[element] = own_len, own_links, punct
        elif own_len:
            value = block_value(own_len, own_links, punct, tag, favor, reading)
            value_of[element] = value
            score += value
        if tag == "a" and total > own_len:
            # A link wrapped around blocks (a teaser card): all of it is link text.
            score = -float(total)
        own_markup = markup_map.get(element)
        if own_markup is None:
            own_markup = markup_map[element] = markup_of(element)
        declared = own_markup[1] and total >= _DECLARED_MIN
        verdict = evidence_of(own_markup, holds_article or declared)
        if first is not None and first in labels and not holds_article:
            if total - length_of[first] <= own_len + 3:
                labels.add(element)  # a wrapper around the label itself
            elif verdict >= 0 and is_section_title(text_of(first)):
                verdict = -2  # a section titled "Related stories", "Comments"...
        elif teasers and linked_items >= 3 and linked_items >= 0.7 * items and not holds_article:
            verdict = -2  # a row of cards, each a title link and a blurb: teasers
        elif 0 < total <= (LABEL_MAX if tag in HEADINGS else _SHORT_LABEL) and tag in _LABEL_TAGS \
                and is_section_label(text_of(element)):
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
        evidence_map[element] = 1 if verdict > 0 else -1 if verdict < 0 else 0
        score_of[element] = -float(total) if verdict < 0 else score
    return stats
