"""What the discovery tests serve: article pages, sitemaps and feeds, built from a few
parameters so each test states only what it is about."""
from __future__ import annotations

import gzip

from extract.options import DiscoverOptions, Options
from support import LocalServer

XML = "application/xml"
NEWS_NS = 'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"'


def discovering(options: Options, **knobs: object) -> Options:
    """`options` with these DiscoverOptions (feeds=..., sitemaps=..., since=...)."""
    return Options(fetch=options.fetch, discover=DiscoverOptions(**knobs))  # type: ignore[arg-type]


def article(title: str, paragraphs: list[str], head: str = "", tail: str = "") -> bytes:
    """A page with a header, an <article> and a footer; `head` goes in <head>, `tail` after the article."""
    body = "".join(f"<p>{text}</p>" for text in paragraphs)
    return (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title>{head}</head>'
            f'<body><header><nav><a href="/">Home</a> <a href="/news/">News</a></nav></header>'
            f"<article><h1>{title}</h1>{body}</article>{tail}<footer>Contact us</footer></body></html>").encode()


def paragraphs(label: str, count: int = 3) -> list[str]:
    return [f"{label}, paragraph {n}: the harbour board met again on Tuesday and went through the plans "
            f"for the rail yard, the flood park and the new quay, one by one." for n in range(1, count + 1)]


def urlset(entries: list[tuple[str, str | None]], news: bool = False) -> bytes:
    """A sitemap of (url, date): the date as <lastmod>, or with `news` as news:publication_date."""
    rows = []
    for loc, date in entries:
        if news:
            extra = (f"<news:news><news:publication><news:name>Gazette</news:name><news:language>en</news:language>"
                     f"</news:publication><news:publication_date>{date}</news:publication_date>"
                     f"<news:title>A story</news:title></news:news>")
        else:
            extra = f"<lastmod>{date}</lastmod>" if date else ""
        rows.append(f"<url><loc>{loc}</loc>{extra}</url>")
    return (f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
            f'{NEWS_NS if news else ""}>{"".join(rows)}</urlset>').encode()


def sitemap_index(children: list[tuple[str, str | None]]) -> bytes:
    rows = "".join(f"<sitemap><loc>{loc}</loc>{f'<lastmod>{date}</lastmod>' if date else ''}</sitemap>"
                   for loc, date in children)
    return (f'<?xml version="1.0" encoding="UTF-8"?>'
            f'<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{rows}</sitemapindex>').encode()


def serve_index(site: LocalServer) -> str:
    """An index of a gzipped sitemap (two stories), a news sitemap (two) and an old sitemap
    (one, its lastmod in 2019), each story served; the index's URL."""
    story = site.url
    plain = urlset([(story("/news/quay.html"), "2024-03-01"), (story("/news/park.html"), "2024-05-02T08:00:00+00:00")])
    news = urlset([(story("/news/vote.html"), "2024-05-20T10:00:00Z"), (story("/news/rail.html"), "2024-04-01")],
                  news=True)
    site.add("/sitemaps/main.xml.gz", gzip.compress(plain), content_type="application/x-gzip")
    site.add("/sitemaps/news.xml", news, content_type=XML)
    site.add("/sitemaps/2019.xml", urlset([(story("/news/old.html"), "2019-01-01")]), content_type=XML)
    for name in ("quay", "park", "vote", "rail", "old"):
        site.add(f"/news/{name}.html", article(name.title(), paragraphs(name)), content_type="text/html")
    return site.add("/sitemap.xml", sitemap_index([
        (story("/sitemaps/main.xml.gz"), "2024-05-02"), (story("/sitemaps/news.xml"), None),
        (story("/sitemaps/2019.xml"), "2019-01-01"),
    ]), content_type=XML)


PAGER = '<nav class="pager"><a href="story.html">1</a> <a href="story-2.html">2</a> <a href="story-3.html">3</a></nav>'


def serve_story(site) -> str:
    """/news/story.html in three pages (rel=next and a pager); page 3's rel=next and a
    teaser lead to the next article, which must not be read."""
    site.add("/news/story.html", article("The long story", paragraphs("Page one"), head='<link rel="next" href="story-2.html">',
                                         tail=PAGER + '<a href="story-2.html">Next page</a>'), content_type="text/html")
    site.add("/news/story-2.html", article("The long story", paragraphs("Page two"),
                                           head='<link rel="prev" href="story.html"><link rel="next" href="/news/story-3.html">',
                                           tail=PAGER), content_type="text/html")
    site.add("/news/story-3.html", article("The long story", paragraphs("Page three"),
                                           head='<link rel="next" href="/news/other-story.html">',
                                           tail=PAGER + '<a rel="next" href="other-story.html">Next story</a>'),
             content_type="text/html")
    site.add("/news/other-story.html", article("Another story", paragraphs("Other")), content_type="text/html")
    return site.url("/news/story.html")
