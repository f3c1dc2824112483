"""Small helpers over lxml trees and their text, shared by the HTML engine and the
metadata readers."""
from __future__ import annotations

import re
import unicodedata

from lxml import etree

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\xad]")


def normalize(text: str) -> str:
    """Collapse whitespace (no-break spaces included), drop invisible characters, compose
    accents (NFC).

    `str.split()` splits on exactly what the regex `\\s` matches, several times faster.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return " ".join(text.split())


def text_of(element: etree._Element) -> str:
    """All the text inside an element, run together as a reader would see it.

    libxml2's text serialiser reads the same text nodes as XPath's string(), for a good
    deal less per call (no XPath context to set up).
    """
    return etree.tostring(element, method="text", encoding="unicode", with_tail=False)


def by_tag(root: etree._Element, tags: tuple[str, ...]) -> dict[str, list[etree._Element]]:
    """The elements of these tags, each list in document order, from one walk of the tree.

    A walk of lxml's tree for some tags costs about as much as a walk for all of them, so
    readers that each want a tag or two share one.
    """
    found: dict[str, list[etree._Element]] = {tag: [] for tag in tags}
    for element in root.iter(*tags):
        found[element.tag].append(element)
    return found
