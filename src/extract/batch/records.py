"""What each input of a batch becomes: one Result, written as one record (one JSONL line).

A document's record is the document JSON itself (render.to_json, one line). An input that
failed is `{"source", "url"?, "error": {"kind", "message"}}`; one dropped by --dedup is
`{"source", "url"?, "duplicate_of", "similarity"}`. Every input gets a record, so a
reader can account for all of them and --resume can tell which are done.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace
from enum import StrEnum

from ..model import Document
from ..options import Options, OutputFormat
from ..formats import to_json


class Status(StrEnum):
    """What became of one input of a batch; every record says which."""

    OK = "ok"
    NO_ARTICLE = "no_article"
    ERROR = "error"
    DUPLICATE = "duplicate"


@dataclass(frozen=True, slots=True)
class Failure:
    """Why an input gave no document: `kind` a short stable name, `message` for people."""

    kind: str
    message: str


@dataclass(slots=True)
class Result:
    """One input's outcome; `source` and `url` are the input's, whatever the page says.

    `page_text` carries a plain-text page's decoded text from the worker when boilerplate
    learning is on: its lines are what that learning counts. It is never written out.
    `rendered` replaces `document` when the worker already wrote the document out (see
    work.process_rendered): a string crosses the process boundary far cheaper.
    """

    source: str
    url: str | None = None
    document: Document | None = None
    failure: Failure | None = None
    duplicate_of: str | None = None
    similarity: str | None = None
    page_text: str | None = None  # a plain-text page's text, for --learn-boilerplate only
    rendered: str | None = None  # the document as the output will hold it, made in the worker
    article: bool = False  # whether the document (rendered or not) holds an article

    @property
    def status(self) -> Status:
        if self.failure is not None:
            return Status.ERROR
        if self.duplicate_of is not None:
            return Status.DUPLICATE
        return Status.OK if self.article else Status.NO_ARTICLE


def failed(source: str, kind: str, message: str, url: str | None = None) -> Result:
    return Result(source, url, failure=Failure(kind, message))


def record_options(options: Options) -> Options:
    """The options documents are written with in a JSONL record: one line, and always the
    source (the key --resume finds records by), whatever --fields chose."""
    fields = options.fields if not options.fields or "source" in options.fields else ("source", *options.fields)
    return replace(options, output_format=OutputFormat.JSONL, fields=fields)


def to_record(result: Result, options: Options) -> str:
    """The result as one JSON line; `options` as made by record_options."""
    if result.document is not None:
        return to_json(result.document, options)
    record: dict[str, object] = {"source": result.source}
    if result.url:
        record["url"] = result.url
    if result.failure is not None:
        record["error"] = {"kind": result.failure.kind, "message": result.failure.message}
    else:
        record["duplicate_of"] = result.duplicate_of
        record["similarity"] = result.similarity
    return json.dumps(record, ensure_ascii=False)
