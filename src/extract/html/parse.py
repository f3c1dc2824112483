"""Parse a decoded page with lxml, once.

The parser drops comments and processing instructions at C speed. An XML declaration is
cut first because lxml refuses a `str` that declares its own encoding. The parser never
resolves entities or loads anything from the network (no XXE): lxml's HTML parser has no
DTD loading, and `no_network` is on.
"""
from __future__ import annotations

import re

from lxml import etree, html

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_PARSER = html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                          default_doctype=False)


def parse(text: str) -> html.HtmlElement | None:
    """The page's root element, or None when there is no markup to speak of."""
    text = _XML_DECLARATION.sub("", text, count=1)
    if not text.strip():
        return None
    try:
        root = html.document_fromstring(text, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return None
    return root
