"""JSON: one object per document, as described by document.schema.json beside this file.

`--format json` writes the object indented, `--format jsonl` on one line (one document per
line, for streams). `--fields` keeps only the named fields; `schema_version` is always
there, so a reader can tell which schema an object follows. Bump SCHEMA_VERSION (and the
schema's `const`) whenever a field changes meaning or goes away; adding one is compatible.
"""
from __future__ import annotations

import json
from typing import Any

from ..model import Document
from ..options import Options, OutputFormat
from .text import blocks_to_text

SCHEMA_VERSION = "1"
FIELDS = (
    "source", "url", "final_url", "status", "fetched_at", "canonical_url", "input_kind", "encoding", "title", "authors", "date_published",
    "date_modified", "site_name", "language", "description", "image", "tags", "categories", "word_count",
    "text", "comments", "pages",
)


def to_dict(document: Document) -> dict[str, Any]:
    """Every field of the schema, in its order."""
    return {
        "schema_version": SCHEMA_VERSION,
        "source": document.source,
        "url": document.url,
        "final_url": document.final_url,
        "status": document.status,
        "fetched_at": document.fetched_at,
        "canonical_url": document.canonical_url,
        "input_kind": str(document.input_kind),
        "encoding": document.encoding,
        "title": document.title,
        "authors": list(document.authors),
        "date_published": document.date_published,
        "date_modified": document.date_modified,
        "site_name": document.site_name,
        "language": document.language,
        "description": document.description,
        "image": document.image,
        "tags": list(document.tags),
        "categories": list(document.categories),
        "word_count": document.word_count,
        "text": document.text,
        "comments": blocks_to_text(document.comments),
        "pages": list(document.pages),
    }


def to_json(document: Document, options: Options) -> str:
    record = to_dict(document)
    if options.fields:
        record = {"schema_version": SCHEMA_VERSION} | {name: record[name] for name in options.fields}
    if options.output_format is OutputFormat.JSONL:
        return json.dumps(record, ensure_ascii=False)
    return json.dumps(record, ensure_ascii=False, indent=2)
