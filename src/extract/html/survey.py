"""The pass from the leaves up that learns what does not depend on how a page is read.

Text and link lengths, each block's own inline text, what the markup says, which elements
open with a headline link (teaser cards), which are section labels ("Related stories")
and which sections such a label titles: all of this is read once per page, as flat lists
indexed by document position, so that scoring the page one way or another afterwards is
a cheap pass over numbers.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from lxml import etree

from ..deadline import CHECK_EVERY, checkpoint
from ..dom import text_of
from .clean import HIDING_ATTRIBUTES, SMALL, is_hidden, keeps_hidden
from .vocab import (
    BOILERPLATE_TAGS, HEADINGS, INLINE_TAGS, LABEL_MAX, NEGATIVE_ROLES, POSITIVE_ROLES,
    is_section_label, is_section_title, name_evidence,
)

# Sentence and clause marks: Latin; CJK full stop, commas, full-width marks; Arabic comma,
# semicolon, question mark and Urdu full stop; Devanagari danda; Burmese section marks;
# Ethiopic, Armenian, Tibetan and Thai stops. (Hebrew and Thai prose also use Latin marks.)
_PUNCT = re.compile(
    "[.!?,;:\u3002\uff0c\u3001\uff01\uff1f\uff0e\uff1b\uff1a\u060c\u061b\u061f\u06d4"
    "\u0964\u0965\u104a\u104b\u1362\u0589\u0f0d\u0e2f\u05c3]")
_LABEL_TAGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6", "div", "p", "span", "strong", "b",
                         "header", "summary", "legend", "dt"))
# Labels outside headings are short ("Related stories", "You might also read:").
_SHORT_LABEL = 40
# A <header> is the site's masthead, or an article's title block; prose overrules it.
_TAG_VERDICT = {tag: -3 for tag in BOILERPLATE_TAGS} | {"header": -1}
# A teaser card: an element that opens with a link long enough to be a name or headline,
# and holds little else.
_CARD_TAGS = frozenset(("li", "article", "div", "section", "dd", "tr", "figure"))
_TITLE_LINK = 4
_TEASER_MAX = 400


@dataclass(slots=True)
class Survey:
    """Per-element facts, each list indexed by the element's position in document order.

    Elements hidden from readers (clean.py) count for nothing, and their subtrees have no
    tag: `hidden` lists the outermost ones, which `clean.drop` then takes out of the tree.
    """

    elements: list[etree._Element]
    tags: list[str]            # "" where there is nothing to read: not an element, or hidden
    text: list[int]            # characters of text in the subtree
    links: list[int]           # of which inside links
    own: list[int]             # the element's own inline text, for a block element
    own_links: list[int]
    punct: list[bool]          # whether that own text holds any punctuation
    markup: list[tuple[int, bool]]
    cards: list[int]           # block children that look like teaser cards
    items: list[int]           # block children with text
    labels: list[bool]         # a label such as "Related stories", or a wrapper around one
    titled: list[bool]         # opens with a label that titles a boilerplate section
    ends: list[int]            # position just past the element's subtree
    hidden: list[etree._Element]  # the outermost hidden elements, in document order

    def children(self, index: int) -> Iterator[int]:
        """Positions of an element's children: its first child follows it, and each next
        one starts where the subtree of the one before ends."""
        child, end, ends = index + 1, self.ends[index], self.ends
        while child < end:
            yield child
            child = ends[child]


NO_MARKUP = (0, False)  # what an element without telling markup says; shared, so `is` tests it
_READ_KEYS = frozenset(("role", "itemprop", "aria-modal", "class", "id"))
_TAG_MARKUP = {tag: (verdict, False) for tag, verdict in _TAG_VERDICT.items()} | {
    "article": (0, True), "main": (0, True)}


def markup_of(element: etree._Element, tag: str, keys: list[str]) -> tuple[int, bool]:
    """What an element's own markup says, before its content is weighed.

    Returns a verdict (-3 boilerplate tag or ARIA role, -2/-1 strong/weak boilerplate
    class or id, +2/+1 strong/weak content name, 0 silent) and whether the element
    declares itself the article (`<article>`, `<main>`, role=main, itemprop=articleBody).
    `keys` are the element's attribute names.
    """
    present = _READ_KEYS.intersection(keys)
    if not present:  # most elements: no attribute that says anything
        return _TAG_MARKUP.get(tag, NO_MARKUP)
    if tag in ("html", "body"):
        return NO_MARKUP
    get = element.get
    role = get("role") if "role" in present else None
    root = tag in ("article", "main") or role in POSITIVE_ROLES or (
        "itemprop" in present and get("itemprop") == "articleBody")
    if tag in BOILERPLATE_TAGS or role in NEGATIVE_ROLES or (
            "aria-modal" in present and get("aria-modal") == "true"):
        return -3, root  # aria-modal: a dialog, whatever its role says
    names = get("class") or "" if "class" in present else ""
    if "id" in present:
        names = f"{names} {get('id')}"
    verdict = name_evidence(names) if names else 0
    if verdict <= 0:
        verdict = min(verdict, _TAG_VERDICT.get(tag, 0))
    return (verdict, root) if verdict or root else NO_MARKUP


def survey(root: etree._Element) -> Survey:
    """Read every element under root once, from the leaves up.

    Children are found by position, not by asking lxml: in document order an element's
    first child follows it, and each next child starts where the previous one's subtree
    ends.
    """
    elements = list(root.iter())
    n = len(elements)
    tags = [element.tag for element in elements]
    if set(map(type, tags)) != {str}:  # comments or instructions the parser kept: nothing to read
        tags = [tag if isinstance(tag, str) else "" for tag in tags]
    text, links, own, own_links = [0] * n, [0] * n, [0] * n, [0] * n
    punct, headlined, labels, titled = [False] * n, [False] * n, [False] * n, [False] * n
    cards, items = [0] * n, [0] * n
    markup: list[tuple[int, bool]] = [NO_MARKUP] * n
    ends = list(range(1, n + 1))
    hidden: list[int] = []
    page_text: str | None = None
    # The hot loop of the engine: module names bound to locals are faster to look up.
    inline, card_tags, label_tags, headings = INLINE_TAGS, _CARD_TAGS, _LABEL_TAGS, HEADINGS
    has_mark, hiding, tag_markup = _PUNCT.search, HIDING_ATTRIBUTES, _TAG_MARKUP
    for index in range(n - 1, -1, -1):
        if index % CHECK_EVERY == 0:
            checkpoint()
        tag = tags[index]
        if not tag:
            continue
        element = elements[index]
        keys = element.keys()
        head = element.text
        head_len = len(head.strip()) if head else 0
        own_len, has_punct = head_len, head_len > 0 and has_mark(head) is not None
        total, total_links, own_link_len = own_len, 0, 0
        first = -1
        count = len(element)
        if count:
            at = index + 1
            block_children = card_children = 0
            for _ in range(count):
                child_text = text[at]
                if child_text:
                    total += child_text
                    total_links += links[at]
                    if first < 0:
                        first = at
                    child_tag = tags[at]
                    if child_tag not in inline:
                        block_children += 1
                        if headlined[at] and child_tag in card_tags and child_text - links[at] <= _TEASER_MAX:
                            card_children += 1
                    else:
                        own_len += own[at]
                        own_link_len += own_links[at]
                        has_punct = has_punct or punct[at]
                tail = elements[at].tail
                if tail:
                    tail_len = len(tail.strip())
                    if tail_len:
                        own_len += tail_len
                        total += tail_len
                        if not has_punct:
                            has_punct = has_mark(tail) is not None
                at = ends[at]
            ends[index] = at
            items[index], cards[index] = block_children, card_children
        if keys and not hiding.isdisjoint(keys) and is_hidden(element):
            if total < SMALL and len(text_of(element)) < SMALL:  # text_of counts the spaces too
                hidden.append(index)
                continue
            if page_text is None:
                page_text = text_of(root)
            if not keeps_hidden(element, page_text):
                hidden.append(index)
                continue
        if not total:
            # Nothing to read: every figure stays 0. What the markup says weighs text, so
            # an empty element says nothing either way, but a <br> marked as boilerplate
            # still parts lines.
            if tag == "br":
                markup[index] = markup_of(element, tag, keys)
            continue
        if tag not in inline:  # a span's class says little, and there are many
            markup[index] = markup_of(element, tag, keys) if keys else tag_markup.get(tag, NO_MARKUP)
        if tag == "a":
            total_links, own_link_len = total, own_len
            headlined[index] = total >= _TITLE_LINK
        elif first >= 0 and not head_len and headlined[first]:
            headlined[index] = True
        text[index], links[index] = total, total_links
        own[index], own_links[index], punct[index] = own_len, own_link_len, has_punct
        if first >= 0 and labels[first]:
            if total - text[first] <= own_len + 3:
                labels[index] = True  # a wrapper around the label itself
            else:
                titled[index] = is_section_title(text_of(elements[first]))
        elif tag in label_tags and total <= (LABEL_MAX if tag in headings else _SHORT_LABEL):
            labels[index] = is_section_label(text_of(element) if count else head)
    outermost = [elements[index] for index in _blank_hidden(hidden, tags, ends)]
    return Survey(elements, tags, text, links, own, own_links, punct, markup,
                  cards, items, labels, titled, ends, outermost)


def _blank_hidden(hidden: list[int], tags: list[str], ends: list[int]) -> list[int]:
    """Blank the tags of hidden subtrees, so that scoring passes them by; the outermost
    hidden positions, in document order."""
    outermost: list[int] = []
    until = 0
    for index in reversed(hidden):  # found from the leaves up: reversed is document order
        if index >= until:
            outermost.append(index)
            until = ends[index]
            tags[index:until] = [""] * (until - index)
    return outermost
