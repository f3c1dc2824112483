"""Renderers: each turns a Document into one output format.

`--with-metadata` puts a small header above text and Markdown: "Key: value" lines for text,
YAML front matter for Markdown (values JSON-quoted, which YAML reads as they are).
"""
from __future__ import annotations

import json
from dataclasses import fields

from ..model import Assessment, Document
from ..options import Options, OutputFormat
from .jsonout import to_json
from .listing import explain_listing
from .schema import FIELDS, SCHEMA_VERSION, document_schema
from .markdown import to_markdown
from .plain import to_text


_LABELS = {"title": "Title", "author": "Author", "date": "Date", "url": "URL"}


def _shown(value: object) -> object:
    """A fact as the header writes it: enums as their value, probabilities to 3 places."""
    if isinstance(value, float):
        return round(value, 3)
    return str(value) if hasattr(value, "value") else value


def metadata_header(document: Document, markdown: bool) -> str:
    """Title, authors, date and URL, those that are known, then the Assessment's facts
    (page type, confidence, access, truncation: every field of it that is not at its
    default), for the top of the output."""
    facts: dict[str, object] = {
        "title": document.title,
        "author": ", ".join(document.authors) or None,
        "date": document.date_published,
        "url": document.url,
    }
    # The Assessment's fields that say something: not at their default (unknown access, not truncated).
    facts |= {field.name: _shown(value) for field in fields(Assessment)
              if (value := getattr(document.assessment, field.name)) != field.default}
    known = {name: value for name, value in facts.items() if value}
    if not known:
        return ""
    if markdown:
        lines = [f"{name}: {json.dumps(value, ensure_ascii=False)}" for name, value in known.items()]
        return "\n".join(["---", *lines, "---"])
    return "\n".join(f"{_LABELS.get(name) or name.replace('_', ' ').capitalize()}: {value}" for name, value in known.items())


def render_as(document: Document, options: Options) -> str:
    """The document in the format the options ask for."""
    if options.output_format in (OutputFormat.JSON, OutputFormat.JSONL):
        return to_json(document, options)
    markdown = options.output_format is OutputFormat.MARKDOWN
    body = to_markdown(document, options) if markdown else to_text(document, options)
    if not options.with_metadata:
        return body
    return "\n\n".join(filter(None, (metadata_header(document, markdown), body)))


__all__ = ["FIELDS", "SCHEMA_VERSION", "document_schema", "explain_listing", "metadata_header", "render_as", "to_json"]
