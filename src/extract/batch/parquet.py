"""Parquet parts: one row per record, typed columns derived from the model's dataclasses.

Each field of Origin, Metadata and Assessment (formats/schema.FACTS) is a column of the type its
annotation says: strings, int64, lists of strings for authors, tags and categories. A date
(`date_*`, `*_at`) is a UTC timestamp, plus `NAME_iso` with the string as the page gave it:
a date alone, or a local time with its offset, do not survive conversion to an instant, the
string does. Then what the JSON record computes (word_count, text, comments, explain as a
JSON string) and, for an input that failed, error_kind and error_message (null otherwise).
Rows are written in row groups of at most _GROUP_ROWS rows or _GROUP_BYTES of text, so a
worker's memory holds one group, whatever the size of the shard.
"""
from __future__ import annotations

import io
import json
from dataclasses import Field
from datetime import UTC, datetime
from functools import cache
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from ..formats.schema import FACTS

_GROUP_ROWS = 1000
_GROUP_BYTES = 32 << 20
_TYPES = {"str | None": pa.string(), "int | None": pa.int64(), "tuple[str, ...]": pa.list_(pa.string()),
          "PageKind": pa.string(), "float | None": pa.float64(), "bool": pa.bool_(), "Access": pa.string(),
          "PageType | None": pa.string()}
_COMPUTED = (("word_count", pa.int64()), ("text", pa.string()), ("comments", pa.string()), ("explain", pa.string()),
             ("error_kind", pa.string()), ("error_message", pa.string()))


def is_date(field: Field[Any]) -> bool:
    return field.name.startswith("date_") or field.name.endswith("_at")


@cache
def parquet_schema() -> pa.Schema:
    """The columns of a Parquet part, in the JSON record's order."""
    columns = [pa.field("schema_version", pa.string())]
    for field in FACTS:
        about = {"description": field.metadata["doc"]}
        if is_date(field):
            columns.append(pa.field(field.name, pa.timestamp("us", tz="UTC"), metadata=about))
            columns.append(pa.field(f"{field.name}_iso", pa.string(), metadata={"description": "As written on the page."}))
        elif str(field.type) in _TYPES:
            columns.append(pa.field(field.name, _TYPES[str(field.type)], metadata=about))
        else:
            raise TypeError(f"no Parquet type for {field.name}: {field.type}")
    columns += [pa.field(name, kind) for name, kind in _COMPUTED]
    return pa.schema(columns)


def to_timestamp(value: str | None) -> datetime | None:
    """An ISO 8601 string as a UTC instant: a date alone is its midnight, a time without an
    offset is taken as UTC; None when it is no date Python can read."""
    if not value:
        return None
    try:
        when = datetime.fromisoformat(value)
    except ValueError:
        return None
    return when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)


def to_row(record: dict[str, Any]) -> dict[str, Any]:
    """One JSON record (a document or an error) as a row of parquet_schema()."""
    row: dict[str, Any] = {"schema_version": record.get("schema_version")}
    for field in FACTS:
        value = record.get(field.name)
        if is_date(field):
            row[field.name], row[f"{field.name}_iso"] = to_timestamp(value), value
        else:
            row[field.name] = value
    row["word_count"], row["text"], row["comments"] = record.get("word_count"), record.get("text"), record.get("comments")
    row["explain"] = json.dumps(record["explain"], ensure_ascii=False) if "explain" in record else None
    error = record.get("error") or {}
    row["error_kind"], row["error_message"] = error.get("kind"), error.get("message")
    return row


class ParquetRecords:
    """JSONL records in, Parquet row groups out to `stream`."""

    def __init__(self, stream: io.RawIOBase) -> None:
        self.schema = parquet_schema()
        self._writer = pq.ParquetWriter(pa.PythonFile(stream, mode="w"), self.schema, compression="zstd")
        self._rows: list[dict[str, Any]] = []
        self._bytes = 0

    def write(self, record: str) -> None:
        self._rows.append(to_row(json.loads(record)))
        self._bytes += len(record)
        if len(self._rows) >= _GROUP_ROWS or self._bytes >= _GROUP_BYTES:
            self._flush()

    def close(self) -> None:
        self._flush()
        self._writer.close()

    def _flush(self) -> None:
        if self._rows:
            self._writer.write_table(pa.Table.from_pylist(self._rows, schema=self.schema))
            self._rows, self._bytes = [], 0
