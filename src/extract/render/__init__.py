"""Renderers: each turns a Document into one output format."""
from __future__ import annotations

from ..model import Document
from ..options import Options, OutputFormat
from .jsonout import to_json
from .text import to_text


def render(document: Document, options: Options) -> str:
    """The document in the format the options ask for."""
    if options.output_format in (OutputFormat.JSON, OutputFormat.JSONL):
        return to_json(document, options)
    return to_text(document, options)


__all__ = ["render"]
