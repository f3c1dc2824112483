"""Grow the chosen region over the rest of a split article.

An article is often set in pieces: the body continues in a second container after an ad,
or comes one `<section>` per chapter; the headline and the standfirst (a `header > p`, an
`.intro`, a `.teaser-text`) sit in a block of their own before the body. One piece wins
the choice and the others are left outside. They are recognised by where they stand and
what shape they have, not by their names: siblings of the region with its tag and first
class that carry prose; prose between the page's headline and the region, a few lines at
most, outside any boilerplate subtree.
"""
from __future__ import annotations

from lxml import etree

from .stats import Stats
from .vocab import HEADINGS

# A lead is a line or two of prose: long enough to be a sentence, never a second body.
_LEAD_MIN = 60
_LEAD_MAX = 1200
_LEADS = 3
_LEAD_LINK_DENSITY = 0.3
# What may stand between the headline and the body besides the lead: a byline, a date, a
# share bar.
_BETWEEN_MAX = 400
_PICTURES = frozenset(("figure", "figcaption", "picture"))
_PICTURE_CHILDREN = frozenset(("img", "picture"))
_SENTENCE_ENDS = frozenset(".!?…:\"'”“»«’)\u3002\uff01\uff1f\u061f\u0964\u104b")
# A piece of the article scores as a few paragraphs of prose do: more than an author box,
# a pull quote or a headline block beside the body.
_PIECE_MIN = 400


def pieces(main: int, stats: Stats) -> list[int]:
    """The region and its siblings of the same shape that carry prose, in document order."""
    page = stats.page
    element = page.elements[main]
    parent = element.getparent()
    if parent is None or stats.score[main] <= 0:
        return [main]
    parent_index = main - 1
    while page.ends[parent_index] < page.ends[main]:  # the nearest ancestor: the parent
        parent_index -= 1
    found = []
    for child in page.children(parent_index):
        if child == main:
            found.append(child)
        elif page.tags[child] == element.tag and stats.score[child] >= _PIECE_MIN \
                and stats.evidence[child] >= 0 and stats.link_density(child) < _LEAD_LINK_DENSITY:
            found.append(child)
    return found


def lead_elements(main: int, stats: Stats) -> list[int]:
    """Positions of the prose blocks between the headline and the region, in order: only
    where little else stands between them (a byline, a date, a share bar), so that a
    sidebar set before the body never passes for its lead."""
    page = stats.page
    tags, ends, text, own = page.tags, page.ends, page.text, page.own
    try:
        headline = tags.index("h1", 0, main)  # at C speed: the page's first headline
    except ValueError:
        return []
    if ends[headline] > main:
        return []  # the region lies inside the headline
    leads: list[int] = []
    length = between = 0
    index = ends[headline]
    while index < main:
        tag = tags[index]
        if not tag or tag in _PICTURES:
            index = ends[index]  # hidden, or a picture and its caption
            continue
        if ends[index] > main:
            index += 1  # an ancestor of the region: look inside it
            continue
        if stats.evidence[index] < 0:
            between += text[index]
            index = ends[index]
            continue
        value = stats.value[index]
        if tag not in HEADINGS and text[index] and text[index] == own[index] and value is not None and text[index] >= _LEAD_MIN \
                and value > 0 and stats.link_density(index) < _LEAD_LINK_DENSITY \
                and _is_sentence(page.elements[index]):
            leads.append(index)
            length += text[index]
        elif text[index] == own[index]:
            between += text[index]
        index = ends[index] if text[index] == own[index] else index + 1
    if len(leads) > _LEADS or length > _LEAD_MAX or between > _BETWEEN_MAX:
        return []  # a second body, a run of teasers, a sidebar: not a lead
    return leads


def _is_sentence(element: etree._Element) -> bool:
    """Whether a block reads as a finished sentence, not a dateline or a credit, and is not
    the caption of a picture set beside it."""
    parent = element.getparent()
    if parent is not None and any(child.tag in _PICTURE_CHILDREN for child in parent):
        return False
    last = "".join(element.itertext()).rstrip()[-1:]
    return last in _SENTENCE_ENDS
