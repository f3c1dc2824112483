"""The work of one page, as a worker runs it: read, extract, and never raise.

Whatever goes wrong becomes an error Outcome naming the stage (`input`, `fetch` stages,
`internal` for a bug), so one bad page costs one record, not the batch. The function is
the same under local processes and Dask, which is what keeps their records identical.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..api import extract_page
from ..decode import to_page
from ..errors import ExtractError
from ..model import Page, PageKind
from ..options import Options
from ..sources.files import read_file
from ..sources.items import FailedInput, Input, PagesInput, RawInput, UrlInput
from ..formats import render_as
from .records import Outcome, failed, record_options, to_record


Work = Callable[[Input, Options], Outcome]  # what a worker does with one page


def url_of(item: Input) -> str | None:
    """The address an input is known by before it is read, if any."""
    if isinstance(item, RawInput):
        return item.page.url
    if isinstance(item, PagesInput):
        return item.pages[0].url
    if isinstance(item, (UrlInput, FailedInput)):
        return item.url
    return None


def process(item: Input, options: Options) -> Outcome:
    """One input -> its Outcome. URLs arrive already fetched, as RawInput."""
    url = url_of(item)
    if isinstance(item, FailedInput):
        return failed(item.source, item.kind, item.message, url, skipped=item.skipped)
    page: Page | None = None
    try:
        if isinstance(item, UrlInput):
            raise TypeError("URL inputs are fetched by the batch before they reach a worker")
        if isinstance(item, PagesInput):
            from ..discover.pages import extract_pages

            document = extract_pages(item.pages, options)
        else:
            raw = item.page if isinstance(item, RawInput) else read_file(Path(item.path), options)
            page = to_page(raw, options.input_format)
            document = extract_page(page, options)
    except ExtractError as exc:
        return failed(item.source, exc.kind, str(exc), url)
    except Exception as exc:  # a bug on one page must not end the batch
        return failed(item.source, "internal", f"{type(exc).__name__}: {exc}", url)
    document = replace(document, origin=replace(document.origin, source=item.source))
    least = options.batch.min_confidence
    if least is not None and document.confidence is not None and document.confidence < least:
        return Outcome(item.source, url, low_confidence={
            "confidence": round(document.confidence, 3), "min_confidence": least,
            "page_type": str(document.page_type) if document.page_type else None})
    result = Outcome(item.source, url, document=document, article=document.found)
    if options.batch.learn_boilerplate and page is not None and page.kind is PageKind.TEXT:
        result.page_text = page.text  # the lines boilerplate learning counts
    return result


def process_rendered(item: Input, options: Options) -> Outcome:
    """process(), then the document written out as the output will hold it: a JSONL record,
    or with --output-dir the file's text. The batch's parent then only copies strings,
    which keeps it from becoming the bottleneck as workers are added."""
    result = process(item, options)
    if result.document is not None:
        if options.batch.output_dir is None:
            result.rendered = to_record(result, record_options(options))
        else:
            result.rendered = render_as(result.document, options)
        result.document = None
    return result
