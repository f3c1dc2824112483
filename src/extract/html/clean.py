"""Remove what is never article content before anything is measured.

Removal runs at C speed (`strip_elements`) for tags that are never text (scripts, styles,
media). Elements hidden from readers (`hidden`, `display:none`, `aria-hidden`) and form
controls go too, unless they hold a page's worth of text: frameworks that stream the
article into a hidden element, or sites that serve it inside <noscript>, are still read.
"""
from __future__ import annotations

import re

from lxml import etree

from .vocab import DROP_TAGS, DROP_WHEN_SMALL_TAGS
from ..dom import text_of

# Hidden from readers: not displayed, invisible, or pushed far off-screen (link spam).
_HIDDEN_STYLE = re.compile(
    r"display\s*:\s*none|visibility\s*:\s*hidden|(?:left|top|text-indent)\s*:\s*-\d{4,}px", re.I
)
_HIDDEN_XPATH = etree.XPath(
    "//*[@hidden or @aria-hidden='true' or contains(@style,'none') or contains(@style,'hidden')"
    " or contains(@style,':-') or contains(@style,': -')]"
)
# Above this many characters a hidden or control element is kept for the scorer to judge.
_SMALL = 1000
_PROBE = 60


def clean(root: etree._Element) -> None:
    """Strip non-content tags and hidden elements in place (tails are kept)."""
    etree.strip_elements(root, *DROP_TAGS, with_tail=False)
    for element in list(root.iter(*DROP_WHEN_SMALL_TAGS)):
        if len(text_of(element)) < _SMALL:
            _drop(element)
    hidden = [element for element in _HIDDEN_XPATH(root)
              if element.tag not in ("html", "body") and _is_hidden(element)]
    page = text_of(root) if hidden else ""
    for element in hidden:
        # Kept only when it holds paragraphs found nowhere else on the page: an article
        # streamed in by a script, a collapsed product description; not a copy of the
        # article, a stash of machine-readable values or a collapsed menu.
        paragraph = max((text_of(p) for p in element.iter("p")), key=len, default="").strip()
        if len(text_of(element)) < _SMALL or len(paragraph) < _PROBE or page.count(paragraph[:_PROBE]) > 1:
            _drop(element)


def _is_hidden(element: etree._Element) -> bool:
    return element.get("hidden") is not None or element.get("aria-hidden") == "true" \
        or _HIDDEN_STYLE.search(element.get("style", "")) is not None


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
