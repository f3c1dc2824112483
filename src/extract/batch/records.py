"""What each input of a batch becomes: one Result, written as one record (one JSONL line).

Every record carries `"status"` (model.Status). A document's record is the document JSON
itself (formats.to_json, one line, status `ok` or `no_article`). An input that failed is
`{"status": "error", "source", "url"?, "error": {"kind", "message"}}`; one dropped by --dedup
`{"status": "duplicate", "source", "url"?, "duplicate_of", "similarity"}`; one below
--min-confidence `{"status": "low_confidence", "source", "url"?, "low_confidence": {"confidence",
"min_confidence", "page_type"}}`; one that holds no page (an archive's image)
`{"status": "skipped", "source", "url"?, "reason": {"kind", "message"}}`, written only with
--keep-skipped. Every input gets a Result, so a reader can account for all of them and
--resume can tell which are done.

`Result` is the public outcome `extract_many` yields. `Outcome` is the batch's internal
envelope: what workers send back and the pool, boilerplate learning, dedup and the sinks
pass along — a Result's facts plus the document already written out (`rendered`), a text
page's text for boilerplate learning (`page_text`) and whether it holds an article.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, replace

from ..formats import SCHEMA_VERSION, to_json
from ..model import Document, Failure, Status
from ..options import Options, OutputFormat


@dataclass(frozen=True, slots=True)
class Result:
    """One input's outcome, as `extract_many` yields it.

    `source` and `url` are the input's, whatever the page says. `status` tells which of the
    others is set: `document` (ok, no_article), `failure` (error; for skipped, why),
    `duplicate_of` and `similarity` ("exact" or "near") for a duplicate, `low_confidence`
    (the confidence, the threshold and the page type) for a document below --min-confidence.

        >>> for result in extract_many(["saved-pages/"]):          # doctest: +SKIP
        ...     if result.status is Status.OK:
        ...         print(result.source, result.document.title)
    """

    source: str
    url: str | None
    status: Status
    document: Document | None = None
    failure: Failure | None = None
    duplicate_of: str | None = None
    similarity: str | None = None
    low_confidence: dict[str, object] | None = None


@dataclass(slots=True)
class Outcome:
    """Internal: one input's outcome as the workers and the batch pass it along (see above)."""

    source: str
    url: str | None = None
    document: Document | None = None
    failure: Failure | None = None
    duplicate_of: str | None = None
    similarity: str | None = None
    skipped: bool = False  # `failure` says why the input holds no page: not an error
    page_text: str | None = None  # a plain-text page's text, for --learn-boilerplate only
    rendered: str | None = None  # the document as the output will hold it, made in the worker
    article: bool = False  # whether the document (rendered or not) holds an article
    low_confidence: dict[str, object] | None = None  # why the document was dropped (--min-confidence)

    @property
    def status(self) -> Status:
        if self.failure is not None:
            return Status.SKIPPED if self.skipped else Status.ERROR
        if self.duplicate_of is not None:
            return Status.DUPLICATE
        if self.low_confidence is not None:
            return Status.LOW_CONFIDENCE
        return Status.OK if self.article else Status.NO_ARTICLE

    def result(self) -> Result:
        """The public Result (a rendered document is not part of it)."""
        return Result(self.source, self.url, self.status, self.document, self.failure, self.duplicate_of,
                      self.similarity, self.low_confidence)


def failed(source: str, kind: str, message: str, url: str | None = None, skipped: bool = False) -> Outcome:
    return Outcome(source, url, failure=Failure(kind, message), skipped=skipped)


def record_options(options: Options) -> Options:
    """The options documents are written with in a JSONL record: one line, and always the
    source (the key --resume finds records by), whatever --fields chose."""
    fields = options.fields if not options.fields or "source" in options.fields else ("source", *options.fields)
    return replace(options, output_format=OutputFormat.JSONL, fields=fields)


def to_record(outcome: Outcome | Result, options: Options) -> str:
    """The outcome as one JSON line; `options` as made by record_options."""
    if outcome.document is not None:
        return to_json(outcome.document, options)
    record: dict[str, object] = {"schema_version": SCHEMA_VERSION, "status": str(outcome.status),
                                 "source": outcome.source}
    if outcome.url:
        record["url"] = outcome.url
    if outcome.failure is not None:
        key = "reason" if outcome.status is Status.SKIPPED else "error"
        record[key] = {"kind": outcome.failure.kind, "message": outcome.failure.message}
    elif outcome.low_confidence is not None:
        record["low_confidence"] = outcome.low_confidence
    else:
        record["duplicate_of"] = outcome.duplicate_of
        record["similarity"] = outcome.similarity
    return json.dumps(record, ensure_ascii=False)
