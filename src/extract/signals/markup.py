"""What the markup names besides its text: microdata types and where its links lead.

Both are read where they are cheapest: microdata types by finding the attribute's name in
the markup string (a plain substring search, no pattern, no second walk of the tree), the
links from the `<a>` elements the survey already lists. A link's target is described by
its shape only (another site, a fragment, a query, a slug, a phone number), never by the
words in it.
"""
from __future__ import annotations

from lxml import etree

_ATTRIBUTE = "itemtype"
_SCAN = 200  # characters after the attribute name in which its value must be
_SAMPLE = 100  # links read at most (about): an even sample tells the shares well enough


def microdata_types(markup: str) -> tuple[frozenset[str], int]:
    """The schema.org types that microdata attributes name, lower-cased, without their
    vocabulary URL (`itemtype="https://schema.org/Product"` gives "product"), and how many
    such attributes there are (a grid of products names one per card).

        >>> types, marks = microdata_types('<div itemscope itemtype="https://schema.org/Product"><span itemtype=http://schema.org/Offer>')
        >>> sorted(types), marks
        (['offer', 'product'], 2)
    """
    found: set[str] = set()
    marks = 0
    at = markup.find(_ATTRIBUTE)
    while at >= 0:
        marks += 1
        window = markup[at + len(_ATTRIBUTE):at + len(_ATTRIBUTE) + _SCAN].lstrip()
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


def _host(href: str) -> str:
    """The host part of an absolute or protocol-relative link ("" for a relative one)."""
    return href.split("/", 3)[2].lower() if href.startswith(("http://", "https://", "//")) and href.count("/") >= 2 else ""


def host_of(url: str | None) -> str:
    """The page's own host, to tell its links from other sites'.

        >>> host_of("https://Shop.test/a/b"), host_of(None)
        ('shop.test', '')
    """
    return _host(url) if url else ""


def link_figures(anchors: list[etree._Element], host: str) -> tuple[float, ...]:
    """Counts of links by the shape of their target: phone numbers, e-mail addresses,
    fragments of this page, other sites, queries (filters, sorting, pagination), slugs
    (three hyphens or more: articles, products), and the number of distinct targets; then
    the number of links, for shares.

    The targets are joined into one string and counted there: a page has hundreds of
    links, and several Python tests per link would cost more than the rest of this module.
    Past _SAMPLE links an even sample is read and its counts scaled up.

        >>> links = etree.fromstring('<p><a href="tel:+15551234">Call</a><a href="/news/a-b-c-d">Story</a>'
        ...                          '<a href="https://other.test/x">Out</a><a href="?page=2">2</a></p>')
        >>> link_figures(list(links), "shop.test")
        (1.0, 0.0, 0.0, 1.0, 1.0, 1.0, 4.0, 4.0)
    """
    step = len(anchors) // _SAMPLE + 1  # on a page of thousands of links, an even sample
    targets = [anchor.get("href") or "" for anchor in anchors[::step]]
    joined = "\n" + "\n".join(targets).lower()
    absolute = joined.count("\nhttp://") + joined.count("\nhttps://") + joined.count("\n//")
    own = sum(joined.count(f"\n{scheme}{host}/") + joined.count(f"\n{scheme}{host}\n")
              for scheme in ("http://", "https://", "//")) if host else 0
    counts = (joined.count("\ntel:"), joined.count("\nmailto:"), joined.count("\n#"), absolute - own,
              joined.count("?"), sum(1 for target in targets if target.count("-") >= 3), len(set(targets)))
    return (*(float(count * step) for count in counts), float(len(anchors)))
