"""extract: turn news and article pages into clean text, Markdown or JSON.

    >>> import extract
    >>> document = extract.extract(open("samples/news-article.html", "rb").read())
    >>> print(document.title, document.word_count)           # doctest: +SKIP
    >>> print(extract.formats(document, "markdown"))           # doctest: +SKIP

`extract` / `extract_raw` give a Document; `read` turns any input into RawPages; `render`
writes a Document out; `extract_many` runs many pages in parallel. Everything the command
line does goes through these names.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .api import explain, extract, extract_raw, is_single_page, read, render
from .errors import ExtractError, FetchError, FetchStage, InputError, TimeoutExceeded
from .model import (
    Access,
    Assessment,
    Block,
    BlockKind,
    Cell,
    Decision,
    Document,
    Explanation,
    Extraction,
    Image,
    Mark,
    Metadata,
    Origin,
    PageKind,
    PageType,
    RawPage,
    Row,
    Style,
)
from .options import BatchOptions, DiscoverOptions, Engine, Favor, FetchOptions, InputFormat, Options, OutputFormat
from .formats import FIELDS as JSON_FIELDS
from .formats import document_schema

if TYPE_CHECKING:
    from .batch import Result, Status, extract_many

# Loaded on first use (PEP 562): one page from the command line needs neither the batch
# machinery (worker pools, fetching, archives) nor the installed package's metadata.
_LAZY = {"Result": "batch", "Status": "batch", "extract_many": "batch"}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from ._version import package_version

        return package_version()
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "JSON_FIELDS",
    "BatchOptions",
    "Block",
    "BlockKind",
    "Cell",
    "Decision",
    "DiscoverOptions",
    "Document",
    "Engine",
    "Explanation",
    "ExtractError",
    "Extraction",
    "Favor",
    "FetchError",
    "FetchOptions",
    "FetchStage",
    "Image",
    "InputError",
    "TimeoutExceeded",
    "InputFormat",
    "Mark",
    "Metadata",
    "Access",
    "Assessment",
    "PageType",
    "Options",
    "Origin",
    "OutputFormat",
    "PageKind",
    "RawPage",
    "Result",
    "Row",
    "Status",
    "Style",
    "__version__",
    "document_schema",
    "explain",
    "extract",
    "extract_many",
    "extract_raw",
    "is_single_page",
    "read",
    "render",
]
