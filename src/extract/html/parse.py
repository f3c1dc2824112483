"""Parse a decoded page with lxml, once.

The page goes to libxml2 as UTF-8 bytes with the encoding forced: a `str` costs lxml more
to take in, and forcing UTF-8 means a `<meta charset>` or an XML declaration in the page
cannot make the parser decode it a second time (decode.py has already chosen). The parser
drops comments and processing instructions at C speed. Characters XML cannot hold (C0
controls but tab and newlines, U+FFFE/U+FFFF, lone surrogates) are taken out first:
libxml2's HTML parser keeps them in the tree, and lxml then refuses to write that text
back (ValueError) when the engine moves a tail; a form feed becomes a space. Working on
bytes, the controls go with a C-speed `translate` (in UTF-8 no byte below 0x20 is part of
another character); the rest is searched for in the `str`, where one character is fast.

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

_NOT_UNICODE = re.compile(r"[\ud800-\udfff\ufffe\uffff]")  # lone surrogates, noncharacters
_CONTROL_BYTES = bytes((*range(0x00, 0x09), 0x0B, *range(0x0E, 0x20)))  # tab, LF, CR stay
# The plain etree parser, not lxml.html's: its element proxies are a third cheaper to
# make, and the engine touches every element.
_PARSER = etree.HTMLParser(remove_comments=True, remove_pis=True, no_network=True,
                           default_doctype=False, encoding="utf-8", collect_ids=False)


def parse(text: str) -> etree._Element | None:
    """The page's root element, or None when there is no markup to speak of."""
    return parse_markup(markup_bytes(text))


def markup_bytes(text: str) -> bytes:
    """The page as libxml2 takes it: UTF-8 without the characters XML cannot hold (b"" for
    a blank page)."""
    if not text or text.isspace():  # not text.strip(): that copies the whole page
        return b""
    if "\ufffe" in text or "\uffff" in text:  # one character each: a fast search on a str
        text = _NOT_UNICODE.sub("", text)
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # lone surrogates, from a str built by hand
        data = _NOT_UNICODE.sub("", text).encode("utf-8")
    return data.replace(b"\x0c", b" ").translate(None, _CONTROL_BYTES)


def parse_markup(data: bytes) -> etree._Element | None:
    """The root element of markup_bytes' output, or None when there is none."""
    if not data:
        return None
    try:
        return etree.fromstring(data, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
