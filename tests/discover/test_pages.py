"""Multi-page articles against a local site: three pages stitched in order, each fetched
once, never into the next article; the page-number rules on their own."""
from __future__ import annotations

from dataclasses import replace

import pytest

import extract
from discover_site import article, discovering, paragraphs, serve_story
from extract.discover.pager import page_number
from extract.discover.pages import read_article
from extract.options import BatchOptions

def test_three_pages_stitched_in_order_each_fetched_once(site, options) -> None:
    url = serve_story(site)
    document = read_article(url, replace(discovering(options, follow_pages=5), detect_language=False))
    assert document.pages == (url, site.url("/news/story-2.html"), site.url("/news/story-3.html"))
    starts = [document.text.index(f"Page {n}, paragraph 1") for n in ("one", "two", "three")]
    assert starts == sorted(starts)
    assert document.text.count("Page two, paragraph 2") == 1
    assert document.title == "The long story"
    pages = [path for path in site.requests if path != "/robots.txt"]
    assert pages == ["/news/story.html", "/news/story-2.html", "/news/story-3.html"]


def test_follow_stops_at_the_most_pages(site, options) -> None:
    url = serve_story(site)
    document = read_article(url, discovering(options, follow_pages=2))
    assert document.pages == (url, site.url("/news/story-2.html"))
    assert "/news/story-3.html" not in site.requests


def test_numbered_pager_in_a_batch(site, options) -> None:
    pager = '<p class="pager"><a href="/guide/">1</a> <a href="/guide/2/">2</a> <a href="/guide/3/">3</a></p>'
    for path, label in (("/guide/", "First"), ("/guide/2/", "Second"), ("/guide/3/", "Third")):
        site.add(path, article("A guide", paragraphs(label), tail=pager), content_type="text/html")
    batch = replace(discovering(options, follow_pages=10), batch=BatchOptions(workers=1))
    [result] = extract.extract_many([site.url("/guide/")], batch)
    assert result.document is not None and result.source == site.url("/guide/")
    assert result.document.pages == tuple(site.url(path) for path in ("/guide/", "/guide/2/", "/guide/3/"))
    assert sorted(site.requests).count("/guide/2/") == 1


@pytest.mark.parametrize(("url", "number"), [
    ("https://x.org/a/story.html", 1),
    ("https://x.org/a/story-2.html", 2),
    ("https://x.org/a/story_3.html", 3),
    ("https://x.org/a/story.html?page=4", 4),
    ("https://x.org/a/story/5/", None),  # not the first page's form (story.html)
    ("https://x.org/a/other-story.html", None),
    ("https://x.org/a/story-2.html?ref=home", None),
    ("https://y.org/a/story-2.html", None),
])
def test_page_number(url: str, number: int | None) -> None:
    assert page_number(url, "https://x.org/a/story.html") == number


def test_page_number_slugs_ending_in_digits_and_section_fronts() -> None:
    assert page_number("https://x.org/covid-19/2/", "https://x.org/covid-19/") == 2
    assert page_number("https://x.org/covid-20", "https://x.org/covid-19") is None
    assert page_number("https://x.org/page/2/", "https://x.org/") is None
    assert page_number("https://x.org/news/?p=2&lang=en", "https://x.org/news/?lang=en") == 2
