"""extract: turn news and article pages into clean text, Markdown or JSON."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .api import extract, extract_raw
from .errors import ExtractError, FetchError, InputError
from .model import Block, BlockKind, Document, PageKind, RawPage
from .options import BatchOptions, Engine, Favor, InputFormat, Options, OutputFormat

if TYPE_CHECKING:
    from .batch import Result, Status, extract_many

# Loaded on first use (PEP 562): one page from the command line needs neither the batch
# machinery (worker pools, fetching, archives) nor the installed package's metadata.
_LAZY = {"Result": "batch", "Status": "batch", "extract_many": "batch"}


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import PackageNotFoundError, version

        try:
            return version("extract-article")
        except PackageNotFoundError:  # running from a source tree
            return "0.1.0"
    if name in _LAZY:
        from importlib import import_module

        return getattr(import_module(f".{_LAZY[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "BatchOptions",
    "Block",
    "BlockKind",
    "Document",
    "Engine",
    "ExtractError",
    "Favor",
    "FetchError",
    "InputError",
    "InputFormat",
    "Options",
    "OutputFormat",
    "PageKind",
    "RawPage",
    "Result",
    "Status",
    "__version__",
    "extract",
    "extract_many",
    "extract_raw",
]
