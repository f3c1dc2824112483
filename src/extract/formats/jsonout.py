"""JSON: one object per document, as described by `schema.document_schema()`.

`--format json` writes the object indented, `--format jsonl` on one line (one document per
line, for streams). The fields are the model's `Origin`, `Metadata` and `Assessment` fields
in their order, then what is computed from the blocks and the blocks themselves (headings
with their level, list items with their depth, tables as rows of cells, images); `--fields`
keeps only the named ones (`--fields url,title,text` for lean records);
`schema_version` and `status` are always there, so a reader can tell which schema an
object follows and what it is (`ok`, or `no_article` for a document without an article).
Bump SCHEMA_VERSION whenever a field changes meaning or goes away; adding one is compatible.
"""
from __future__ import annotations

import json
from typing import Any

from ..model import Block, BlockKind, Cell, Document, Explanation, Status, plain_text
from ..options import Options, OutputFormat
from .schema import ALWAYS, FACTS, SCHEMA_VERSION


def _explain(explanation: Explanation) -> dict[str, Any]:
    return {
        "engine": str(explanation.engine), "reading": explanation.reading, "region": explanation.region,
        "score": explanation.score,
        "decisions": [{"text": d.text, "kept": d.kept, "stage": d.stage, "rule": d.rule} for d in explanation.decisions],
    }


def _cell(cell: Cell) -> dict[str, Any]:
    record: dict[str, Any] = {"text": cell.text, "header": cell.header, "colspan": cell.colspan,
                              "rowspan": cell.rowspan}
    if cell.marks:
        record["marks"] = [{"start": m.start, "end": m.end, "style": str(m.style), **({"url": m.url} if m.url else {})}
                           for m in cell.marks]
    return record


def block_record(block: Block) -> dict[str, Any]:
    """One block as JSON: its kind and text, and what its kind has besides."""
    record: dict[str, Any] = {"kind": str(block.kind), "text": block.text}
    if block.kind is BlockKind.HEADING:
        record["level"] = block.level
    elif block.kind is BlockKind.LIST_ITEM:
        record |= {"level": block.level, "ordered": block.ordered}
    elif block.kind is BlockKind.TABLE:
        record["rows"] = [{"header": row.header, "cells": [_cell(cell) for cell in row.cells]} for row in block.rows]
    elif block.image is not None:
        record |= {"src": block.image.src, "alt": block.image.alt, "caption": block.image.caption}
    if block.links:
        record["links"] = [{"text": text, "url": url} for text, url in block.links]
    return record


def _value(value: Any) -> Any:
    if isinstance(value, float):
        return round(value, 3)
    return list(value) if isinstance(value, tuple) else str(value) if hasattr(value, "value") else value


def status_of(document: Document) -> Status:
    return Status.OK if document.found else Status.NO_ARTICLE


def to_dict(document: Document, options: Options | None = None) -> dict[str, Any]:
    """Every field of the schema, in its order (`comments` only when asked for, `explain`
    only when the document carries an explanation)."""
    record: dict[str, Any] = {"schema_version": SCHEMA_VERSION, "status": str(status_of(document))}
    for field in FACTS:
        record[field.name] = _value(getattr(document, field.name))
    record["word_count"] = document.word_count
    record["text"] = document.text
    record["blocks"] = [block_record(block) for block in document.blocks]
    if options is not None and options.comments:
        record["comments"] = plain_text(document.comments)
    if document.explanation is not None:
        record["explain"] = _explain(document.explanation)
    return record


def to_json(document: Document, options: Options) -> str:
    record = to_dict(document, options)
    if options.fields:
        record = {key: record[key] for key in ALWAYS} | {name: record[name] for name in options.fields if name in record}
    if options.output_format is OutputFormat.JSONL:
        return json.dumps(record, ensure_ascii=False)
    return json.dumps(record, ensure_ascii=False, indent=2)
