"""Sitemaps -> the articles they list: urlsets, sitemap indexes, gzipped sitemaps, news
sitemaps, and the `Sitemap:` lines of robots.txt.

A `--sitemap` URL may name a sitemap, an index of sitemaps, or a site's robots.txt (or the
site root, which means its robots.txt), whose `Sitemap:` lines are where sites announce
them. Every file is fetched through the batch's Fetcher, so robots.txt rules, pacing and
the cache hold for sitemaps too; a gzipped sitemap arrives inflated (fetch/body.py). A
news sitemap's `news:publication_date` is the article's date, else `<lastmod>`. With
`--since`, an index's child whose `<lastmod>` is older is not even fetched: nothing in a
file last changed before that date can be newer.

Each file that fails (404, broken XML, not a sitemap) becomes its own FailedInput, so one
bad child of an index costs that child's URLs, not the index's.
"""
from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from lxml import etree
from protego import Protego

from ..errors import DiscoverError, ExtractError
from ..fetch import Fetcher
from ..sources.items import FailedInput
from .feeds import FEED_TYPES, read_feed
from .found import Found, parse_date

# Indexes may list indexes; sitemaps.org says they should not, so a deep chain is a loop.
_MAX_DEPTH = 3
# No entities, no DTD, nothing from the network: a sitemap is untrusted input.
# sitemaps.org allows RSS and Atom feeds as sitemaps; JSON is read as a JSON Feed.
_FEED_ROOTS = frozenset(("json", "rss", "feed", "RDF"))
_PARSER = etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


def read_sitemaps(fetcher: Fetcher, url: str, since: datetime | None) -> Iterator[Found | FailedInput]:
    """Everything `url` (sitemap, index, robots.txt or site root) lists, in file order."""
    seen: set[str] = set()
    if urlsplit(url).path in ("", "/", "/robots.txt"):
        robots = urljoin(url, "/robots.txt")
        try:
            children = _robots_sitemaps(fetcher, robots)
        except ExtractError as exc:
            yield FailedInput(robots, exc.kind, str(exc), robots)
            return
        for child in children:
            yield from _read(fetcher, child, since, 1, seen)
    else:
        yield from _read(fetcher, url, since, 0, seen)


def _robots_sitemaps(fetcher: Fetcher, robots: str) -> list[str]:
    page = fetcher.fetch(robots)
    sitemaps = list(Protego.parse(page.data.decode("utf-8", "replace")).sitemaps)
    if not sitemaps:
        raise DiscoverError(f"{robots}: no Sitemap: lines")
    return [urljoin(robots, line) for line in sitemaps]


def _read(fetcher: Fetcher, url: str, since: datetime | None, depth: int,
          seen: set[str]) -> Iterator[Found | FailedInput]:
    if url in seen:
        return
    seen.add(url)
    try:
        page = fetcher.fetch(url, also=FEED_TYPES)
        root = None if page.data.lstrip()[:1] == b"{" else _parse(page.data, url)
        name = "json" if root is None else etree.QName(root).localname
        feed = read_feed(page) if name in _FEED_ROOTS else None
    except ExtractError as exc:
        yield FailedInput(url, exc.kind, str(exc), url)
        return
    if feed is not None:
        yield from feed
    elif root is not None and name == "urlset":
        yield from _urls(root, url)
    elif root is not None and name == "sitemapindex" and depth < _MAX_DEPTH:
        for child in root.iterfind("{*}sitemap"):
            loc, lastmod = _text(child, "{*}loc"), parse_date(_text(child, "{*}lastmod"))
            if loc and not (since and lastmod and lastmod < since):
                yield from _read(fetcher, urljoin(url, loc), since, depth + 1, seen)
    else:
        message = f"{url}: not a sitemap (<{name}>)" if name != "sitemapindex" else f"{url}: indexes nested too deep"
        yield FailedInput(url, DiscoverError.kind, message, url)


def _parse(data: bytes, url: str) -> etree._Element:
    try:
        return etree.fromstring(data, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise DiscoverError(f"{url}: not a sitemap: broken XML: {exc}") from None


def _urls(root: etree._Element, url: str) -> Iterator[Found]:
    for entry in root.iterfind("{*}url"):
        if loc := _text(entry, "{*}loc"):
            date = parse_date(_text(entry, "{*}news/{*}publication_date")) or parse_date(_text(entry, "{*}lastmod"))
            yield Found(urljoin(url, loc), date, url)


def _text(element: etree._Element, path: str) -> str | None:
    text = element.findtext(path)
    return text.strip() if text else None
