"""The facts about a page, each defined once: what it says about itself (Metadata), where it
came from (Origin), how far to trust its extraction (Assessment), and what a batch record is.
JSON fields, `--fields` and the JSON Schema are derived from these dataclasses."""
from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class PageKind(StrEnum):
    """Which engine a page goes to.

        >>> extract("<p>Shown as it is</p>", options=Options(input_format=InputFormat.TEXT)).origin.input_kind
        <PageKind.TEXT: 'text'>
    """

    HTML = "html"
    TEXT = "text"


def _doc(text: str) -> dict[str, str]:
    """A field's description, which the JSON Schema and `--help` show."""
    return {"doc": text}


@dataclass(frozen=True, slots=True)
class Metadata:
    """What a page says about itself besides its body: the one definition of each fact.

    Engines return what they read (HTML: JSON-LD, meta tags, microdata, bylines; text:
    the title, byline and date lines); the API completes it (language) once for both.
    Dates are ISO 8601 strings.

        >>> page = '<meta property="og:site_name" content="News Test"><p>' + "The council voted. " * 30 + "</p>"
        >>> extract(page).metadata.site_name
        'News Test'
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
    """Where a page came from and how it was read: facts of the read, not of the text.

        >>> extract("<p>" + "The council voted. " * 30 + "</p>", url="https://news.test/a").origin.url
        'https://news.test/a'
    """

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

        >>> Status("no_article") is Status.NO_ARTICLE
        True
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
    """What kind of page the extraction came from; each wants a different reading.

        >>> with open("samples/news-article.html", "rb") as page:
        ...     extract(page.read()).page_type
        <PageType.ARTICLE: 'article'>
    """

    ARTICLE = "article"
    FORUM = "forum"
    PRODUCT = "product"
    DOCUMENTATION = "documentation"
    LISTING = "listing"
    COLLECTION = "collection"
    SERVICE = "service"
    OTHER = "other"


class Access(StrEnum):
    """Whether a reader without a subscription sees the whole text.

        >>> extract("<html><body><article><p>" + "The council voted for the new park. " * 30 + "</p></article></body></html>").access
        <Access.UNKNOWN: 'unknown'>
    """

    FREE = "free"
    PAYWALLED = "paywalled"
    UNKNOWN = "unknown"


@dataclass(frozen=True, slots=True)
class Assessment:
    """How far the extraction can be trusted: judged by the engine from the page's evidence,
    not stated by the page. See extract/signals/.

        >>> assessment = extract("<html><body><article><p>" + "The council voted for the new park. " * 30 + "</p></article></body></html>").assessment
        >>> assessment.truncated, 0 <= assessment.confidence <= 1
        (False, True)
    """

    page_type: PageType | None = field(default=None, metadata=_doc("What kind of page this is: article, forum, product, documentation, listing, collection, service or other (HTML pages; null for plain text)."))
    page_type_probability: float | None = field(default=None, metadata=_doc("The page-type model's probability for `page_type`, in [0, 1]."))
    confidence: float | None = field(default=None, metadata=_doc("How good the extraction is likely to be, in [0, 1] (about: the expected word F1 of the body)."))
    access: Access = field(default=Access.UNKNOWN, metadata=_doc("`free`, `paywalled` (the page says so: JSON-LD isAccessibleForFree, paywall markup) or `unknown`."))
    truncated: bool = field(default=False, metadata=_doc("Whether the body looks like a teaser of a longer text."))
    truncation: str | None = field(default=None, metadata=_doc("Why the body looks truncated; null when it does not."))
