"""The values one page becomes along the pipeline: RawPage -> Page -> Extraction -> Document,
and the explanation of an extraction (--explain)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .blocks import Block, plain_text, count_words
from .facts import Assessment, Metadata, Origin, PageKind


@dataclass(frozen=True, slots=True)
class Decision:
    """What became of one candidate block: kept, or dropped by which stage and rule.

        >>> document = extract("<html><body><article><p>" + "The council voted. " * 30 + "</p></article></body></html>", options=Options(explain=True))
        >>> document.explanation.decisions[0].kept
        True
    """

    text: str
    kept: bool
    stage: str
    rule: str = ""


@dataclass(frozen=True, slots=True)
class Explanation:
    """Why the output is what it is (`--explain`): every candidate block's fate, and for
    HTML the reading chosen (article / short / listing) and the region with its score.

        >>> document = extract("<html><body><article><p>" + "The council voted. " * 30 + "</p></article></body></html>", options=Options(explain=True))
        >>> document.explanation.engine, document.explanation.region
        (<PageKind.HTML: 'html'>, '/html/body/article')
    """

    engine: PageKind
    decisions: tuple[Decision, ...] = ()
    reading: str | None = None
    region: str | None = None
    score: float | None = None


@dataclass(frozen=True, slots=True)
class Extraction:
    """What an engine returns: the body, reader comments, the facts the page states about
    itself, and (when asked) why each candidate block was kept or dropped.

        >>> Extraction(blocks=(Block(BlockKind.PARAGRAPH, "The council voted."),)).metadata.title is None
        True
    """

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

        >>> extract_raw(RawPage(b"<p>" + b"The council voted for the park. " * 20 + b"</p>", source="memory")).found
        True
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


@dataclass(frozen=True, slots=True)
class Document:
    """The result of extracting one page: the article's blocks and what is known about it.

    Frozen: the API builds it once. The facts live in `metadata`, `origin` and
    `assessment`, and read as attributes of the Document too (`document.title`, `document.source`).

        >>> page = "<title>Flood park</title><p>" + "The council voted for the new park. " * 20 + "</p>"
        >>> document = extract(page, url="https://news.test/flood-park")
        >>> document.found, document.title, document.word_count, document.url
        (True, 'Flood park', 140, 'https://news.test/flood-park')
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
