"""The JSON Schema of a document record, derived from the model's dataclasses.

Each field of `Origin` and `Metadata` becomes a property with the description written beside
it in model.py, so a fact is defined once; the record adds what is computed from the
blocks (`word_count`, `text`, `blocks`, `comments`) and, when asked, `explain`. `extract --schema`
prints it; the tests validate every JSON the tool writes against it.
"""
from __future__ import annotations

from dataclasses import Field, fields
from functools import cache
from typing import Any

from ..model import BlockKind, Metadata, Origin, PageKind, Style

SCHEMA_VERSION = "1"
FACTS: tuple[Field[Any], ...] = (*fields(Origin), *fields(Metadata))
COMPUTED = ("word_count", "text", "blocks", "comments", "explain")
FIELDS = (*(f.name for f in FACTS), *COMPUTED)

_NULLABLE = {"str | None": "string", "int | None": "integer"}
_DATE = r"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$"
_LANGUAGE = r"^[a-z]{2,3}$"
_CELL = {
    "type": "object", "required": ["text", "header", "colspan", "rowspan"], "additionalProperties": False,
    "properties": {
        "text": {"type": "string", "description": "Line breaks kept as newlines, list items as lines "
                                                  "'- item' / '1. item', nested ones indented."},
        "header": {"type": "boolean", "description": "A <th> cell."},
        "colspan": {"type": "integer", "minimum": 1},
        "rowspan": {"type": "integer", "minimum": 1},
        "marks": {"type": "array", "description": "Inline formatting over text[start:end] (code points).", "items": {
            "type": "object", "required": ["start", "end", "style"], "additionalProperties": False,
            "properties": {"start": {"type": "integer", "minimum": 0}, "end": {"type": "integer", "minimum": 0},
                           "style": {"enum": [str(style) for style in Style]}, "url": {"type": "string"}}}},
    },
}
_COMPUTED: dict[str, dict[str, Any]] = {
    "word_count": {"type": "integer", "minimum": 0,
                   "description": "Words of the body: runs between spaces, each character of a script "
                                  "written without spaces (Chinese, Japanese, Thai, Burmese) counted as one."},
    "text": {"type": "string", "description": "The article body as plain text, blocks separated by a blank line."},
    "blocks": {"type": "array", "description": "The body as blocks, in document order.", "items": {
        "type": "object", "required": ["kind", "text"], "additionalProperties": False,
        "properties": {
            "kind": {"enum": [str(kind) for kind in BlockKind]},
            "text": {"type": "string", "description": "The block as plain text (a table: one line per row, "
                                                      "cells joined by ' | '; an image: empty)."},
            "level": {"type": "integer", "minimum": 1, "description": "Headings: 2 for the article's top "
                      "section heading (the title being 1), deeper ones below. List items: the nesting depth."},
            "ordered": {"type": "boolean", "description": "List items: of a numbered list."},
            "rows": {"type": "array", "description": "Tables: the rows with text, in order.", "items": {
                "type": "object", "required": ["header", "cells"], "additionalProperties": False,
                "properties": {"header": {"type": "boolean"}, "cells": {"type": "array", "items": _CELL}}}},
            "src": {"type": "string", "description": "Images: the absolute address of the best picture."},
            "alt": {"type": "string"},
            "caption": {"type": "string", "description": "Images: the figure's caption, which also stands "
                                                         "as a caption block of the text when it is the article's."},
            "links": {"type": "array", "description": "With --links: the block's links.", "items": {
                "type": "object", "required": ["text", "url"], "additionalProperties": False,
                "properties": {"text": {"type": "string"}, "url": {"type": "string"}}}},
        },
    }},
    "comments": {"type": "string", "description": "Reader comments as plain text; present only when asked for (--comments)."},
    "explain": {
        "type": "object", "required": ["engine", "decisions"],
        "description": "Present with --explain: what became of every candidate block and why.",
        "properties": {
            "engine": {"enum": [str(kind) for kind in PageKind]},
            "reading": {"type": ["string", "null"], "description": "HTML: article, short or listing."},
            "region": {"type": ["string", "null"], "description": "HTML: the chosen region's path."},
            "score": {"type": ["number", "null"], "description": "HTML: the chosen region's score."},
            "decisions": {"type": "array", "items": {
                "type": "object", "required": ["text", "kept", "stage", "rule"], "additionalProperties": False,
                "properties": {"text": {"type": "string"}, "kept": {"type": "boolean"},
                               "stage": {"type": "string"}, "rule": {"type": "string"}}}},
        },
    },
}


def _property(field: Field[Any]) -> dict[str, Any]:
    kind = str(field.type)
    prop: dict[str, Any]
    if field.name.startswith("date_"):
        prop = {"anyOf": [{"type": "string", "pattern": _DATE}, {"type": "null"}]}
    elif field.name == "language":
        prop = {"anyOf": [{"type": "string", "pattern": _LANGUAGE}, {"type": "null"}]}
    elif kind in _NULLABLE:
        prop = {"type": [_NULLABLE[kind], "null"]}
    elif kind == "tuple[str, ...]":
        prop = {"type": "array", "items": {"type": "string"}}
    elif kind == "PageKind":
        prop = {"enum": [str(value) for value in PageKind]}
    else:
        raise TypeError(f"no JSON type for {field.name}: {kind}")
    return {"description": field.metadata["doc"], **prop}


@cache
def document_schema() -> dict[str, Any]:
    """The schema every document record follows (draft 2020-12)."""
    properties: dict[str, Any] = {
        "schema_version": {"description": "The version of this schema the object follows.", "const": SCHEMA_VERSION},
    }
    properties |= {field.name: _property(field) for field in FACTS}
    properties |= _COMPUTED
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:extract-article:document:{SCHEMA_VERSION}",
        "title": "extract document",
        "description": "One extracted page, as written by `extract --format json` (indented) and `--format jsonl` "
                       "(one object per line). With `--fields`, only the named fields appear, plus "
                       "`schema_version`. Absent facts are null (or empty lists).",
        "type": "object",
        "required": ["schema_version"],
        "additionalProperties": False,
        "properties": properties,
    }
