"""The values that travel through the pipeline: RawPage -> Page -> Extraction -> Document.

Every reader yields a RawPage, decoding makes a Page, each engine (HTML and plain text)
turns a Page into an Extraction (Blocks plus the facts the page states about itself), the
HTML engine's figures give the Assessment (how far to trust it; signals/), and
the API makes the one Document every renderer consumes. This module is the only
definition of those values: JSON fields, `--fields` and the JSON Schema are derived from
the dataclasses below, so adding a fact is one line here plus its reader. It imports
nothing of the package, so every layer may import it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any


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
    TABLE = "table"
    CAPTION = "caption"
    IMAGE = "image"


class Style(StrEnum):
    """Inline formatting a table cell keeps for renderers that can show it."""

    STRONG = "strong"
    EMPHASIS = "emphasis"
    CODE = "code"
    LINK = "link"


@dataclass(frozen=True, slots=True)
class Mark:
    """Formatting over `text[start:end]` of a cell (code points); links carry their url."""

    start: int
    end: int
    style: Style
    url: str = ""


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell. `text` keeps the cell's line breaks as newlines and its list items as
    lines laid out as plain text lays lists out ("- item", "1. item", nested ones indented)."""

    text: str
    header: bool = False
    colspan: int = 1
    rowspan: int = 1
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True, slots=True)
class Row:
    """One table row; `header` marks a header row (all <th>, or in <thead>)."""

    cells: tuple[Cell, ...]
    header: bool = False


@dataclass(frozen=True, slots=True)
class Image:
    """An image of the article: its absolute address, alt text and figure caption."""

    src: str
    alt: str = ""
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of article content, in document order.

    `level` is the heading level for headings (the article's top section heading is 2, its
    title being 1) and the nesting depth (1 = top) for list items; `ordered` marks items of
    numbered lists. A table is one block: `rows` holds its cells, `text` its rows as plain
    text ("cell | cell", one line each). An image block has no text, only `image`. `links`
    keeps (text, url) pairs for renderers that were asked for them.
    """

    kind: BlockKind
    text: str
    level: int = 0
    ordered: bool = False
    rows: tuple[Row, ...] = ()
    links: tuple[tuple[str, str], ...] = ()
    image: Image | None = None


def _doc(text: str) -> dict[str, str]:
    """A field's description, which the JSON Schema and `--help` show."""
    return {"doc": text}


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page says about itself besides its body: the one definition of each fact.

    Engines return what they read (HTML: JSON-LD, meta tags, microdata, bylines; text:
    the title, byline and date lines); the API completes it (language) once for both.
    Dates are ISO 8601 strings.
    """

    title: str | None = field(default=None, metadata=_doc("The article's headline."))
    authors: tuple[str, ...] = field(default=(), metadata=_doc("The people (or, failing them, the organisation) credited."))
    date_published: str | None = field(default=None, metadata=_doc("When it was published (ISO 8601 date or date-time)."))
    date_modified: str | None = field(default=None, metadata=_doc("When it was last updated (ISO 8601)."))
    site_name: str | None = field(default=None, metadata=_doc("The site or publication."))
    language: str | None = field(default=None, metadata=_doc("ISO 639-1 code: declared by the page, else detected from the body (when asked)."))
    description: str | None = field(default=None, metadata=_doc("The page's own summary."))
    canonical_url: str | None = field(default=None, metadata=_doc("The address the page declares as its own (canonical link, og:url, JSON-LD)."))
    image: str | None = field(default=None, metadata=_doc("The page's lead image URL."))
    tags: tuple[str, ...] = field(default=(), metadata=_doc("Keywords and tags."))
    categories: tuple[str, ...] = field(default=(), metadata=_doc("Sections and categories."))


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a page came from and how it was read: facts of the read, not of the text."""

    source: str | None = field(default=None, metadata=_doc("Where the page was read from: a path, `-` for standard input, a URL as given, or an archive record."))
    url: str | None = field(default=None, metadata=_doc("The page's address as given (a URL argument, a WARC record's target, the API's `url`); null otherwise."))
    final_url: str | None = field(default=None, metadata=_doc("Fetched pages: where the redirects ended; null otherwise."))
    http_status: int | None = field(default=None, metadata=_doc("Fetched pages: the HTTP status of the final response; null otherwise."))
    fetched_at: str | None = field(default=None, metadata=_doc("Fetched pages: when the response arrived (ISO 8601, UTC); null otherwise."))
    input_kind: PageKind = field(default=PageKind.HTML, metadata=_doc("Which engine read the page: `html` or `text`."))
    encoding: str | None = field(default=None, metadata=_doc("The character encoding the page was decoded from (bytes input only)."))
    pages: tuple[str, ...] = field(default=(), metadata=_doc("Multi-page articles (--follow-pages): the URLs read, in order; empty otherwise."))


class Status(StrEnum):
    """What a record is: every record of the JSON output carries one (`"status"`).

    `ok` a document with an article, `no_article` a document without one, `error` an input
    that could not be read or extracted, `duplicate` a document --dedup dropped,
    `low_confidence` a document --min-confidence dropped, `skipped` an input that holds no
    page to extract (an archive's image or redirect).
    """

    OK = "ok"
    NO_ARTICLE = "no_article"
    ERROR = "error"
    DUPLICATE = "duplicate"
    LOW_CONFIDENCE = "low_confidence"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class Failure:
    """Why an input gave no document: `kind` a short stable name, `message` for people."""

    kind: str = field(metadata=_doc("A short stable name of the cause: input, fetch stages, timeout, worker_died, not_html, http_status..."))
    message: str = field(metadata=_doc("The cause, as a sentence for people."))


class PageType(StrEnum):
    """What kind of page the extraction came from; each wants a different reading."""

    ARTICLE = "article"
    FORUM = "forum"
    PRODUCT = "product"
    DOCUMENTATION = "documentation"
    LISTING = "listing"
    COLLECTION = "collection"
    SERVICE = "service"
    OTHER = "other"


class Access(StrEnum):
    """Whether a reader without a subscription sees the whole text."""

    FREE = "free"
    PAYWALLED = "paywalled"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Assessment:
    """How far the extraction can be trusted: judged by the engine from the page's evidence,
    not stated by the page. See extract/signals/."""

    page_type: PageType | None = field(default=None, metadata=_doc("What kind of page this is: article, forum, product, documentation, listing, collection, service or other (HTML pages; null for plain text)."))
    page_type_probability: float | None = field(default=None, metadata=_doc("The page-type model's probability for `page_type`, in [0, 1]."))
    confidence: float | None = field(default=None, metadata=_doc("How good the extraction is likely to be, in [0, 1] (about: the expected word F1 of the body)."))
    access: Access = field(default=Access.UNKNOWN, metadata=_doc("`free`, `paywalled` (the page says so: JSON-LD isAccessibleForFree, paywall markup) or `unknown`."))
    truncated: bool = field(default=False, metadata=_doc("Whether the body looks like a teaser of a longer text."))
    truncation: str | None = field(default=None, metadata=_doc("Why the body looks truncated; null when it does not."))


@dataclass(frozen=True, slots=True)
class Decision:
    """What became of one candidate block: kept, or dropped by which stage and rule."""

    text: str
    kept: bool
    stage: str
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why the output is what it is (`--explain`): every candidate block's fate, and for
    HTML the reading chosen (article / short / listing) and the region with its score."""

    engine: PageKind
    decisions: tuple[Decision, ...] = ()
    reading: str | None = None
    region: str | None = None
    score: float | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """What an engine returns: the body, reader comments, the facts the page states about
    itself, and (when asked) why each candidate block was kept or dropped."""

    blocks: tuple[Block, ...] = ()
    comments: tuple[Block, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    explanation: Explanation | None = None


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
    """Decoded text of a page; its kind (which engine reads it), decided once, is part of
    its Origin."""

    text: str
    origin: Origin = field(default_factory=Origin)

    @property
    def kind(self) -> PageKind:
        return self.origin.input_kind

    @property
    def url(self) -> str | None:
        """The page's own address, which relative links resolve against: where the redirects
        ended for a fetched page, else the address given."""
        return self.origin.final_url or self.origin.url


def block_line(block: Block) -> str:
    """A block as plain text: list items indented and dashed, others as they read."""
    if block.kind is BlockKind.LIST_ITEM:
        return "  " * max(block.level - 1, 0) + "- " + block.text
    return block.text


def plain_text(blocks: Iterable[Block]) -> str:
    """Blocks as plain text: one per paragraph, separated by a blank line; items of one
    list on consecutive lines, as a reader would lay them out. Images have no text."""
    parts: list[str] = []
    previous: BlockKind | None = None
    for block in blocks:
        if block.kind is BlockKind.IMAGE:
            continue
        if parts:
            parts.append("\n" if block.kind is previous and previous is BlockKind.LIST_ITEM else "\n\n")
        parts.append(block_line(block))
        previous = block.kind
    return "".join(parts)


def _is_spaceless(char: str) -> bool:
    """Characters of scripts written without spaces between words, counted one by one."""
    code = ord(char)
    return (0x3040 <= code <= 0x30FF or 0x3400 <= code <= 0x4DBF or 0x4E00 <= code <= 0x9FFF
            or 0xF900 <= code <= 0xFAFF or 0x0E00 <= code <= 0x0E7F or 0x1000 <= code <= 0x109F)


def count_words(text: str) -> int:
    """Words as a reader counts them: runs between spaces, except that each character of a
    script written without spaces (Chinese, Japanese kana, Thai, Burmese) is one word."""
    total = 0
    for run in text.split():
        spaceless = sum(1 for char in run if _is_spaceless(char))
        if not spaceless:
            total += 1
            continue
        rest = "".join(" " if _is_spaceless(char) else char for char in run).split()
        total += spaceless + sum(1 for part in rest if any(c.isalnum() for c in part))
    return total


@dataclass(frozen=True, slots=True)
class Document:
    """The result of extracting one page: the article's blocks and what is known about it.

    Frozen: the API builds it once. The facts live in `metadata`, `origin` and
    `assessment`, and read as attributes of the Document too (`document.title`, `document.source`).
    """

    blocks: tuple[Block, ...] = ()
    comments: tuple[Block, ...] = ()
    metadata: Metadata = field(default_factory=Metadata)
    origin: Origin = field(default_factory=Origin)
    assessment: Assessment = field(default_factory=Assessment)
    explanation: Explanation | None = None

    def __getattr__(self, name: str) -> Any:
        for part in ("metadata", "origin", "assessment"):
            facts = object.__getattribute__(self, part)
            if name in type(facts).__dataclass_fields__:
                return getattr(facts, name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

    @property
    def text(self) -> str:
        """The body as plain text: blocks separated by a blank line."""
        return plain_text(self.blocks)

    @property
    def word_count(self) -> int:
        """Words of the body, counted per script (see count_words)."""
        return sum(count_words(block.text) for block in self.blocks)

    @property
    def found(self) -> bool:
        """Whether an article was found at all (the CLI's exit code 1 when not)."""
        return bool(self.blocks)
