"""The values that travel through the pipeline: RawPage -> Page -> Blocks -> Document.

Every reader yields a RawPage, decoding makes a Page, both engines (HTML and plain text)
produce Blocks, and every renderer consumes a Document's Blocks. Keeping one currency
between the stages is what lets a newcomer follow a page from input to output.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class PageKind(StrEnum):
    """Which engine a page goes to."""

    HTML = "html"
    TEXT = "text"


class BlockKind(StrEnum):
    """What a block of the article is; renderers format each kind their own way."""

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CODE = "code"
    TABLE_ROW = "table_row"
    CAPTION = "caption"


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of article content, in document order.

    `level` is the heading level (1-6) for headings and the nesting depth (1 = top) for list
    items. `cells` holds a table row's cells; `text` is then the cells joined for plain text.
    `ordered` marks items of numbered lists; `header` marks table header rows. `links` and
    `images` keep (text, url) / (alt, src) pairs for renderers that were asked for them.
    """

    kind: BlockKind
    text: str
    level: int = 0
    ordered: bool = False
    header: bool = False
    cells: tuple[str, ...] = ()
    links: tuple[tuple[str, str], ...] = ()
    images: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class RawPage:
    """What a reader produced, untouched: bytes plus where they came from.

    A fetched page also carries the fetch facts: `url` is the address asked for,
    `final_url` where the redirects ended (the page's own address, which relative links
    resolve against), `status` the HTTP status and `fetched_at` the UTC time (ISO 8601).
    `kind` is set when the reader knows which engine the page is for (a WET record is
    text, whatever it looks like); None lets decoding decide from the content.
    """

    data: bytes
    source: str
    url: str | None = None
    headers: dict[str, str] = field(default_factory=dict)
    final_url: str | None = None
    status: int | None = None
    fetched_at: str | None = None
    kind: PageKind | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """Decoded text of a page and its kind, decided once."""

    text: str
    kind: PageKind
    url: str | None = None
    encoding: str | None = None


@dataclass(slots=True)
class Document:
    """The result of extracting one page: the article's blocks and what is known about it."""

    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date_published: str | None = None
    date_modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    comments: list[Block] = field(default_factory=list)
    source: str | None = None
    input_kind: PageKind = PageKind.HTML
    encoding: str | None = None
    final_url: str | None = None
    status: int | None = None
    fetched_at: str | None = None
    pages: list[str] = field(default_factory=list)  # URLs read, when stitched by extract.discover.pages

    @property
    def text(self) -> str:
        """The body as plain text: one block per paragraph, blocks separated by a blank line."""
        from .render.text import blocks_to_text

        return blocks_to_text(self.blocks)

    @property
    def word_count(self) -> int:
        return sum(len(block.text.split()) for block in self.blocks)

    @property
    def found(self) -> bool:
        """Whether an article was found at all (the CLI's exit code 1 when not)."""
        return bool(self.blocks)
