"""Errors the pipeline raises on purpose; each names the stage that failed."""
from __future__ import annotations

from enum import StrEnum


class ExtractError(Exception):
    """Base class: a page could not be read or processed. `kind` names the stage."""

    kind = "error"


class InputError(ExtractError):
    """The input could not be read: missing, a directory, empty, binary, too large."""

    kind = "input"


class TimeoutExceeded(ExtractError):
    """One extraction took longer than `Options.timeout` (see deadline.py)."""

    kind = "timeout"


class DiscoverError(ExtractError):
    """A feed or sitemap was fetched but cannot be read as one: broken XML, no entries."""

    kind = "discover"


class FetchStage(StrEnum):
    """Where a fetch failed; an error record's `kind`, so a corpus report can count causes."""

    DNS = "dns"
    CONNECT = "connect"
    TIMEOUT = "timeout"
    HTTP_STATUS = "http_status"
    TOO_LARGE = "too_large"
    NOT_HTML = "not_html"
    EMPTY = "empty"
    ROBOTS = "robots"
    REDIRECT = "redirect"
    SCHEME = "scheme"


class FetchError(ExtractError):
    """A URL could not be fetched; `stage` (also its `kind`) names the step that failed."""

    def __init__(self, message: str, stage: FetchStage) -> None:
        super().__init__(message)
        self.stage = stage
        self.kind = str(stage)

    def __reduce__(self) -> tuple[type[FetchError], tuple[str, FetchStage]]:
        """Keep the stage when a worker process sends the error back (pickle)."""
        return type(self), (str(self), self.stage)
