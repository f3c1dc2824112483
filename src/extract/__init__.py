"""extract: turn news and article pages into clean text, Markdown or JSON."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("extract-article")
except PackageNotFoundError:  # running from a source tree
    __version__ = "0.1.0"

from .api import extract, extract_raw  # noqa: E402
from .batch import Result, Status, extract_many  # noqa: E402
from .errors import ExtractError, FetchError, InputError  # noqa: E402
from .model import Block, BlockKind, Document, PageKind, RawPage  # noqa: E402
from .options import BatchOptions, Engine, Favor, InputFormat, Options, OutputFormat  # noqa: E402

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
