"""Parse a decoded page with lxml, once.

The parser drops comments and processing instructions at C speed. An XML declaration is
cut first because lxml refuses a `str` that declares its own encoding. The parser never
resolves entities or loads anything from the network (no XXE): lxml's HTML parser has no
DTD loading, and `no_network` is on.
"""
from __future__ import annotations

import re

from lxml import etree

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
# The plain etree parser, not lxml.html's: its element proxies are a third cheaper to
# make, and the engine touches every element.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                           default_doctype=False)


def parse(text: str) -> etree._Element | None:
    """The page's root element, or None when there is no markup to speak of."""
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        return None
    try:
        return etree.fromstring(text, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None

