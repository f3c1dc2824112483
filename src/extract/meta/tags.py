"""Head tags: OpenGraph, Twitter cards, Dublin Core, `<meta name|itemprop>`, `<link rel>`.

One pass collects every `<meta>` and `<link>` by its lower-cased name; each field then reads
the names that carry it, most specific first.
"""
from __future__ import annotations

from collections import defaultdict

from lxml.etree import _Element as Element

from .dates import parse_date
from ..model import Metadata
from .strings import names_in, split_list, squash

_TITLE = ("og:title", "headline", "twitter:title", "dc.title", "dcterms.title", "parsely-title", "sailthru.title", "title")
_AUTHOR = (
    "author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
    "citation_author", "byl", "og:article:author", "book:author", "creator",
)
_PUBLISHED = (
    "article:published_time", "og:article:published_time", "article:published",
    "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "dc.date.created",
    "citation_publication_date", "citation_date", "parsely-pub-date", "sailthru.date", "pubdate",
    "publish-date", "publish_date", "publishdate", "publication_date", "date", "release_date",
    "og:published_time", "article.published", "datepublished", "datecreated",
)
_MODIFIED = (
    "article:modified_time", "og:article:modified_time", "og:updated_time", "datemodified",
    "dcterms.modified", "dc.date.modified", "last-modified", "lastmod", "article.updated",
)
_SITE = ("og:site_name", "application-name", "apple-mobile-web-app-title", "publisher", "dc.publisher")
_DESCRIPTION = ("description", "og:description", "twitter:description", "dc.description")
_IMAGE = ("og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "image")
_LANGUAGE = ("content-language", "dc.language", "dcterms.language", "og:locale", "language")
_TAGS = ("article:tag", "og:article:tag", "parsely-tags", "news_keywords", "keywords", "sailthru.tags")
_SECTION = ("article:section", "og:article:section", "parsely-section", "category")


def _page_itemprop(element: Element) -> str | None:
    """An itemprop that is about the page; inside an itemscope it is microdata.py's business."""
    prop = element.get("itemprop")
    if prop and any(ancestor.get("itemscope") is not None for ancestor in element.iterancestors()):
        return None
    return prop


def collect_tags(elements: list[Element]) -> dict[str, list[str]]:
    """Every meta/link value by lower-cased name (`link:canonical` for `<link rel>`)."""
    found: dict[str, list[str]] = defaultdict(list)
    for element in elements:
        get = element.get
        if element.tag == "link":
            href = get("href")
            for rel in (get("rel") or "").lower().split():
                if href:
                    found["link:" + rel].append(href.strip())
            continue
        content = get("content")
        if content is None:
            continue
        content = content.strip()
        if not content:
            continue
        for key in (get("property"), get("name"), get("http-equiv"), _page_itemprop(element)):
            if key:
                found[key.strip().lower()].append(content)
    return found


def _first(found: dict[str, list[str]], names: tuple[str, ...]) -> str | None:
    for name in names:
        for value in found.get(name, ()):
            if value := squash(value):
                return value
    return None


def _first_date(found: dict[str, list[str]], names: tuple[str, ...] | list[str]) -> str | None:
    for name in names:
        for value in found.get(name, ()):
            if parsed := parse_date(value):
                return parsed
    return None


def _other_published(found: dict[str, list[str]]) -> str | None:
    """A date under a site's own name for it ("published", "x-publish-date")."""
    names = [name for name in found if "publish" in name and "publisher" not in name]
    return _first_date(found, names)


def _authors(found: dict[str, list[str]]) -> tuple[str, ...]:
    for name in _AUTHOR:
        values = [value for value in found.get(name, ()) if "://" not in value and not value.startswith("@")]
        if names := names_in(values):
            return names
    return ()


def _listed(found: dict[str, list[str]], names: tuple[str, ...]) -> tuple[str, ...]:
    for name in names:
        if values := found.get(name):
            return split_list(values)
    return ()


def read_tags(root: Element, elements: list[Element]) -> tuple[Metadata, str]:
    """What the page's `<meta>` and `<link>` elements (and its root's `lang`) declare, and
    its OpenGraph type ("article", "website", ...; "" when undeclared). The `<title>`
    element is title.py's business."""
    found = collect_tags(elements)
    language = root.get("lang") or root.get("xml:lang") or _first(found, _LANGUAGE)
    facts = Metadata(
        title=_first(found, _TITLE),
        authors=_authors(found),
        date_published=_first_date(found, _PUBLISHED) or _other_published(found),
        date_modified=_first_date(found, _MODIFIED),
        site_name=_first(found, _SITE),
        language=language,
        description=_first(found, _DESCRIPTION),
        canonical_url=_first(found, ("link:canonical", "og:url", "twitter:url")),
        image=_first(found, _IMAGE),
        tags=_listed(found, _TAGS),
        categories=_listed(found, _SECTION),
    )
    return facts, (_first(found, ("og:type",)) or "").lower()
