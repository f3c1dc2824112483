"""Finding the pages to read: feeds and sitemaps -> article URLs (listing.py: feeds.py,
sitemaps.py, filters.py), and articles split over pages (pages.py, pager.py).

The public names load their modules on first use, so that the command line can take the
date parser (found.py) without loading feedparser and httpx on every run.
"""
from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..sources.files import is_url
    from .found import parse_date
    from .listing import find_inputs
    from .pages import read_article

_LAZY = {"find_inputs": ".listing", "read_article": ".pages", "parse_date": ".found", "is_url": "..sources.files"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["find_inputs", "is_url", "parse_date", "read_article"]
