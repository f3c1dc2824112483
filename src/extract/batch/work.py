"""The work of one page, as a worker runs it: read, extract, and never raise.

Whatever goes wrong becomes an error Result naming the stage (`input`, `fetch` stages,
`internal` for a bug), so one bad page costs one record, not the batch. The function is
the same under local processes and Dask, which is what keeps their records identical.
"""
from __future__ import annotations

from pathlib import Path

from ..api import extract_raw
from ..errors import ExtractError
from ..options import Options
from ..sources.files import read_file
from ..sources.items import FailedInput, Input, RawInput, UrlInput
from .records import Result, failed


def url_of(item: Input) -> str | None:
    """The address an input is known by before it is read, if any."""
    if isinstance(item, RawInput):
        return item.page.url
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
        raw = item.page if isinstance(item, RawInput) else read_file(Path(item.path), options)
        document = extract_raw(raw, options)
    except ExtractError as exc:
        return failed(item.source, exc.kind, str(exc), url)
    except Exception as exc:  # a bug on one page must not end the batch
        return failed(item.source, "internal", f"{type(exc).__name__}: {exc}", url)
    document.source = item.source
    return Result(item.source, url, document=document)
