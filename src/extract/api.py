"""The pipeline for one page, and the package's doors: read -> decode -> engine -> Document -> render.

`read` turns any input into RawPages, `extract` / `extract_raw` make the Document (the one
place a Document is built: the engine's Extraction, completed metadata and the page's
Origin), and `render` writes it out. The command line uses nothing else.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

from .deadline import Expired, bounded
from .decode import page_kind, to_page
from .errors import InputError, TimeoutExceeded
from .html import analyse_html
from .meta import completed
from .signals import assess
from .model import Assessment, Document, Extraction, Origin, Page, PageKind, RawPage, plain_text
from .options import Options, OutputFormat
from .formats import explain_listing, render_as
from .sources import read_source
from .sources.files import read_bytes
from .text import extract_text


def extract(page: str | bytes, *, url: str | None = None, options: Options | None = None) -> Document:
    """Extract the article from a page given as text or as raw bytes (charset detected).

    Returns a Document whether or not an article was found: `document.found` is False when
    none was (its blocks are empty; its metadata may still be known). `url` is the page's
    address: relative links resolve against it and it is a date source; it never changes
    which engine reads the page.

    Raises InputError for input that is not a page (empty, binary, over `options.max_bytes`:
    bytes after gunzip; a str by its length in characters), TimeoutExceeded when the call
    takes longer than `options.timeout`. The tree is capped at libxml2's depth of 256.

        >>> extract("<html><body><article><p>" + "Words of an article. " * 30 + "</p></article></body></html>").found
        True
    """
    options = options or Options()
    if isinstance(page, bytes):
        return extract_raw(read_bytes(page, url or "<bytes>", options, url=url), options)
    if len(page) > options.max_bytes:
        raise InputError(f"{url or '<str>'}: input is larger than {options.max_bytes} characters")

    def work() -> Document:
        kind = page_kind(page, options.input_format)
        return run(Page(text=page, origin=Origin(source=url or "<str>", url=url, input_kind=kind)), options)

    return _in_time(work, options, url or "<str>")


def extract_raw(raw: RawPage, options: Options | None = None) -> Document:
    """Extract from what a reader produced (file, stdin, URL, archive record; see `read`)."""
    chosen = options or Options()
    return _in_time(lambda: run(to_page(raw, chosen.input_format), chosen), chosen, raw.source)


def extract_page(page: Page, options: Options) -> Document:
    """Extract a page already decoded (`decode.to_page`), within `options.timeout`: for a
    caller that needs the decoded text too (the batch's boilerplate learning), so the page
    is decoded once."""
    return _in_time(lambda: run(page, options), options, page.origin.source or "<page>")


def _in_time(work: Callable[[], Document], options: Options, source: str) -> Document:
    """Decoding and extraction within `options.timeout` (see deadline.py)."""
    try:
        return bounded(options.timeout, work)
    except Expired as exc:
        raise TimeoutExceeded(f"{source}: extraction {exc}") from None


def run(page: Page, options: Options) -> Document:
    """Send a decoded page to its engine, then complete its facts: the same for both engines."""
    assessment = Assessment()  # plain-text pages: no figures to judge by
    if page.kind is PageKind.HTML:
        extraction, evidence = analyse_html(page, options)
        if evidence is not None:
            assessment = assess(evidence, extraction, page.url)
    else:
        extraction = extract_text(page, options)
    body = plain_text(extraction.blocks)
    metadata = completed(extraction.metadata, body, options.detect_language)
    return Document(blocks=extraction.blocks, comments=extraction.comments, metadata=metadata,
                    origin=page.origin, assessment=assessment, explanation=extraction.explanation)


def read(source: str | Path, options: Options | None = None) -> Iterator[RawPage]:
    """Every page an input holds, untouched: a file (.html, .txt, .gz, .mhtml), `-` for standard
    input, an http(s) URL (fetched politely, see FetchOptions), a folder (walked in name
    order; `options.batch.glob` chooses files) or a WARC/WET archive (one page per record).

    Raises InputError / FetchError for an input that cannot be read; in a folder or archive,
    when the bad page is reached (use `extract_many` to get an error record and go on).

        >>> page = next(read("samples/news-article.html"))
    """
    from .sources.inputs import pages_of

    options = options or Options()
    spec = str(source)
    if is_single_page(spec):
        yield read_source(spec, options)
    else:
        yield from pages_of(spec, options)


def is_single_page(spec: str) -> bool:
    """Whether an input names one page (a file, `-`, a URL) rather than a folder or archive."""
    from .sources.inputs import is_single_page as single

    return single(spec)


def render(document: Document, format: OutputFormat | str | None = None, options: Options | None = None) -> str:
    """The document written as text, Markdown, JSON or a JSONL line (`format` overrides
    `options.output_format`); `options` also carries --fields, --links, --with-metadata…

        >>> render(extract("<p>" + "A sentence of the article. " * 20 + "</p>"), "json")[:1]
        '{'
    """
    options = options or Options()
    if format is not None:
        options = replace(options, output_format=OutputFormat(format))
    return render_as(document, options)


def explain(document: Document) -> str:
    """The document's explanation (made with `Options(explain=True)`) as an annotated
    listing: one line per candidate block, kept or dropped, by which stage and rule.

        >>> print(explain(extract(page, options=Options(explain=True))))   # doctest: +SKIP
    """
    if document.explanation is None:
        raise ValueError("the document has no explanation: extract it with Options(explain=True)")
    return explain_listing(document.explanation)
