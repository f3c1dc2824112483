"""Addresses in the page made absolute, once, where the page's own address is known;
and the page's own address printed as text, which is a permalink widget, not prose.

Relative `href`s and image addresses mean something only against the page they are on:
`<base href>` when the page declares one (itself relative to the page), else the page's
URL, else the canonical URL it declares (a saved page knows no URL of its own). The engine
rewrites the tree's addresses before reading blocks, so blocks, tables and renderers all
see the same absolute ones and none of them resolves anything again.
"""
from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urljoin, urlsplit

from lxml import etree

from ..model import Block


def _absolute(url: str | None) -> str:
    """The URL when it can anchor others (it has a scheme and a host), else ""."""
    parts = urlsplit(url or "")
    return url or "" if parts.scheme in ("http", "https") and parts.netloc else ""


def page_base(root: etree._Element, url: str | None, canonical: str | None) -> str:
    """What relative addresses resolve against: <base href> (against the page's own
    address), the page URL, or the canonical URL; "" when nothing is known."""
    own = _absolute(url) or _absolute(canonical)
    for base in root.iter("base"):
        if href := (base.get("href") or "").strip():
            return urljoin(own, href)
    return own


def resolve_links(root: etree._Element, base: str) -> None:
    """Make every link's `href` absolute against `base` (fragments, mailto: and
    javascript: ones come out as urljoin leaves them)."""
    if not base:
        return
    for link in root.iter("a"):
        if href := (link.get("href") or "").strip():
            link.set("href", urljoin(base, href))


def without_own_address(blocks: Sequence[Block], *addresses: str | None) -> list[Block]:
    """Drop the blocks whose whole text is the page's own address (its URL or the canonical
    one): a "copy this link" box or a print-only permalink. Other bare URLs are content
    (a reference, a download), so only the page's own goes."""
    own = {_key(address) for address in addresses if address}
    own.discard("")
    if not own:
        return list(blocks)
    return [block for block in blocks if not block.text or _key(block.text) not in own]


def _key(address: str) -> str:
    """An address as compared: without scheme, "www.", query-free trailing slash or case
    in the host; "" for text that is no single address."""
    address = address.strip()
    if not address.startswith(("http://", "https://", "www.")) or any(c.isspace() for c in address):
        return ""
    parts = urlsplit(address if "://" in address else "//" + address)
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}{'?' + parts.query if parts.query else ''}"
