"""The JSON Schema of a document record, derived from the model's dataclasses.

Each field of `Origin`, `Metadata` and `Assessment` becomes a property with the description written beside
it in model.py, so a fact is defined once; the record adds what is computed from the
blocks (`word_count`, `text`, `blocks`, `comments`) and, when asked, `explain`. `extract --schema`
prints it; the tests validate every JSON the tool writes against it.
"""
from __future__ import annotations

from dataclasses import Field, fields
from functools import cache
from typing import Any

from ..model import Access, Assessment, BlockKind, Failure, Metadata, Origin, PageKind, PageType, Status, Style

SCHEMA_VERSION = "1"
FACTS: tuple[Field[Any], ...] = (*fields(Origin), *fields(Metadata), *fields(Assessment))
ALWAYS = ("schema_version", "status")  # in every record, whatever --fields says
COMPUTED = ("word_count", "text", "blocks", "comments", "explain")
FIELDS = (*(f.name for f in FACTS), *COMPUTED)

_NULLABLE = {"str | None": "string", "int | None": "integer"}
_ENUMS: dict[str, tuple[type[Any], bool]] = {  # type name -> (enum, nullable)
    "PageKind": (PageKind, False), "Access": (Access, False), "PageType | None": (PageType, True)}
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
    elif kind == "float | None":  # probabilities and scores
        prop = {"anyOf": [{"type": "number", "minimum": 0, "maximum": 1}, {"type": "null"}]}
    elif kind == "bool":
        prop = {"type": "boolean"}
    elif kind == "tuple[str, ...]":
        prop = {"type": "array", "items": {"type": "string"}}
    elif kind in _ENUMS:
        enum, nullable = _ENUMS[kind]
        prop = {"enum": [str(value) for value in enum] + ([None] if nullable else [])}
    else:
        raise TypeError(f"no JSON type for {field.name}: {kind}")
    return {"description": field.metadata["doc"], **prop}


_VERSION = {"description": "The version of this schema the object follows.", "const": SCHEMA_VERSION}
_STATUS = "What the record is: " + "; ".join(f"`{s}`" for s in Status) + "."
# The records that hold no document: their status, the key of their own, and what it holds.
_OTHER_SHAPES = {
    Status.ERROR: {"error": "Why the input gave no document."},
    Status.SKIPPED: {"reason": "Why the input holds no page to extract (written with --keep-skipped)."},
    Status.DUPLICATE: {"duplicate_of": "The source of the earlier document this one repeats.",
                       "similarity": "`exact` (the same words) or `near` (SimHash within 3 bits)."},
    Status.LOW_CONFIDENCE: {"low_confidence": "Why the document was dropped by --min-confidence."},
}
_LOW_CONFIDENCE = {
    "type": "object", "required": ["confidence", "min_confidence", "page_type"], "additionalProperties": False,
    "properties": {"confidence": {"type": "number", "minimum": 0, "maximum": 1},
                   "min_confidence": {"type": "number"},
                   "page_type": {"type": ["string", "null"], "enum": [*(str(t) for t in PageType), None]}},
}


def _status(*values: Status) -> dict[str, Any]:
    return {"description": _STATUS, "enum": [str(value) for value in values]}


def _document() -> dict[str, Any]:
    properties: dict[str, Any] = {"schema_version": _VERSION, "status": _status(Status.OK, Status.NO_ARTICLE)}
    properties |= {field.name: _property(field) for field in FACTS}
    properties |= _COMPUTED
    return {"type": "object", "required": list(ALWAYS), "additionalProperties": False, "properties": properties}


def _failure(description: str) -> dict[str, Any]:
    return {"type": "object", "description": description, "required": [f.name for f in fields(Failure)],
            "additionalProperties": False,
            "properties": {f.name: {"type": "string", "description": f.metadata["doc"]} for f in fields(Failure)}}


def _record(status: Status, own: dict[str, str]) -> dict[str, Any]:
    origin = {f.name: f for f in fields(Origin)}
    properties: dict[str, Any] = {"schema_version": _VERSION, "status": _status(status),
                                  "source": {"type": "string", "description": origin["source"].metadata["doc"]},
                                  "url": _property(origin["url"])}
    for name, description in own.items():
        if status is Status.DUPLICATE:
            properties[name] = {"type": ["string", "null"], "description": description}
        elif status is Status.LOW_CONFIDENCE:
            properties[name] = {"description": description, **_LOW_CONFIDENCE}
        else:
            properties[name] = _failure(description)
    return {"type": "object", "required": [*ALWAYS, "source", *own], "additionalProperties": False,
            "properties": properties}


@cache
def document_schema() -> dict[str, Any]:
    """The schema every record follows (draft 2020-12): a document, or an error, duplicate,
    low-confidence or skipped record, told apart by `status`."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": f"urn:extract-article:document:{SCHEMA_VERSION}",
        "title": "extract record",
        "description": "One input, as written by `extract --format json` (indented) and `--format jsonl` "
                       "(one object per line): a document (status `ok` or `no_article`; with `--fields`, only "
                       "the named fields appear, plus `schema_version` and `status`; absent facts are null or "
                       "empty lists), or a batch's record of an input that gave none (status `error`, "
                       "`duplicate`, `low_confidence` or `skipped`).",
        "oneOf": [_document(), *(_record(status, own) for status, own in _OTHER_SHAPES.items())],
    }
