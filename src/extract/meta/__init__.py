"""Page metadata: title, authors, dates, site, language, description, URLs, image, tags.

The HTML engine calls `read_metadata` once on the freshly parsed tree, before cleaning
removes the head, scripts and bylines it reads; `without_bylines` (or `looks_like_byline`
and `looks_like_dateline`, line by line) keeps byline and date lines out of the body;
`apply_metadata` fills the Document. The plain-text engine has `text_metadata`.

Evidence is trusted in this order: JSON-LD article, meta tags, microdata, JSON-LD page
objects, then what is printed near the headline (bylines, dates). A person in the byline
beats the site credited as author; a date in the URL, the publisher's own calendar date,
beats every other date (structured ones are often in UTC); htmldate comes last.
"""
from __future__ import annotations

from collections.abc import Sequence

from lxml.etree import _Element as Element

from ..dom import by_tag
from ..model import Block, BlockKind, Document
from .byline import authors_near, is_byline
from .dateline import dates_near, guessed_date
from .dates import date_in_url, is_date_line, parse_date
from .header import headline_element, near_headline
from .jsonld import read_jsonld
from .language import declared_language, detect_language
from .microdata import read_microdata
from .record import FIELD_NAMES, Metadata, merged
from .tags import read_tags
from .text import names_in, squash
from .title import choose_title, names_site

__all__ = [
    "Metadata", "apply_metadata", "looks_like_byline", "looks_like_dateline", "read_metadata", "text_metadata",
    "without_bylines",
]
# What a byline or date line is printed as; many pages mark the dateline up as a small heading.
_LINE_KINDS = (BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.LIST_ITEM, BlockKind.HEADING)


def read_metadata(tree: Element, url: str | None = None, source: str | None = None) -> Metadata:
    """Everything the page says about itself, best evidence first (see the module doc).

    `source`, the markup the tree was parsed from, lets a reader that would search the
    whole tree skip the search when the markup cannot hold what it looks for.
    """
    root = tree.getroottree().getroot()
    marked = by_tag(root, ("script", "meta", "link", "title", "h1"))
    article, page = read_jsonld(marked["script"])
    tags, page_type = read_tags(root, marked["meta"] + marked["link"])
    found = merged(article, tags)
    if not (found.authors and found.date_published) and (source is None or "itemscope" in source):
        found = merged(found, read_microdata(root))
    found = merged(found, page)
    found.body = article.body
    page_url = url or found.canonical_url or found.url
    title = marked["title"][0] if marked["title"] else None
    found.title = choose_title(title, marked["h1"], [article.title, found.title, page.title], found.site_name,
                               page_url, page_type)
    nearby: list[Element] | None = None
    no_person = all(names_site(name, found.site_name, page_url) for name in found.authors)  # True if none
    if no_person or not found.date_published:
        nearby = near_headline(root, headline_element(marked["h1"], found.title))
    if no_person and nearby is not None:
        found.authors = authors_near(nearby) or found.authors
    if not found.date_published and nearby is not None:
        published, modified = dates_near(nearby)
        found.date_published = published
        found.date_modified = found.date_modified or modified
    found.date_published = date_in_url(page_url) or found.date_published
    # A page that states only when it was updated was published by then (htmldate's rule too).
    found.date_published = found.date_published or found.date_modified
    if not found.date_published and page_type == "article":
        found.date_published = guessed_date(root, url)
    found.language = declared_language(found.language)
    found.url = url or found.url
    return found


def without_bylines(blocks: list[Block], metadata: Metadata, edge: int = 6) -> list[Block]:
    """The body without the byline and date lines among its first and last `edge` blocks
    (where pages print them); the facts themselves are in the metadata."""
    last = len(blocks) - edge
    return [
        block for index, block in enumerate(blocks)
        if not ((index < edge or index >= last) and block.kind in _LINE_KINDS
                and (looks_like_byline(block.text, metadata) or looks_like_dateline(block.text, metadata)))
    ]


def looks_like_byline(text: str, metadata: Metadata) -> bool:
    """Whether a body line only names the author (and maybe the date): it goes to metadata."""
    return is_byline(squash(text), metadata.authors)


def looks_like_dateline(text: str, metadata: Metadata) -> bool:
    """Whether a body line only says when the piece was published or updated."""
    return is_date_line(squash(text))


def text_metadata(lines: Sequence[str], head: int = 8) -> tuple[Metadata, frozenset[int]]:
    """Title, byline and date lines at the top of a plain-text page, and which lines they were.

    The first line is the title when it is short and not a sentence; byline and date lines
    are looked for among the first `head` non-empty lines.
    """
    found = Metadata()
    used: set[int] = set()
    seen = 0
    for index, line in enumerate(lines):
        text = squash(line)
        if not text:
            continue
        seen += 1
        if seen > head:
            break
        if seen == 1 and len(text) <= 150 and not text.endswith((".", "!", ";", ",")):
            found.title = text
        elif not found.authors and is_byline(text, []):
            found.authors = names_in([text.split("|")[0]])
            found.date_published = found.date_published or parse_date(text)
        elif not found.date_published and is_date_line(text):
            found.date_published = parse_date(text)
        else:
            continue
        used.add(index)
    return found, frozenset(used)


def apply_metadata(document: Document, metadata: Metadata, detect: bool = True) -> Document:
    """Copy the facts onto the Document; detect the language from the body when undeclared
    (and asked to)."""
    for name in FIELD_NAMES:
        value = getattr(metadata, name)
        if value and not getattr(document, name):
            setattr(document, name, value)
    if not document.language and detect:
        document.language = detect_language(document.text)
    return document
