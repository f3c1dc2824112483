"""Feeds against a local site: RSS, Atom and JSON Feed, --since, the other filters, and
feeds that cannot be read."""
from __future__ import annotations

import json
from datetime import UTC, datetime

from discover_site import discovering, urlset
from extract.discover.listing import find_inputs
from extract.sources.items import FailedInput, UrlInput

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Gazette</title><link>{base}/</link><description>News</description>
<item><title>Vote</title><link>{base}/news/vote.html</link><pubDate>Mon, 20 May 2024 10:00:00 +0000</pubDate></item>
<item><title>Rail</title><link>{base}/news/rail.html</link><pubDate>Mon, 01 Apr 2024 09:00:00 GMT</pubDate></item>
<item><title>Wire</title><link>https://wire.example/story/1</link><pubDate>Tue, 21 May 2024 07:00:00 GMT</pubDate></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="{base}/"><title>Gazette</title><id>urn:gazette</id>
<updated>2024-05-21T00:00:00Z</updated>
<entry><title>Park</title><id>urn:1</id><link rel="alternate" href="news/park.html"/>
<published>2024-05-02T08:00:00Z</published><updated>2024-05-03T08:00:00Z</updated></entry>
<entry><title>Quay</title><id>urn:2</id><link href="{base}/news/quay.html"/><updated>2024-03-01T00:00:00Z</updated></entry>
</feed>"""


def listed(found: list[UrlInput | FailedInput]) -> list[str]:
    return [item.url for item in found if isinstance(item, UrlInput)]


def serve_feeds(site) -> tuple[str, str]:
    rss = site.add("/feed.rss", RSS.format(base=site.base).encode(), content_type="application/rss+xml")
    atom = site.add("/feed.atom", ATOM.format(base=site.base).encode(), content_type="application/atom+xml")
    return rss, atom


def test_rss_and_atom(site, options) -> None:
    rss, atom = serve_feeds(site)
    found = find_inputs(discovering(options, feeds=(rss, atom)))
    assert listed(found) == [site.url("/news/vote.html"), site.url("/news/rail.html"), "https://wire.example/story/1",
                             site.url("/news/park.html"), site.url("/news/quay.html")]


def test_since_by_entry_date(site, options) -> None:
    rss, atom = serve_feeds(site)
    found = find_inputs(discovering(options, feeds=(rss, atom), since=datetime(2024, 5, 1, tzinfo=UTC)))
    assert listed(found) == [site.url("/news/vote.html"), "https://wire.example/story/1", site.url("/news/park.html")]


def test_same_site_url_filter_max_urls_and_each_url_once(site, options) -> None:
    rss, atom = serve_feeds(site)
    sitemap = site.add("/sitemap.xml", urlset([(site.url("/news/vote.html"), None), (site.url("/news/x.html"), None)]),
                       content_type="application/xml")
    found = find_inputs(discovering(options, feeds=(rss, atom), sitemaps=(sitemap,), same_site=True))
    assert "https://wire.example/story/1" not in listed(found)
    assert listed(found).count(site.url("/news/vote.html")) == 1
    found = find_inputs(discovering(options, feeds=(rss, atom), url_filter=r"/news/(park|quay)"))
    assert listed(found) == [site.url("/news/park.html"), site.url("/news/quay.html")]
    before = len(site.requests)
    found = find_inputs(discovering(options, feeds=(rss, atom), max_urls=2))
    assert listed(found) == [site.url("/news/vote.html"), site.url("/news/rail.html")]
    assert "/feed.atom" not in site.requests[before:]  # the second feed was never needed


def test_json_feed(site, options) -> None:
    feed = {"version": "https://jsonfeed.org/version/1.1", "title": "Gazette", "items": [
        {"id": "1", "url": "/news/vote.html", "date_published": "2024-05-20T10:00:00Z"},
        {"id": "2", "external_url": "https://wire.example/story/2"},
        {"id": "3"},
    ]}
    url = site.add("/feed.json", json.dumps(feed).encode(), content_type="application/feed+json")
    found = find_inputs(discovering(options, feeds=(url,)))
    assert listed(found) == [site.url("/news/vote.html"), "https://wire.example/story/2"]


def test_unreadable_feeds_are_error_items(site, options) -> None:
    broken = site.add("/broken.rss", b"<?xml version='1.0'?><rss><channel><title>x</tit", content_type="application/rss+xml")
    page = site.add("/page.html", b"<html><body><p>Just a page</p></body></html>", content_type="text/html")
    json_feed = site.add("/wrong.json", b'{"items": []}', content_type="application/json")
    missing = site.url("/missing.rss")
    found = find_inputs(discovering(options, feeds=(broken, page, json_feed, missing)))
    failures = {item.source: item for item in found if isinstance(item, FailedInput)}
    assert set(failures) == {broken, page, json_feed, missing}
    assert failures[broken].message.startswith(f"{broken}: not an RSS, Atom or JSON feed: ")
    assert failures[page].message.startswith(f"{page}: not an RSS, Atom or JSON feed")
    assert failures[json_feed].message.startswith(f"{json_feed}: JSON without a JSON Feed version")
    assert failures[missing].kind == "http_status"
