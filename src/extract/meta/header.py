"""The headline's neighbourhood: where pages print the byline and the date.

Scanning a whole page for author and date markers costs milliseconds; the elements just
after the headline (and a few just before it, where some sites put the date) hold them on
nearly every article, so only those are looked at when the page has a headline. Pages
without an `<h1>` get one cheap whole-page query for the usual markers instead.
"""
from __future__ import annotations

import re

from lxml import etree
from lxml.etree import _Element as Element

from ..dom import text_of
from .title import fold

_AFTER = etree.XPath("following::*[position() <= 400]")
_BEFORE = etree.XPath("preceding::*[position() <= 40]")
_CLOSE = 60
_CLASS_MARKS = ("uthor", "yline", "date", "Date", "ublish")


def _marked(root: Element) -> list[Element]:
    """Elements marked as a byline or a date, in document order. A Python loop rather than
    one XPath query: libxml2 takes seconds on a page of a million elements, in C, where a
    time limit cannot stop it (deadline.py), and this loop is faster anyway."""
    found = []
    for element in root.iter():
        tag = element.tag
        if tag == "time":
            found.append(element)
            continue
        if not isinstance(tag, str):
            continue
        get = element.get
        names = get("class")
        if (get("datetime") is not None or get("rel") == "author" or get("itemprop") in ("author", "datePublished")
                or (names and any(mark in names for mark in _CLASS_MARKS))):
            found.append(element)
    return found
# Never bylines or dates themselves (their tails may be).
SKIP = frozenset({"script", "style", "noscript", "svg", "path", "use", "button", "form", "input", "select", "option"})
_COMMENTS = re.compile(r"comment", re.I)


def headline_element(headings: list[Element], title: str | None) -> Element | None:
    """The `<h1>` that carries the title, else the first `<h1>` (of the page's, in order)."""
    wanted = fold(title or "")
    if wanted:
        for heading in headings:
            if fold(text_of(heading)) == wanted:
                return heading
    return headings[0] if headings else None


def near_headline(root: Element, headline: Element | None) -> list[Element]:
    """Elements near the headline, nearest first: those just after it, then those just
    before it, then the rest of those after it."""
    if headline is None:
        elements = _marked(root)
    else:
        after = _AFTER(headline)
        elements = after[:_CLOSE] + _BEFORE(headline)[::-1] + after[_CLOSE:]
    return [element for element in elements if isinstance(element.tag, str)]


def marks(element: Element) -> str:
    """What an element's markup says it is: class, id, itemprop and rel, in one string."""
    get = element.get
    return f"{get('class') or ''} {get('id') or ''} {get('itemprop') or ''} {get('rel') or ''}"


def in_comments(element: Element) -> bool:
    """Whether an element sits in the reader comments (their authors and dates are others')."""
    return any(_COMMENTS.search(marks(ancestor)) for ancestor in element.iterancestors())
