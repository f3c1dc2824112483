"""Feeds and sitemaps -> the batch's inputs.

`find_inputs(options)` reads every `options.discover` feed and sitemap through one Fetcher
(robots.txt, pacing and the cache hold as for pages) and gives the batch its inputs: a
UrlInput per article URL kept by the filters (filters.py), a FailedInput per feed or
sitemap that could not be read, which the batch writes as an error record. It runs before
the batch, to the end, so that a listing's fetches never overlap the pages' and the batch
knows how many inputs it has.
"""
from __future__ import annotations

from collections.abc import Iterator

from ..errors import ExtractError
from ..fetch import Fetcher
from ..options import Options
from ..sources.items import FailedInput, UrlInput
from .feeds import FEED_TYPES, read_feed
from .filters import Filter
from .found import Found
from .sitemaps import read_sitemaps


def find_inputs(options: Options) -> list[UrlInput | FailedInput]:
    """The article URLs of every feed and sitemap, filtered, in listing order, each once;
    DiscoverError at once for a bad --url-filter."""
    keep = Filter(options.discover)
    inputs: list[UrlInput | FailedInput] = []
    with Fetcher(options) as fetcher:
        for item in _listed(fetcher, options):
            if isinstance(item, FailedInput):
                inputs.append(item)
            elif keep(item):
                inputs.append(UrlInput(item.url))
            if keep.full:
                break  # stops reading: the next feeds and sitemaps are never fetched
    return inputs


def _listed(fetcher: Fetcher, options: Options) -> Iterator[Found | FailedInput]:
    for url in options.discover.feeds:
        try:
            yield from read_feed(fetcher.fetch(url, also=FEED_TYPES))
        except ExtractError as exc:
            yield FailedInput(url, exc.kind, str(exc), url)
    for url in options.discover.sitemaps:
        yield from read_sitemaps(fetcher, url, options.discover.since)
