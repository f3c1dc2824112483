"""Sitemaps against a local site: an index with a gzipped child and a news sitemap,
--since (by publication date, and old children never fetched), robots.txt Sitemap: lines,
and the files that cannot be read, each an error item naming why."""
from __future__ import annotations

from datetime import UTC, datetime

from discover_site import XML, discovering, serve_index, urlset
from extract.discover.listing import find_inputs
from extract.sources.items import FailedInput, UrlInput


def urls(inputs: list[UrlInput | FailedInput]) -> list[str]:
    return [item.url for item in inputs if isinstance(item, UrlInput)]


def test_index_with_gzipped_child_and_news_sitemap(site, options) -> None:
    index = serve_index(site)
    found = find_inputs(discovering(options, sitemaps=(index,)))
    assert urls(found) == [site.url(f"/news/{name}.html") for name in ("quay", "park", "vote", "rail", "old")]
    assert not [item for item in found if isinstance(item, FailedInput)]


def test_since_keeps_newer_urls_and_skips_older_children(site, options) -> None:
    index = serve_index(site)
    since = datetime(2024, 5, 1, tzinfo=UTC)
    found = find_inputs(discovering(options, sitemaps=(index,), since=since))
    # quay (lastmod 2024-03-01) and rail (news date 2024-04-01) are older; old.html's
    # sitemap has a lastmod of 2019 in the index, so it is not even fetched.
    assert urls(found) == [site.url("/news/park.html"), site.url("/news/vote.html")]
    assert "/sitemaps/2019.xml" not in site.requests


def test_robots_txt_sitemap_lines(site, options) -> None:
    serve_index(site)
    site.add("/robots.txt", f"User-agent: *\nDisallow: /private/\nSitemap: {site.url('/sitemap.xml')}\n".encode(),
             content_type="text/plain")
    for start in (site.url("/robots.txt"), site.url("/")):
        found = find_inputs(discovering(options, sitemaps=(start,), max_urls=2))
        assert urls(found) == [site.url("/news/quay.html"), site.url("/news/park.html")]


def test_robots_txt_without_sitemaps_is_an_error_item(site, options) -> None:
    site.add("/robots.txt", b"User-agent: *\nDisallow:\n", content_type="text/plain")
    [failed] = find_inputs(discovering(options, sitemaps=(site.url("/"),)))
    assert isinstance(failed, FailedInput) and failed.kind == "discover"
    assert failed.message == f"{site.url('/robots.txt')}: no Sitemap: lines"


def test_unreadable_sitemaps_are_error_items_and_the_rest_is_read(site, options) -> None:
    good = site.add("/good.xml", urlset([(site.url("/a.html"), None)]), content_type=XML)
    broken = site.add("/broken.xml", b"<?xml version='1.0'?><urlset><url><loc>http://x/", content_type=XML)
    html = site.add("/soft-404.xml", b"<html><body><p>Page not found</p></body></html>", content_type="text/html")
    missing = site.url("/missing.xml")
    found = find_inputs(discovering(options, sitemaps=(missing, broken, html, good)))
    failures = {item.source: item for item in found if isinstance(item, FailedInput)}
    assert urls(found) == [site.url("/a.html")]
    assert failures[missing].kind == "http_status" and "HTTP 404" in failures[missing].message
    assert failures[broken].kind == "discover" and "broken XML" in failures[broken].message
    assert failures[html].message == f"{html}: not a sitemap (<html>)"
    assert all("\n" not in item.message for item in failures.values())
