"""Remove what is never article content, and say which elements readers cannot see.

Removal runs at C speed (`strip_elements`) for tags that are never text (scripts, styles,
media), and for small form controls. Elements hidden from readers (`hidden`, AMP `layout=nodisplay`,
`display:none`, `aria-hidden`) are found by the survey, which reads every element's
attributes anyway: it counts them as absent and `drop` takes them out of the tree
afterwards. One keeps its place when it holds a page's worth of text found nowhere else:
frameworks stream the article into a hidden element, and sites serve it in <noscript>.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from .vocab import DROP_TAGS, DROP_WHEN_SMALL_TAGS
from ..dom import text_of

# Hidden from readers: not displayed, invisible, or pushed far off-screen (link spam).
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|(?:left|top|text-indent)\s*:\s*-\d{4,}px", re.I
)
HIDING_ATTRIBUTES = frozenset(("hidden", "aria-hidden", "style", "layout"))
# A closed lightbox or <dialog> shows its text only on demand, over the page (a gallery's
# captions, a prompt, a consent centre): whatever it holds, it is not the article the page
# loads with. So is a hidden box with an ARIA dialog role (is_overlay), even when it holds a
# "republish this article" copy of the text.
_OVERLAY_TAGS = frozenset(("dialog", "amp-lightbox"))
# Markup shown as text: a <noscript> whose HTML was escaped holds tags, not an article.
_ESCAPED_TAG = re.compile(r"</?[a-zA-Z][\w-]*[\s>/]")
_ESCAPED_TAGS_MIN = 3
# Below this many characters a hidden or control element goes without a second look.
SMALL = 1000
_PROBE = 60


def clean(root: etree._Element) -> None:
    """Strip non-content tags, and form controls that hold little text, in place (tails are kept)."""
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    for element in list(root.iter(*DROP_WHEN_SMALL_TAGS)):
        text = text_of(element)
        if len(text) < SMALL or (element.tag == "noscript" and _is_escaped_markup(text)):
            _drop(element)


def _is_escaped_markup(text: str) -> bool:
    """Whether a text is HTML source rather than prose (an escaped <noscript> fallback)."""
    return len(_ESCAPED_TAG.findall(text, 0, 4 * SMALL)) >= _ESCAPED_TAGS_MIN


def is_hidden(element: etree._Element) -> bool:
    """Whether readers cannot see the element (the caller knows it has a hiding attribute)."""
    if element.tag in ("html", "body") or element.get("role") == "tabpanel":
        return False  # a closed tab is one click away, in place: read as the page shows it open
    return element.get("hidden") is not None or element.get("aria-hidden") == "true" \
        or element.get("layout") == "nodisplay" \
        or _HIDDEN_STYLE.search(element.get("style", "")) is not None


_DIALOG_ROLES = frozenset(("dialog", "alertdialog"))


def is_overlay(element: etree._Element) -> bool:
    """Whether an element is a lightbox or dialog, shown over the page when asked."""
    return element.tag in _OVERLAY_TAGS or element.get("layout") == "nodisplay" \
        or element.get("aria-modal") == "true" or element.get("role") in _DIALOG_ROLES


def keeps_hidden(element: etree._Element, page_text: str) -> bool:
    """Whether a large hidden element holds paragraphs found nowhere else on the page: an
    article streamed in by a script, a collapsed product description; not a copy of the
    article, a stash of machine-readable values, a collapsed menu or a closed overlay."""
    if is_overlay(element):
        return False
    paragraph = max((text_of(p) for p in element.iter("p")), key=len, default="").strip()
    return len(paragraph) >= _PROBE and page_text.count(paragraph[:_PROBE]) <= 1


def drop(elements: Iterable[etree._Element]) -> None:
    """Take elements out of the tree, in document order, keeping their tails in place."""
    for element in elements:
        _drop(element)


def _drop(element: etree._Element) -> None:
    """Remove an element but keep its tail text in place."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail
    if tail and tail.strip():
        previous = element.getprevious()
        if previous is not None:
            previous.tail = (previous.tail or "") + tail
        else:
            parent.text = (parent.text or "") + tail
    parent.remove(element)
