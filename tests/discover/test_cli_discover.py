"""--feed, --sitemap, --list-urls and --follow-pages through the real command line."""
from __future__ import annotations

import json

from discover_site import XML, article, paragraphs, serve_index, serve_story, urlset

FAST = ("--per-host-delay", "0")


def test_list_urls(cli, site) -> None:
    index = serve_index(site)
    result = cli("--sitemap", index, "--since", "2024-05-01", "--list-urls", *FAST)
    assert result.code == 0, result
    assert result.stdout.splitlines() == [site.url("/news/park.html"), site.url("/news/vote.html")]
    assert not [path for path in site.requests if path.startswith("/news/")]  # listed, not read


def test_list_urls_with_a_missing_sitemap(run_module, site) -> None:
    index = serve_index(site)
    result = run_module("--sitemap", site.url("/nowhere.xml"), "--sitemap", index, "--max-urls", "1", "--list-urls", *FAST)
    assert result.code == 2, result
    assert result.stdout.splitlines() == [site.url("/news/quay.html")]
    assert result.stderr_lines == [f"extract: error: {site.url('/nowhere.xml')}: HTTP 404"]


def test_feed_is_read_like_an_input_list(run_module, site, tmp_path) -> None:
    """Every URL a record, a feed that failed an error record; --resume reads no page again
    (and tries the broken sitemap again: error records are not done)."""
    index = serve_index(site)
    out = tmp_path / "docs.jsonl"
    args = ("--sitemap", index, "--sitemap", site.url("/broken.xml"), "--url-filter", "vote|park", "--output", out, *FAST)
    site.add("/broken.xml", b"<urlset><url>", content_type="application/xml")
    result = run_module(*args)
    assert result.code == 3, result
    records = [json.loads(line) for line in out.read_text().splitlines()]
    assert [record.get("title") for record in records] == ["Park", "Vote", None]
    assert records[2]["error"]["kind"] == "discover" and records[2]["source"] == site.url("/broken.xml")
    fetched = len(site.requests)
    again = run_module(*args, "--resume")
    assert again.code == 3 and "2 already done" in again.stderr, again
    assert not [path for path in site.requests[fetched:] if path.startswith("/news/")]


def test_nothing_new_is_no_error(run_module, site) -> None:
    index = serve_index(site)
    result = run_module("--sitemap", index, "--since", "2030-01-01", *FAST)
    assert result.code == 0, result
    assert result.stdout == "" and "no URL" in result.stderr


def test_follow_pages_single_url_json(run_module, site) -> None:
    url = serve_story(site)
    result = run_module("--format", "json", "--follow-pages", "3", url, *FAST)
    assert result.code == 0, result
    document = json.loads(result.stdout)
    assert document["pages"] == [url, site.url("/news/story-2.html"), site.url("/news/story-3.html")]
    assert document["text"].index("Page one") < document["text"].index("Page three")


def test_bad_usage(run_module, site) -> None:
    site.add("/a.html", article("A", paragraphs("A")), content_type="text/html")
    for args, hint in ((("--list-urls", site.url("/a.html")), "--list-urls"),
                       (("--feed", site.url("/f"), "--since", "last week"), "--since"),
                       (("--feed", site.url("/f"), "--url-filter", "(unclosed"), "--url-filter")):
        result = run_module(*args, *FAST)
        assert result.code == 2 and hint in result.stderr and "Traceback" not in result.stderr, result


def test_discovered_urls_obey_robots_txt_and_the_cache(run_module, site, tmp_path) -> None:
    """What a sitemap lists is fetched like --input-list: robots.txt is obeyed (a page it
    disallows is an error record, never requested) and --cache-dir serves a second run."""
    site.add("/robots.txt", b"User-agent: *\nDisallow: /private/\n", content_type="text/plain")
    site.add("/private/memo.html", article("Memo", paragraphs("Memo")), content_type="text/html")
    site.add("/news/quay.html", article("Quay", paragraphs("Quay")), content_type="text/html")
    index = site.add("/sitemap.xml", urlset([(site.url("/news/quay.html"), None), (site.url("/private/memo.html"), None)]),
                     content_type=XML)
    args = ("--sitemap", index, "--format", "jsonl", "--cache-dir", tmp_path / "cache", *FAST)
    result = run_module(*args)
    records = {record["source"]: record for record in map(json.loads, result.stdout.splitlines())}
    assert records[site.url("/news/quay.html")]["title"] == "Quay"
    assert records[site.url("/private/memo.html")]["error"]["kind"] == "robots"
    assert "/private/memo.html" not in site.requests
    fetched = len(site.requests)
    again = run_module(*args)
    assert again.stdout == result.stdout
    assert not [path for path in site.requests[fetched:] if path.startswith("/news/")]
