"""Errors the pipeline raises on purpose; each names the stage that failed."""
from __future__ import annotations


class ExtractError(Exception):
    """Base class: a page could not be read or processed. `kind` names the stage."""

    kind = "error"


class InputError(ExtractError):
    """The input could not be read: missing, a directory, empty, binary, too large."""

    kind = "input"


class FetchError(ExtractError):
    """A URL could not be fetched."""

    kind = "fetch"
