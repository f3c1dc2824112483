"""What the markup names besides its text: microdata types.

They are read where they are cheapest: by finding the attribute's name in the page's UTF-8
markup as parsed (a byte search runs at memory speed, several times faster than the same
search in a `str`; no pattern, no second walk of the tree).
"""
from __future__ import annotations

_ATTRIBUTE = b"itemtype"
_SCAN = 200  # bytes after the attribute name in which its value must be


def microdata_types(markup: bytes) -> tuple[frozenset[str], int]:
    """The schema.org types that microdata attributes name, lower-cased, without their
    vocabulary URL (`itemtype="https://schema.org/Product"` gives "product"), and how many
    such attributes there are (a grid of products names one per card).

        >>> types, marks = microdata_types(b'<div itemscope itemtype="https://schema.org/Product"><span itemtype=http://schema.org/Offer>')
        >>> sorted(types), marks
        (['offer', 'product'], 2)
    """
    found: set[str] = set()
    marks = 0
    at = markup.find(_ATTRIBUTE)
    while at >= 0:
        marks += 1
        start = at + len(_ATTRIBUTE)
        window = markup[start:start + _SCAN].decode("utf-8", "replace").lstrip()
        if window.startswith("="):
            value = window[1:].lstrip()
            quote = value[:1]
            if quote in ("'", '"'):
                value = value[1:].split(quote, 1)[0]
            else:
                value = value.split(">", 1)[0]
            found.update(part.rstrip("/").rsplit("/", 1)[-1].lower() for part in value.split() if part)
        at = markup.find(_ATTRIBUTE, at + len(_ATTRIBUTE))
    found.discard("")
    return frozenset(found), marks
