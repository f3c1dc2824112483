"""read_metadata on small pages: each source of evidence, their order, and what is ignored."""
from __future__ import annotations

import json

from extract.html.parse import parse
from extract import Metadata
from extract.meta import read_metadata


def read(html: str, url: str | None = None) -> Metadata:
    root = parse(html)
    assert root is not None
    return read_metadata(root, url)[0]


def page(head: str = "", body: str = "", lang: str = "") -> str:
    return f"<!DOCTYPE html><html{lang}><head>{head}</head><body>{body}</body></html>"


def ld(data: object) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


ARTICLE = {
    "@context": "https://schema.org", "@type": "NewsArticle", "headline": "Rail yard becomes a flood park",
    "author": [{"@type": "Person", "name": "Rosa Achterberg"}, {"@type": "Person", "name": "Tom Eze"}],
    "datePublished": "2024-05-14T06:00:00+01:00", "dateModified": "2024-05-14T09:25:00Z",
    "publisher": {"@type": "Organization", "name": "The Courier"}, "inLanguage": "en-GB",
    "image": {"@type": "ImageObject", "url": "https://example.org/yard.jpg"},
    "keywords": "floods, parks", "articleSection": "Environment", "description": "A &amp; B",
}


def test_jsonld_article() -> None:
    meta = read(page(ld(ARTICLE) + "<title>Rail yard becomes a flood park | The Courier</title>"))
    assert meta.title == "Rail yard becomes a flood park"
    assert meta.authors == ("Rosa Achterberg", "Tom Eze")
    assert meta.date_published == "2024-05-14T06:00:00+01:00"
    assert meta.date_modified == "2024-05-14T09:25:00+00:00"
    assert (meta.site_name, meta.language, meta.image) == ("The Courier", "en", "https://example.org/yard.jpg")
    assert (meta.tags, meta.categories, meta.description) == (("floods", "parks"), ("Environment",), "A & B")


def test_jsonld_graph_resolves_references() -> None:
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": "#site", "name": "Garden Notes"},
        {"@type": "WebPage", "@id": "#page", "name": "Sowing beans | Garden Notes", "datePublished": "2023-03-01"},
        {"@type": "BlogPosting", "headline": "Sowing beans", "author": {"@id": "#ann"},
         "datePublished": "2023-03-02", "mainEntityOfPage": {"@id": "https://example.org/beans"}},
        {"@type": "Person", "@id": "#ann", "name": "Ann Lee"},
    ]}
    meta = read(page(ld(graph)))
    assert (meta.title, meta.authors, meta.date_published) == ("Sowing beans", ("Ann Lee",), "2023-03-02")
    assert (meta.site_name, meta.canonical_url) == ("Garden Notes", "https://example.org/beans")


def test_broken_jsonld_is_skipped() -> None:
    head = '<script type="application/ld+json">{"@type": "Article", oops</script><meta name="author" content="Jo Bloggs">'
    assert read(page(head)).authors == ("Jo Bloggs",)


def test_head_tags() -> None:
    head = """
    <title>Ignored when OpenGraph says more | Site</title>
    <meta property="og:title" content="Bridge design chosen">
    <meta property="og:site_name" content="Riverside News">
    <meta property="article:published_time" content="2024-02-03T10:00:00Z">
    <meta property="article:modified_time" content="2024-02-04">
    <meta property="article:author" content="https://example.org/people/kim">
    <meta name="author" content="Kim Park">
    <meta name="description" content="The footbridge vote is in.">
    <meta property="og:image" content="https://example.org/bridge.jpg">
    <meta property="og:url" content="https://example.org/bridge">
    <link rel="canonical" href="https://example.org/bridge-design">
    <meta property="article:tag" content="bridges"><meta property="article:tag" content="council">
    <meta property="article:section" content="Local">
    """
    meta = read(page(head, lang=' lang="en-US"'))
    assert (meta.title, meta.site_name, meta.authors) == ("Bridge design chosen", "Riverside News", ("Kim Park",))
    assert (meta.date_published, meta.date_modified) == ("2024-02-03T10:00:00+00:00", "2024-02-04")
    assert meta.canonical_url == "https://example.org/bridge-design"  # the canonical link beats og:url
    assert read(page(head.replace("canonical", "alternate"))).canonical_url == "https://example.org/bridge"
    assert (meta.tags, meta.categories, meta.language) == (("bridges", "council"), ("Local",), "en")
    assert meta.description == "The footbridge vote is in."


def test_dublin_core_and_page_itemprops() -> None:
    head = """<meta name="DC.title" content="Moss gardens"><meta name="DC.creator" content="Ida Berg">
    <meta name="DC.date.issued" content="2019-07-01"><meta itemprop="dateModified" content="2020-01-01">"""
    meta = read(page(head))
    assert (meta.title, meta.authors, meta.date_published, meta.date_modified) == (
        "Moss gardens", ("Ida Berg",), "2019-07-01", "2020-01-01")


def test_microdata_ignores_nested_comments() -> None:
    body = """<div itemscope itemtype="https://schema.org/DiscussionForumPosting">
      <h1 itemprop="headline">Best first telescope?</h1>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">stargazer</span></span>
      <meta itemprop="datePublished" content="2023-08-05T06:46:16-04:00">
      <div itemprop="comment" itemscope itemtype="https://schema.org/Comment">
        <span itemprop="author">replier</span><meta itemprop="datePublished" content="2023-08-07">
      </div></div>"""
    meta = read(page("<title>Forum</title>", body))
    assert (meta.title, meta.authors, meta.date_published) == (
        "Best first telescope?", ("stargazer",), "2023-08-05T06:46:16-04:00")


def test_visible_byline_and_time_next_to_the_headline() -> None:
    body = """<header><a href="/">The Gazette</a><span class="date">1 January 2020</span></header>
    <article><h1>Harbour wall repaired</h1>
    <div class="byline">By <a href="/staff/jane">Jane Doe</a> <span class="role">Senior reporter</span></div>
    <time datetime="2024-03-05T08:00:00+00:00">5 March 2024</time>
    <p>The harbour wall was repaired over the winter.</p></article>
    <aside><div class="comment"><span class="author">Troll</span></div></aside>"""
    meta = read(page("<title>Harbour wall repaired - The Gazette</title>", body))
    assert (meta.title, meta.authors, meta.date_published) == (
        "Harbour wall repaired", ("Jane Doe",), "2024-03-05T08:00:00+00:00")


def test_updated_line_gives_the_modified_date() -> None:
    body = "<h1>Tax guide</h1><p class='meta'>Last updated: July 9, 2025</p><p>Text of the guide.</p>"
    meta = read(page("<title>Tax guide</title>", body))
    assert meta.date_modified == "2025-07-09"
    assert meta.date_published == "2025-07-09"  # the only date the page states


def test_date_in_the_url_only_fills_in() -> None:
    """The URL never changes which date wins (issue 17): the page's own timestamp stays."""
    head = '<meta property="article:published_time" content="2025-12-19T02:41:41+00:00">'
    assert read(page(head), "https://example.org/2025/12/18/comfort-watches/").date_published == "2025-12-19T02:41:41+00:00"


def test_site_credited_as_author_gives_way_to_a_person() -> None:
    data = {"@type": "Article", "headline": "Meditation basics", "author": {"@type": "Organization", "name": "Calm Clinic"},
            "publisher": {"@type": "Organization", "name": "Calm Clinic"}}
    body = '<h1>Meditation basics</h1><p class="author-name">Holly Wilgus</p><p>Sit down.</p>'
    assert read(page(ld(data), body)).authors == ("Holly Wilgus",)


def test_reviews_and_placeholders_are_not_authors() -> None:
    product = {"@type": "Product", "name": "Kettle", "review": [{"@type": "Review", "author": {"@type": "Person", "name": "Kenneth S."},
                                                                   "datePublished": "2024-01-01"}]}
    meta = read(page(ld(product) + '<meta name="author" content="admin"><title>Kettle</title>', "<h1>Kettle</h1>"))
    assert meta.authors == ()
    assert meta.date_published is None


def test_title_prefers_a_confirmed_headline() -> None:
    head = '<title>Sowing beans in March - Garden Notes</title><meta property="og:site_name" content="Garden Notes">'
    body = "<h1>Garden Notes</h1><h1>Sowing beans in March</h1>"
    assert read(page(head, body)).title == "Sowing beans in March"


def test_slogan_of_a_landing_page_is_not_the_title() -> None:
    head = '<title>Data analytics services | Acme</title><meta property="og:type" content="website">'
    meta = read(page(head, "<h1>Intelligent analytics for everyone</h1>"), "https://www.acme.com/analytics")
    assert meta.title == "Data analytics services"


def test_article_headline_without_confirmation_is_the_title() -> None:
    head = '<title>Best espresso machines under $500 [2024] | Coffee Chronicler</title>'
    body = "<h1>Top espresso machine under $500: which one should you get?</h1>"
    assert read(page(head, body)).title == "Top espresso machine under $500: which one should you get?"


def test_entities_and_heading_anchors_are_cleaned() -> None:
    assert read(page(ld({"@type": "Article", "headline": "Renovation &#8211; costs &amp; returns"}))).title == (
        "Renovation – costs & returns")
    assert read(page("<title>Logging HOWTO — Docs</title>", "<h1>Logging HOWTO¶</h1>")).title == "Logging HOWTO"


def test_empty_page() -> None:
    meta = read(page())
    assert meta == Metadata()
