"""What a batch is made of: one item per input page, before any page is read.

An item says where a page comes from and how it will be had: a file a worker reads
itself (so reading runs in parallel too), a URL the batch fetches, a page already in
memory (an archive record, bytes given to the API), or an input that already failed
(a missing file, a broken archive record), which becomes an error record without
costing a worker. Every item has a `source`: the id its record carries.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import RawPage


@dataclass(frozen=True, slots=True)
class PathInput:
    """A saved page on disk (HTML, text, MHTML, maybe gzipped)."""

    path: str

    @property
    def source(self) -> str:
        return self.path


@dataclass(frozen=True, slots=True)
class UrlInput:
    """An http(s) address to fetch."""

    url: str

    @property
    def source(self) -> str:
        return self.url


@dataclass(frozen=True, slots=True)
class RawInput:
    """A page already read: an archive record, stdin, bytes from the API."""

    page: RawPage

    @property
    def source(self) -> str:
        return self.page.source


@dataclass(frozen=True, slots=True)
class PagesInput:
    """An article fetched over several pages (--follow-pages), first page first; a worker
    extracts each and stitches them (extract.discover.pages)."""

    pages: tuple[RawPage, ...]

    @property
    def source(self) -> str:
        return self.pages[0].source


@dataclass(frozen=True, slots=True)
class FailedInput:
    """An input that could not even be read; `kind` names why, as an error record does.
    `skipped`: not a failure, the input holds no page (an archive's image, a redirect)."""

    source: str
    kind: str
    message: str
    url: str | None = None
    skipped: bool = False


Input = PathInput | UrlInput | RawInput | PagesInput | FailedInput
