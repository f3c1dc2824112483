"""Small helpers over lxml trees, shared by the HTML engine and the metadata readers."""
from __future__ import annotations

from lxml import etree

_STRING = etree.XPath("string()")


def text_of(element: etree._Element) -> str:
    """All the text inside an element, run together as a reader would see it."""
    return str(_STRING(element))
