"""Every knob of the tool in one frozen dataclass, passed down the pipeline: no globals."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from pathlib import Path


class InputFormat(StrEnum):
    """How a page is read: `auto` decides from its content (a few real tags make it HTML)."""

    AUTO = "auto"
    HTML = "html"
    TEXT = "text"


class OutputFormat(StrEnum):
    """What is written: the body as text or Markdown, or the whole Document as JSON / a JSONL line."""

    TEXT = "text"
    MARKDOWN = "markdown"
    JSON = "json"
    JSONL = "jsonl"
    PARQUET = "parquet"  # sharded jobs (--parts) only: one Parquet file per shard


class Favor(StrEnum):
    """Which error the extractor would rather make when the evidence is thin."""

    PRECISION = "precision"
    BALANCED = "balanced"
    RECALL = "recall"


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """How URLs are fetched: politeness, time and retry limits, and where responses are kept.

    The body limit is Options.max_bytes, the one size limit for every input. `delay` is the
    least time between two page requests to one host (robots.txt is fetched once, unpaced).
    A 429/503's Retry-After longer than `max_retry_after` ends the retries instead of
    stalling the batch.
    """

    concurrency: int = 16
    per_host: int = 2
    delay: float = 1.0
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    retries: int = 2
    backoff: float = 0.5
    max_retry_after: float = 120.0
    max_redirects: int = 10
    user_agent: str | None = None
    robots: bool = True
    save_html: Path | None = None
    cache_dir: Path | None = None
    warc_out: Path | None = None


class Engine(StrEnum):
    """What runs a batch's pages: local worker processes, or a Dask cluster."""

    PROCESSES = "processes"
    DASK = "dask"


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """How many pages are run at once and what a batch does beyond each page.

    `workers` None means one per CPU. `page_timeout` bounds reading plus extracting one
    page (seconds); a page past it becomes an error record. `glob` chooses the files a
    folder contributes (all files when empty). `dedup` drops exact and near-duplicate
    documents; `learn_boilerplate` drops blocks that recur across many pages of one site.
    `keep_skipped` writes a record for inputs that hold no page (an archive's images),
    which are otherwise only counted. `scheduler` is a Dask scheduler address (tcp://HOST:PORT); without it the Dask engine
    starts a LocalCluster. `output_dir` writes one file per input instead of a JSONL stream.
    `min_confidence` replaces documents whose confidence is lower by a record saying so
    (plain-text pages have no confidence and are kept).
    """

    workers: int | None = None
    page_timeout: float = 60.0
    glob: tuple[str, ...] = ()
    resume: bool = False
    dedup: bool = False
    learn_boilerplate: bool = False
    engine: Engine = Engine.PROCESSES
    scheduler: str | None = None
    output_dir: Path | None = None
    quiet: bool = False
    keep_skipped: bool = False
    min_confidence: float | None = None


@dataclass(frozen=True, slots=True)
class DiscoverOptions:
    """Where article URLs come from besides the inputs, and how multi-page articles are read.

    `feeds` (RSS, Atom, JSON Feed) and `sitemaps` (a sitemap, a sitemap index, or a
    robots.txt / site root whose `Sitemap:` lines name them) expand to article URLs, which
    are then kept when dated on or after `since` (undated ones go: they cannot be shown to
    be new), on the host of the feed or sitemap that listed them (`same_site`), matching
    the regular expression `url_filter`, and up to `max_urls` in all. `follow_pages` is
    the most pages one article is read from (1: the page given only); see discover/pages.py.
    """

    feeds: tuple[str, ...] = ()
    sitemaps: tuple[str, ...] = ()
    since: datetime | None = None
    same_site: bool = False
    url_filter: str | None = None
    max_urls: int | None = None
    follow_pages: int = 1

    @property
    def expands(self) -> bool:
        """Whether any feed or sitemap is to be read."""
        return bool(self.feeds or self.sitemaps)


@dataclass(frozen=True, slots=True)
class Options:
    """How to read, extract and render a page.

    `detect_language` guesses the language of a page that does not declare one (py3langid:
    its model takes half a second to load, once per process); off, `Document.language` is
    what the page declares or None. The command line turns it off when nothing it writes
    shows the language. `timeout` bounds one `extract()` call in seconds (None: no limit):
    past it the call raises TimeoutExceeded (see deadline.py for what it can interrupt).
    """

    input_format: InputFormat = InputFormat.AUTO
    output_format: OutputFormat = OutputFormat.TEXT
    favor: Favor = Favor.BALANCED
    tables: bool = True
    comments: bool = False
    links: bool = False
    images: bool = False
    with_metadata: bool = False
    fields: tuple[str, ...] = ()
    detect_language: bool = True
    explain: bool = False
    max_bytes: int = 50_000_000
    timeout: float | None = None
    fetch: FetchOptions = field(default_factory=FetchOptions)
    batch: BatchOptions = field(default_factory=BatchOptions)
    discover: DiscoverOptions = field(default_factory=DiscoverOptions)
