"""Which listed URLs a run reads: --since, --same-site, --url-filter, --max-urls, each once.

Feeds and sitemaps overlap (a story in the news sitemap, the main sitemap and two section
feeds), so a URL is taken the first time it is listed and never again: the batch would
otherwise fetch it, and write its record, once per listing.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

from ..errors import DiscoverError
from ..options import DiscoverOptions
from .found import Found


class Filter:
    """Call with each Found in listing order; `full` once --max-urls have been kept."""

    def __init__(self, options: DiscoverOptions) -> None:
        self.options = options
        try:
            self.pattern = re.compile(options.url_filter) if options.url_filter else None
        except re.error as exc:
            raise DiscoverError(f"--url-filter {options.url_filter!r}: not a regular expression: {exc}") from None
        self.kept: set[str] = set()

    @property
    def full(self) -> bool:
        return self.options.max_urls is not None and len(self.kept) >= self.options.max_urls

    def __call__(self, found: Found) -> bool:
        """Whether to read `found`; a URL kept is remembered, so it is kept only once."""
        since = self.options.since
        if self.full or found.url in self.kept:
            return False
        if since and (found.date is None or found.date < since):
            return False
        if self.options.same_site and site(found.url) != site(found.origin):
            return False
        if self.pattern and not self.pattern.search(found.url):
            return False
        self.kept.add(found.url)
        return True


def site(url: str) -> str:
    """The host a URL is on, `www.` aside: example.org and www.example.org are one site."""
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:  # a malformed IPv6 host
        return ""
    return host.removeprefix("www.")
