"""Choose the element that holds the article, and what inside it is not article.

The candidate is the element whose subtree scores highest (see stats.py); boilerplate
subtrees are never candidates. Inside the candidate, subtrees are skipped when their
tag/class/id say boilerplate, when they are mostly link text, or when they score below
zero (short, link-heavy or sentence-less lines that together say "not prose"). On a
listing, the items are links by nature: inside them link density judges nothing.
Elements are named by their position in document order, as in the survey.
"""
from __future__ import annotations

from lxml import etree

from ..deadline import CHECK_EVERY, checkpoint
from ..options import Favor
from .stats import PROSE_BLOCK, Reading, Stats
from .survey import Survey
from .vocab import INLINE_TAGS

# Judged by link density only: cells and code are short or punctuation-free by nature.
_SHAPE_EXEMPT = frozenset(("table", "thead", "tbody", "tfoot", "tr", "td", "th", "caption", "pre", "code"))
_DECLARED_BONUS = 1.1
_MAIN_TEXT = 500  # characters: a <main> holding less is a wrapper's stub, not the page's content
_MARKED_SHARE = 0.3
# A section headed as boilerplate ("Comments", "Related stories") hides no article: what
# lies inside it counts for far less than inside a subtree a class name marks.
_TITLED_SHARE = 0.03
# The page's own frame, by tag or role: what a <footer>, a <nav> or a dialog shown over the
# page (a consent banner) holds is the site's, not the article's.
_FRAME_TAGS = frozenset(("footer", "nav"))
_DIALOG_ROLES = frozenset(("dialog", "alertdialog"))
_FRAMED_SHARE = 0.1
_LISTS = frozenset(("ul", "ol", "dl", "menu"))
_LISTING_LINK_DENSITY = 0.95
# A listing's item: a link, and a headline or a blurb of some length in one piece (a menu's
# entries are a word or two each).
_ITEM_LINK, _ITEM_TEXT, _ITEM_MORE, _ITEM_ROW = 4, 40, 1, 3
_ROW_SHARE = 0.5  # of the region's text in such rows, for the region to be a listing
_LINK_DENSITY = {Favor.PRECISION: 0.35, Favor.BALANCED: 0.5, Favor.RECALL: 0.7}


def main_element(stats: Stats) -> int | None:
    """The position of the highest-scoring element, or None when nothing scores.

    Candidates inside a subtree marked as boilerplate count for a fraction of their score:
    a comment thread loses to the article, but an article that a careless wrapper class
    ("page-with-sidebar", an ASP.NET <form>) hides still beats a stray paragraph. Under a
    heading that names the section boilerplate the fraction is much smaller: without class
    names to veto it, a long comment list there would outweigh a short article.
    """
    ends, tags, elements = stats.page.ends, stats.page.tags, stats.page.elements
    best, best_value = -1, 0.0
    start, stop = _main_span(stats)
    marked_until = 0  # positions below this lie inside a marked subtree
    titled_until = 0  # ... inside a section titled as boilerplate ("Comments", "Related")
    titled = stats.page.titled
    frames: list[int] = []  # the ends of the frames (footer, nav, dialog) around the position
    for index, (value, verdict) in enumerate(zip(stats.score, stats.evidence)):
        if index % CHECK_EVERY == 0:
            checkpoint()
        while frames and frames[-1] <= index:
            frames.pop()
        if verdict < 0:
            marked_until = max(marked_until, ends[index])
            if titled[index]:
                titled_until = max(titled_until, ends[index])
            if _is_frame(elements[index], tags[index]):
                frames.append(ends[index])
            continue
        if verdict > 0:
            value *= _DECLARED_BONUS
        if frames:
            value *= _FRAMED_SHARE ** len(frames)  # a dialog in the footer: twice the site's
        elif index < titled_until:
            value *= _TITLED_SHARE
        elif index < marked_until:
            value *= _MARKED_SHARE
        if value > best_value and not start <= index < stop:
            value *= _MARKED_SHARE  # outside the page's own <main>, or around it
        if value > best_value:
            best, best_value = index, value
    return best if best >= 0 else None


def _main_span(stats: Stats) -> tuple[int, int]:
    """The positions of the page's one <main> element and its subtree, when it has one
    that holds text; else every position. A page that names its main content is believed:
    a gallery or a box of links beside it, or a wrapper around both, wins a close call
    only by a wide margin. Not on a listing, whose <main> may hold the items while the
    text that introduces them sits above it."""
    tags = stats.page.tags
    if "main" not in tags or stats.reading is Reading.LISTING:
        return 0, len(tags)
    mains = [index for index, tag in enumerate(tags) if tag == "main"]
    if len(mains) != 1 or stats.page.text[mains[0]] < _MAIN_TEXT:
        return 0, len(tags)
    return mains[0], stats.page.ends[mains[0]]


def _is_frame(element: etree._Element, tag: str) -> bool:
    """A <footer>, a <nav> or a dialog shown over the page."""
    return tag in _FRAME_TAGS or element.get("role") in _DIALOG_ROLES or element.get("aria-modal") == "true"


def is_skipped(index: int, stats: Stats) -> bool:
    """Whether a subtree inside the main element is boilerplate."""
    if stats.evidence[index] < 0:
        return True
    page = stats.page
    tag = page.tags[index]
    if tag in INLINE_TAGS or not page.text[index]:
        return False
    if stats.items and stats.items[index]:
        return False  # inside a listing's item: its headline link is the content
    density = stats.link_density(index)
    own_value = stats.value[index]
    if own_value is None and tag not in _LISTS:
        # A container: judge its children one by one, unless it is nearly all links and
        # holds no run of prose (a wrapper around a short article and a long sidebar).
        return density > 0.8 and stats.score[index] < PROSE_BLOCK
    if density > (_LISTING_LINK_DENSITY if stats.reading is Reading.LISTING else _LINK_DENSITY[stats.favor]):
        return True
    return own_value is not None and own_value < 0 and tag not in _SHAPE_EXEMPT and stats.score[index] < 0


def item_positions(main: int, stats: Stats) -> list[bool] | None:
    """Which positions of a listing region link density must not judge: those inside its
    items (siblings, three or more, that each hold a link, a headline or blurb in one
    piece, and more beside it) and the containers holding a row of them. A listing's items are links; a menu's
    entries (a word or two) and whatever stands beside the items are still judged. None
    when the items are not most of the region's text: a short article with teasers."""
    page = stats.page
    text, links, ends = page.text, page.links, page.ends
    exempt = [False] * len(page.tags)
    starts: set[int] = set()
    for parent in range(ends[main] - 1, main - 1, -1):  # from the leaves up
        if parent % CHECK_EVERY == 0:
            checkpoint()
        children = list(page.children(parent))
        items = [child for child in children if links[child] >= _ITEM_LINK and _is_item(child, page)]
        if len(items) >= _ITEM_ROW:
            starts.update(items)
            for child in items:
                exempt[child:ends[child]] = [True] * (ends[child] - child)
        if len(items) >= _ITEM_ROW or any(exempt[child] for child in children):
            exempt[parent] = True
    in_items, position = 0, main
    while position < ends[main]:  # the outermost items' text
        if position in starts:
            in_items += text[position]
            position = ends[position]
        else:
            position += 1
    return exempt if in_items >= _ROW_SHARE * text[main] else None


def _is_item(index: int, page: Survey) -> bool:
    """A headline or blurb of some length in one piece, and more text beside it."""
    longest = max(page.own[index:page.ends[index]])
    return longest >= _ITEM_TEXT and page.text[index] - longest >= _ITEM_MORE
