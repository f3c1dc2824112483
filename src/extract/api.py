"""The pipeline for one page: read -> decode -> engine -> Document."""
from __future__ import annotations

from .decode import page_kind, to_page
from .errors import InputError
from .html import extract_html
from .model import Document, Page, PageKind, RawPage
from .options import Options
from .sources.files import read_bytes
from .text import extract_text


def extract(page: str | bytes, *, url: str | None = None, options: Options | None = None) -> Document:
    """Extract the article from a page given as text or as raw bytes (charset detected).

    Guards (README, "Bad input, limits and fuzzing"): a page over `options.max_bytes`
    raises InputError (bytes after gunzip; a str by its length in characters, a lower
    bound of its UTF-8 size); the tree is capped at libxml2's depth of 256 (html/parse.py).
    There is no time limit inside this call: the batch runner enforces
    `options.batch.page_timeout` by running pages in worker processes; a caller that
    needs one should do the same.
    """
    options = options or Options()
    if isinstance(page, bytes):
        return extract_raw(read_bytes(page, url or "<bytes>", options, url=url), options)
    if len(page) > options.max_bytes:
        raise InputError(f"{url or '<str>'}: input is larger than {options.max_bytes} characters")
    decoded = Page(text=page, kind=page_kind(page, options.input_format), url=url)
    return run(decoded, options, source=url or "<str>")


def extract_raw(raw: RawPage, options: Options | None = None) -> Document:
    """Extract from what a reader produced (file, stdin, URL, archive record)."""
    options = options or Options()
    document = run(to_page(raw, options.input_format), options, source=raw.source)
    document.final_url, document.status, document.fetched_at = raw.final_url, raw.status, raw.fetched_at
    return document


def run(page: Page, options: Options, source: str) -> Document:
    """Send a decoded page to its engine and stamp where it came from."""
    if page.kind is PageKind.HTML:
        document = extract_html(page.text, page.url, options)
    else:
        document = extract_text(page.text, options)
    document.source = source
    document.input_kind = page.kind
    document.encoding = page.encoding
    document.url = document.url or page.url
    return document
