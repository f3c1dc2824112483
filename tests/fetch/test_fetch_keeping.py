"""Keeping what was fetched: --cache-dir (a re-run needs no network), --save-html (files and
an index), --warc-out (a WARC that warcio reads back), and the fetch flags on the CLI."""
from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator

from extract.fetch import Fetcher
from extract.fetch.savedir import INDEX, safe_name
from extract.model import RawPage
from extract.options import Options

from fetch_site import ARTICLE, RUSSIAN, Site

PATHS = ["/page/a", "/moved", "/ru", "/bomb"]


def fetch_all(options: Options, site: Site) -> dict[str, object]:
    with Fetcher(options) as fetcher:
        return dict(fetcher.fetch_many(site.url(path) for path in PATHS))


def test_a_rerun_from_the_cache_needs_no_network(site: Site, quick: Callable[..., Options], tmp_path: Path) -> None:
    first = fetch_all(quick(cache_dir=tmp_path / "cache"), site)
    hits = dict(site.hits)
    again = fetch_all(quick(cache_dir=tmp_path / "cache"), site)
    pages = [url for url, page in first.items() if isinstance(page, RawPage)]
    assert len(pages) == 3
    for url in pages:
        assert again[url] == first[url], "the same bytes, headers and fetch time"
    for path in ["/page/a", "/moved", "/page/moved-here", "/ru"]:
        assert site.hits[path] == hits[path], f"{path} came from the cache"
    # A failure is not cached: the bomb is asked for again, and fails again.
    assert site.hits["/bomb"] == 2 and type(again[site.url("/bomb")]) is type(first[site.url("/bomb")])


def test_save_html_keeps_each_page_and_an_index(site: Site, quick: Callable[..., Options], tmp_path: Path) -> None:
    folder = tmp_path / "saved"
    fetch_all(quick(save_html=folder), site)
    fetch_all(quick(save_html=folder), site)  # a re-run replaces, and adds no index lines
    entries = [json.loads(line) for line in (folder / INDEX).read_text(encoding="utf-8").splitlines()]
    assert sorted(entry["url"] for entry in entries) == sorted(site.url(p) for p in ["/page/a", "/moved", "/ru"])
    by_url = {entry["url"]: entry for entry in entries}
    assert (folder / by_url[site.url("/ru")]["file"]).read_bytes() == RUSSIAN
    moved = by_url[site.url("/moved")]
    assert moved["final_url"] == site.url("/page/moved-here") and moved["status"] == 200
    assert (folder / moved["file"]).read_bytes() == ARTICLE


def test_safe_names() -> None:
    name = safe_name("http://example.org/../../etc/passwd?x=<script>", "text/html")
    assert "/" not in name and ".." not in name and name.endswith(".html")
    assert safe_name("http://example.org/a?b=1", "") != safe_name("http://example.org/a?b=2", "")
    assert safe_name("http://example.org/" + "x" * 500, "text/plain").endswith(".txt")
    assert len(safe_name("http://example.org/" + "x" * 500, "")) < 120


def test_warc_out(site: Site, quick: Callable[..., Options], tmp_path: Path) -> None:
    warc = tmp_path / "crawl.warc.gz"
    fetch_all(quick(warc_out=warc), site)
    with warc.open("rb") as stream:
        records = [(record.rec_type, record.rec_headers.get_header("WARC-Target-URI"),
                    record.http_headers.get_statuscode() if record.http_headers else None,
                    record.content_stream().read()) for record in ArchiveIterator(stream)]
    assert records[0][0] == "warcinfo"
    responses = {uri: (status, body) for kind, uri, status, body in records if kind == "response"}
    assert responses == {
        site.url("/page/a"): ("200", ARTICLE),
        site.url("/page/moved-here"): ("200", ARTICLE),
        site.url("/ru"): ("200", RUSSIAN),
    }


def test_the_cli_fetch_flags(site: Site, run_module, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    url = site.url("/private/report")
    refused = run_module(url)
    assert refused.code == 2 and "robots.txt" in refused.stderr
    result = run_module("--ignore-robots", "--user-agent", "corpus-builder/2.0", "--per-host-delay", "0",
                        "--concurrency", "4", "--save-html", tmp_path / "saved", "--cache-dir", tmp_path / "cache",
                        "--warc-out", tmp_path / "out.warc", url)
    assert result.code == 0, result
    assert "corpus-builder/2.0" in site.agents
    assert (tmp_path / "saved" / INDEX).is_file()
    assert any((tmp_path / "cache").rglob("*.json"))
    assert (tmp_path / "out.warc").stat().st_size > len(ARTICLE)
