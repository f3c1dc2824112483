"""JSON: one object per document, the fields of Document plus its text."""
from __future__ import annotations

import json
from typing import Any

from ..model import Document
from ..options import Options

SCHEMA_VERSION = "1"


def to_dict(document: Document) -> dict[str, Any]:
    return {
        "schema_version": SCHEMA_VERSION,
        "source": document.source,
        "url": document.url,
        "input_kind": str(document.input_kind),
        "encoding": document.encoding,
        "title": document.title,
        "text": document.text,
        "word_count": document.word_count,
    }


def to_json(document: Document, options: Options) -> str:
    record = to_dict(document)
    if options.fields:
        record = {key: value for key, value in record.items() if key in options.fields}
    return json.dumps(record, ensure_ascii=False)
