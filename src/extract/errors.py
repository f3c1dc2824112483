"""Errors the pipeline raises on purpose; each names the stage that failed."""
from __future__ import annotations

from enum import StrEnum


class ExtractError(Exception):
    """Base class: a page could not be read or processed. `kind` names the stage.

        >>> try:
        ...     extract(b"")
        ... except ExtractError as error:
        ...     print(error.kind, "-", error)
        input - <bytes>: input is empty
    """

    kind = "error"


class InputError(ExtractError):
    """The input could not be read: missing, a directory, empty, binary, too large.

        >>> extract("<p>A page</p>", options=Options(max_bytes=5))
        Traceback (most recent call last):
        extract.errors.InputError: <str>: input is larger than 5 characters
    """

    kind = "input"


class TimeoutExceeded(ExtractError):
    """One extraction took longer than `Options.timeout` (see deadline.py).

        >>> TimeoutExceeded.kind, issubclass(TimeoutExceeded, ExtractError)
        ('timeout', True)
    """

    kind = "timeout"


class DiscoverError(ExtractError):
    """A feed or sitemap was fetched but cannot be read as one: broken XML, no entries."""

    kind = "discover"


class FetchStage(StrEnum):
    """Where a fetch failed; an error record's `kind`, so a corpus report can count causes.

        >>> FetchStage("http_status") is FetchStage.HTTP_STATUS
        True
    """

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
    """A URL could not be fetched; `stage` (also its `kind`) names the step that failed.

        >>> FetchError("https://news.test/a: HTTP 404", FetchStage.HTTP_STATUS).kind
        'http_status'
    """

    def __init__(self, message: str, stage: FetchStage) -> None:
        super().__init__(message)
        self.stage = stage
        self.kind = str(stage)

    def __reduce__(self) -> tuple[type[FetchError], tuple[str, FetchStage]]:
        """Keep the stage when a worker process sends the error back (pickle)."""
        return type(self), (str(self), self.stage)
