"""A fetched feed -> the articles it lists: RSS 0.9x-2.0, RDF, Atom (feedparser), JSON Feed.

feedparser reads RSS and Atom as they are found in the wild (wrong or missing encodings,
undeclared namespaces, the dozen date formats of real feeds) far better than a parser of
our own would, and it loads no external entities. It has no JSON Feed reader (6.0), so
JSON Feed, a small and strict format, is read with `json`. A body that is neither is an
error naming what went wrong, never an empty list: a mistyped URL must not look like a
quiet feed.
"""
from __future__ import annotations

import io
import json
from datetime import UTC, datetime
from time import struct_time
from typing import Any
from urllib.parse import urljoin

import feedparser

from ..errors import DiscoverError
from ..model import RawPage
from .found import Found, parse_date

# Content-Types feeds are served with, beyond the XML and text types pages may have.
FEED_TYPES = frozenset(("application/rss+xml", "application/atom+xml", "application/rdf+xml",
                        "application/feed+json", "application/json"))
_JSON_FEED = "https://jsonfeed.org/version/"


def read_feed(page: RawPage) -> list[Found]:
    """Every entry's link and date, in feed order; DiscoverError when it is no feed."""
    base = page.final_url or page.url or page.source
    if page.data.lstrip()[:1] == b"{":
        return _json_feed(page.data, base, page.source)
    parsed = feedparser.parse(io.BytesIO(page.data), response_headers={
        "content-location": base, "content-type": page.headers.get("content-type", "application/xml")})
    if not parsed.entries and (parsed.bozo or not parsed.version):  # an empty feed is fine, a broken one not
        why = f": {parsed.bozo_exception}" if parsed.bozo else ""
        raise DiscoverError(f"{page.source}: not an RSS, Atom or JSON feed{why}")
    found = []
    for entry in parsed.entries:
        if link := entry.get("link"):
            date = _struct_date(entry.get("published_parsed") or entry.get("updated_parsed"))
            found.append(Found(urljoin(base, link), date, page.source))
    return found


def _json_feed(data: bytes, base: str, source: str) -> list[Found]:
    try:
        feed: Any = json.loads(data)
    except ValueError as exc:
        raise DiscoverError(f"{source}: not a JSON feed: {exc}") from None
    if not isinstance(feed, dict) or not str(feed.get("version", "")).startswith(_JSON_FEED):
        raise DiscoverError(f"{source}: JSON without a JSON Feed version ({_JSON_FEED}...)")
    items = feed.get("items")
    found = []
    for item in items if isinstance(items, list) else []:
        link = item.get("url") or item.get("external_url") if isinstance(item, dict) else None
        if isinstance(link, str):
            date = parse_date(item.get("date_published") or item.get("date_modified"))
            found.append(Found(urljoin(base, link), date, source))
    return found


def _struct_date(value: struct_time | None) -> datetime | None:
    """feedparser's dates are UTC struct_times; None when the entry had none it could read."""
    return datetime(*value[:6], tzinfo=UTC) if value else None
