"""The work of one page, as a worker runs it: read, extract, and never raise.

Whatever goes wrong becomes an error Result naming the stage (`input`, `fetch` stages,
`internal` for a bug), so one bad page costs one record, not the batch. The function is
the same under local processes and Dask, which is what keeps their records identical.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from ..api import extract_raw
from ..decode import to_page
from ..errors import ExtractError
from ..model import PageKind
from ..options import Options
from ..sources.files import read_file
from ..sources.items import FailedInput, Input, PagesInput, RawInput, UrlInput
from ..formats import render_as
from .records import Result, failed, record_options, to_record


Work = Callable[[Input, Options], Result]  # what a worker does with one page


def url_of(item: Input) -> str | None:
    """The address an input is known by before it is read, if any."""
    if isinstance(item, RawInput):
        return item.page.url
    if isinstance(item, PagesInput):
        return item.pages[0].url
    if isinstance(item, (UrlInput, FailedInput)):
        return item.url
    return None


def process(item: Input, options: Options) -> Result:
    """One input -> its Result. URLs arrive already fetched, as RawInput."""
    url = url_of(item)
    if isinstance(item, FailedInput):
        return failed(item.source, item.kind, item.message, url)
    try:
        if isinstance(item, UrlInput):
            raise TypeError("URL inputs are fetched by the batch before they reach a worker")
        if isinstance(item, PagesInput):
            from ..discover.pages import extract_pages

            raw, document = item.pages[0], extract_pages(item.pages, options)
        else:
            raw = item.page if isinstance(item, RawInput) else read_file(Path(item.path), options)
            document = extract_raw(raw, options)
    except ExtractError as exc:
        return failed(item.source, exc.kind, str(exc), url)
    except Exception as exc:  # a bug on one page must not end the batch
        return failed(item.source, "internal", f"{type(exc).__name__}: {exc}", url)
    document = replace(document, origin=replace(document.origin, source=item.source))
    result = Result(item.source, url, document=document, article=document.found)
    if options.batch.learn_boilerplate and document.input_kind is PageKind.TEXT:
        result.page_text = to_page(raw, options.input_format).text
    return result


def process_rendered(item: Input, options: Options) -> Result:
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
