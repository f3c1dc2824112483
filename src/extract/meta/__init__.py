"""Page metadata: title, authors, dates, site, language, description, URLs, image, tags.

The HTML engine calls `read_metadata` once on the freshly parsed tree, before cleaning
removes the head, scripts and bylines it reads; `without_bylines` (or `looks_like_byline`
and `looks_like_dateline`, line by line) keeps byline and date lines out of the body. The
plain-text engine calls `text_metadata` on its first lines. `completed` is the one step the
API takes for both: the language, declared or detected.

Evidence is trusted in this order: JSON-LD article, meta tags, microdata, JSON-LD page
objects, then what is printed near the headline (bylines, dates). A person in the byline
beats the site credited as author; a date in the URL, the publisher's own calendar date,
beats every other date (structured ones are often in UTC); htmldate comes last.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from lxml.etree import _Element as Element

from ..dom import by_tag
from ..model import Block, BlockKind, Metadata
from .byline import authors_near, is_byline
from .dateline import dates_near, guessed_date
from .dates import date_in_url, is_date_line, parse_date
from .header import headline_element, near_headline
from .jsonld import read_jsonld
from .language import declared_language, detect_language
from .microdata import read_microdata
from .record import merged
from .strings import names_in, squash
from .tags import read_tags
from .title import choose_title, names_site

__all__ = [
    "METADATA_TAGS", "Declared", "completed", "looks_like_byline", "looks_like_dateline", "read_metadata",
    "text_metadata", "without_bylines",
]
# The elements read_metadata reads by tag.
METADATA_TAGS = ("script", "meta", "link", "title", "h1")
# What a byline or date line is printed as; many pages mark the dateline up as a small heading.
_LINE_KINDS = (BlockKind.PARAGRAPH, BlockKind.CAPTION, BlockKind.LIST_ITEM, BlockKind.HEADING)
# Words a label before a byline or date line may have ("Publish date:", "Von:").
_LABEL_WORDS = 3
# OpenGraph types of a page that is one item, not a list of them.
_ONE_ITEM = ("article", "video", "product", "music", "book")


class Declared(NamedTuple):
    """What a page says about itself."""

    metadata: Metadata
    body: str | None  # the article text it declares (JSON-LD articleBody), which the engine cross-checks
    one_item: bool  # it declares itself one article, video or product (JSON-LD, og:type): not a listing


def read_metadata(tree: Element, url: str | None = None, source: str | None = None,
                  marked: dict[str, list[Element]] | None = None) -> Declared:
    """Everything the page says about itself, best evidence first (see the module doc).

    `source`, the markup the tree was parsed from, lets a reader that would search the
    whole tree skip the search when the markup cannot hold what it looks for. `marked` is
    the tree's elements of METADATA_TAGS (dom.by_tag), when the caller walked it already.
    """
    root = tree.getroottree().getroot()
    if marked is None:
        marked = by_tag(root, METADATA_TAGS)
    declared, page, body = read_jsonld(marked["script"])
    article = declared or Metadata()
    tags, page_type = read_tags(root, marked["meta"] + marked["link"])
    found = merged(article, tags)
    if not (found.authors and found.date_published) and (source is None or "itemscope" in source):
        found = merged(found, read_microdata(root))
    found = merged(found, page)
    page_url = url or found.canonical_url
    title = marked["title"][0] if marked["title"] else None
    found = replace(found, title=choose_title(title, marked["h1"], [article.title, found.title, page.title],
                                              found.site_name, page_url, page_type))
    authors, published, modified = found.authors, found.date_published, found.date_modified
    no_person = all(names_site(name, found.site_name, page_url) for name in authors)  # True if none
    if no_person or not published:
        nearby = near_headline(root, headline_element(marked["h1"], found.title))
        if no_person:
            authors = authors_near(nearby) or authors
        if not published:
            published, near_modified = dates_near(nearby)
            modified = modified or near_modified
    # The URL only fills in a missing date: it never outranks what the page itself states.
    published = published or date_in_url(page_url)
    # A page that states only when it was updated was published by then (htmldate's rule too).
    published = published or modified
    if not published and page_type == "article":
        published = guessed_date(root, url)
    found = replace(found, authors=authors, date_published=published, date_modified=modified,
                    language=declared_language(found.language))
    return Declared(found, body, declared is not None or page_type.startswith(_ONE_ITEM))


def without_bylines(blocks: Sequence[Block], metadata: Metadata, edge: int = 6) -> list[Block]:
    """The body without the byline and date lines among its first and last `edge` blocks
    of text (where pages print them; images do not count); the facts themselves are in
    the metadata. A short label just before such a line ("Publish date:") goes with it:
    without its value it says nothing, in any language."""
    texts = [index for index, block in enumerate(blocks) if block.kind is not BlockKind.IMAGE]
    edges = set(texts[:edge] + texts[max(len(texts) - edge, 0):])
    gone = {
        index for index in edges
        if blocks[index].kind in _LINE_KINDS
        and (looks_like_byline(blocks[index].text, metadata) or looks_like_dateline(blocks[index].text, metadata))
    }
    gone.update([index - 1 for index in gone if index - 1 in edges and _is_label(blocks[index - 1])])
    return [block for index, block in enumerate(blocks) if index not in gone]


def _is_label(block: Block) -> bool:
    """A few words ending in a colon, alone on their line: the name of the value that follows."""
    text = block.text.strip()
    return block.kind in _LINE_KINDS and text.endswith(":") and len(text.split()) <= _LABEL_WORDS


def looks_like_byline(text: str, metadata: Metadata) -> bool:
    """Whether a body line only names the author (and maybe the date): it goes to metadata."""
    return is_byline(squash(text), metadata.authors)


def looks_like_dateline(text: str, metadata: Metadata) -> bool:
    """Whether a body line only says when the piece was published or updated."""
    return is_date_line(squash(text))


def text_metadata(lines: Sequence[str], head: int = 8) -> tuple[Metadata, frozenset[int]]:
    """Title, byline and date lines at the top of a plain-text page, and which lines held
    the byline and the date (they leave the body; the title line is the engine's call).

    The first line is the title when it is short and not a sentence; byline and date lines
    are looked for among the first `head` non-empty lines.
    """
    title: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
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
            title = text
            continue
        if not authors and is_byline(text, ()):
            authors = names_in([text.split("|")[0]])
            published = published or parse_date(text)
        elif not published and is_date_line(text):
            published = parse_date(text)
        else:
            continue
        used.add(index)
    return Metadata(title=title, authors=authors, date_published=published), frozenset(used)


def completed(metadata: Metadata, body: str, detect: bool = True) -> Metadata:
    """The facts as the Document holds them: the language from the body when the page does
    not declare one (and detection is asked for)."""
    if metadata.language or not detect:
        return metadata
    return replace(metadata, language=detect_language(body))
