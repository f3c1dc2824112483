"""One bottom-up pass that measures every element for the decisions that follow.

For each element it records the text length of its subtree, how much of that is link text,
the evidence its tag/class/id/role give, and `score`: the sum, over the text blocks inside
it, of how article-like each block is (long, sentence-like, few links: positive; short,
link-heavy: negative). A subtree marked as boilerplate counts its whole text against its
ancestors. The main content is then simply the element with the highest score: it takes
in every article block and leaves out whatever costs more than it brings.
"""
from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from ..deadline import CHECK_EVERY, checkpoint
from ..options import Favor
from .survey import NO_MARKUP as _SILENT, Survey
from .vocab import HEADINGS, INLINE_TAGS

_DECLARED_MIN = 400
# Share of a subtree's text that must be scored prose to overrule a boilerplate class name.
_PROSE_SHARE = 0.6
# A subtree scoring this much is a run of prose no sidebar or menu holds.
PROSE_BLOCK = 500
# On a listing, a block of link text alone shorter than this is a menu's entry or a tag,
# not an item's headline: it counts for nothing (a mega-menu would outweigh the items).
_MENU_ENTRY = 25
_ITEM_TAGS = frozenset(("li", "td", "th", "dd", "dt"))
# Below this many characters a block counts less than its length: short lines are what
# menus, bylines and buttons are made of.
_SHORT = 70
# Share of a marked boilerplate child's weight that counts against its parent when no long
# article stands out: a share bar, a tag list or a post-info box inside a short article
# must not outweigh the article around it (on long articles it keeps the choice tight).
_VETO_SHARE = 0.5


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
    """The scores of every element of one surveyed page, for one way of reading it.

    Lists are indexed by document position, as the survey's are.
    """

    page: Survey
    score: list[float]             # how much article the subtree holds (see the module doc)
    evidence: list[int]            # -1 boilerplate, +1 content, 0 silent: the final verdict
    value: list[float | None]      # how article-like a block's own text is; None: no block text
    favor: Favor = Favor.BALANCED
    reading: Reading = Reading.ARTICLE
    items: list[bool] | None = None  # on a listing, the positions inside its items (select.py)
    vetoed: list[int] | None = None  # positions of elements a class or id name vetoed

    def link_density(self, index: int) -> float:
        total = self.page.text[index]
        return self.page.links[index] / total if total else 0.0


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
        if reading is Reading.LISTING and length < _MENU_ENTRY and link_length == length:
            return 0.0
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


def measure(page: Survey, favor: Favor = Favor.BALANCED, reading: Reading = Reading.ARTICLE,
            linked_items: bool = False, lifted: frozenset[int] = frozenset()) -> Stats:
    """Score every element of a surveyed page, from the leaves up, for one way of reading it.

    Lists of cards (a title link and a blurb each) count as boilerplate unless the page is
    read as a listing. `linked_items`: the page may be a listing of items that are links
    (it does not declare itself one article), so a link wrapped around blocks is an item.
    `lifted`: elements whose class or id name does not count (see `lifted_vetoes`).
    """
    teasers = reading is not Reading.LISTING
    nested = _nested_articles(page)
    veto = 1.0 if reading is Reading.ARTICLE else _VETO_SHARE
    tags, ends, text, own, markup = page.tags, page.ends, page.text, page.own, page.markup
    n = len(tags)
    score, best_inside = [0.0] * n, [0.0] * n
    values: list[float | None] = [None] * n
    evidence, holds = [0] * n, [False] * n
    vetoed: list[int] = []
    inline = INLINE_TAGS
    own_links, punct, titled, cards, items = page.own_links, page.punct, page.titled, page.cards, page.items
    for index in range(n - 1, -1, -1):
        if index % CHECK_EVERY == 0:
            checkpoint()
        tag = tags[index]
        total = text[index]
        if not tag or not total and tag != "br":
            # Hidden, or nothing to read below: every figure stays 0 (but a <br> marked as
            # boilerplate still counts as such).
            continue
        subtotal, best, holds_article = 0.0, 0.0, False
        child, end = index + 1, ends[index]
        while child < end:  # the children, as Survey.children finds them
            child_score = score[child]
            if child_score < 0 and evidence[child] < 0:  # most children: one comparison
                child_score *= veto
            subtotal += child_score
            if child_score > best:
                best = child_score
            if best_inside[child] > best:
                best = best_inside[child]
            if holds[child]:
                holds_article = True
            child = ends[child]
        if own[index] and tag not in inline:
            value = block_value(own[index], own_links[index], punct[index], tag, favor, reading)
            values[index] = value
            subtotal += value
        if tag == "a" and total > own[index]:
            # A link wrapped around blocks (a teaser card): all of it is link text, which
            # on a listing is what its items are made of.
            subtotal = total * (1.0 - _LINK_PENALTY[reading]) if linked_items else -float(total)
        marks = markup[index]
        if marks is _SILENT:
            verdict = 0  # no markup to weigh (most elements): evidence_of would say 0
        else:
            verdict = evidence_of(marks, holds_article or (marks[1] and total >= _DECLARED_MIN))
            if verdict > 0 and index in nested:
                verdict = 0
            if verdict < 0 and -2 <= marks[0] <= -1:  # a class or id name, not a tag or role
                if index in lifted:
                    verdict = 0
                else:
                    vetoed.append(index)
        if titled[index] and not holds_article:
            if verdict >= 0:
                verdict = -2  # a section titled "Related stories", "Comments"...
        elif teasers and cards[index] >= 3 and cards[index] >= 0.7 * items[index] \
                and not holds_article:
            verdict = -2  # a row of cards, each a title link and a blurb: teasers
        # Only an article with real prose vouches for its wrappers: a row of <article>
        # teaser cards does not make their "related" box content.
        if holds_article or (verdict > 1 and total >= _DECLARED_MIN and subtotal >= _DECLARED_MIN / 2):
            holds[index] = True
        if verdict == -1 and (subtotal > _PROSE_SHARE * total or best >= PROSE_BLOCK):
            # A name like "article-overlay" or "with-sidebar" on a subtree that is clearly
            # prose, or that holds a long run of it, is a styling hook, not a verdict.
            verdict = 0
        best_inside[index] = best
        evidence[index] = 1 if verdict > 0 else -1 if verdict < 0 else 0
        score[index] = -float(total) if verdict < 0 else subtotal
    return Stats(page, score, evidence, values, favor, reading, vetoed=vetoed)


def _nested_articles(page: Survey) -> frozenset[int]:
    """The <article> elements inside another: by HTML's own definition a comment on the
    outer one or a related item, not the page's article (WordPress marks up each reader
    comment so)."""
    tags, ends = page.tags, page.ends
    if tags.count("article") < 2:
        return frozenset()
    nested, open_until = set(), 0
    for index, tag in enumerate(tags):
        if tag == "article":
            if index < open_until:
                nested.add(index)
            else:
                open_until = ends[index]
    return frozenset(nested)


def lifted_vetoes(stats: Stats, least: float) -> frozenset[int]:
    """Name vetoes to lift when no article stood out: an element a class or id name vetoed
    whose own paragraphs (text blocks among its children, not items nested deeper as a
    comment thread's are) make at least `least` of prose ("sidebar-content" around a
    theme's post), and the vetoed elements around it. A name says how a page is laid out;
    when the page's one run of paragraphs sits under it, the name is wrong, not the prose."""
    page, values = stats.page, stats.value
    vetoed = stats.vetoed or []
    prose = [index for index in vetoed
             if sum(max(value, 0.0) for child in page.children(index) if (value := values[child]) is not None) >= least]
    return frozenset(index for index in vetoed for inner in prose if index <= inner < page.ends[index])