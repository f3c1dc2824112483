"""Parse a decoded page with lxml, once.

The parser drops comments and processing instructions at C speed. An XML declaration is
cut first because lxml refuses a `str` that declares its own encoding. Characters XML
cannot hold (C0 controls but tab and newlines, U+FFFE/U+FFFF, lone surrogates) are taken
out first too: libxml2's HTML parser keeps them in the tree, and lxml then refuses to
write that text back (ValueError) when the engine moves a tail; a form feed becomes a space.

No XXE: the parser never resolves entities or loads anything from the file system or the
network. lxml's HTML parser loads no DTD and does not expand entities declared in an
internal subset (`&x;` stays literal text), and `no_network` is on. Links, `<base>` and
`file://` URLs are only ever strings here: nothing follows them.

Depth: `huge_tree` stays off, deliberately. Without it libxml2 stops at a tree depth of
256 with a fatal "Excessive depth in document" error; lxml's recovering parser returns
the tree built so far, so everything from the 256th level on, and everything after it in
the page, is dropped (100,000 nested `<div>`s give the first 255 levels and no text, at
once, in a few MB; no recursion, no stack exhaustion). `huge_tree` would only raise that
cap to 2,048 levels, while the engine's walk over a tree grows steeply with depth (300
levels already cost seconds), and it would also lift libxml2's 10 MB limit on a single
text node. Real articles sit far below 256 levels; pages that deep are broken markup
(unclosed tags by the hundred), where losing the tail beats a slow page.
"""
from __future__ import annotations

import re

from lxml import etree

_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_NOT_XML = re.compile("[\x00-\x08\x0b\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
# The plain etree parser, not lxml.html's: its element proxies are a third cheaper to
# make, and the engine touches every element.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                           default_doctype=False)


def parse(text: str) -> etree._Element | None:
    """The page's root element, or None when there is no markup to speak of."""
    text = _XML_DECLARATION.sub("", text, count=1)
    text = _NOT_XML.sub("", text.replace("\x0c", " "))
    if not text.strip():
        return None
    try:
        return etree.fromstring(text, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None

