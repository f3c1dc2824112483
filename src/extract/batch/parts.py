"""Part files: one shard's records, written under a temporary name and renamed into place.

A part is `part-NNNNN.jsonl.gz` (the JSONL records, gzip without a timestamp or name in
its header, so the same records make the same bytes on any machine) or `part-NNNNN.parquet`
(one row per record, typed columns: see parquet.py). A reader never sees half a part: it
either exists whole or not at all. Bytes and the SHA-256 are counted as they are written,
for the manifest, without reading the part back.
"""
from __future__ import annotations

import gzip
import hashlib
import io
import uuid
from dataclasses import dataclass
from typing import IO, Protocol

from . import storage

SUFFIXES = {"jsonl": ".jsonl.gz", "parquet": ".parquet"}


def part_name(index: int, fmt: str) -> str:
    return f"part-{index:05d}{SUFFIXES[fmt]}"


class _Hashing(io.RawIOBase):
    """A write-only stream that hashes and counts what goes through it to `target`."""

    def __init__(self, target: IO[bytes]) -> None:
        self.target = target
        self.sha256 = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        view = memoryview(data).cast("B")
        self.target.write(view)
        self.sha256.update(view)
        self.size += len(view)
        return len(view)

    def tell(self) -> int:
        return self.size

    def flush(self) -> None:
        self.target.flush()


class Records(Protocol):
    """Where a part's records go, one JSONL record (a str) at a time."""

    def write(self, record: str) -> None: ...

    def close(self) -> None: ...


@dataclass(frozen=True, slots=True)
class Written:
    path: str
    bytes: int
    sha256: str


class PartWriter:
    """A part under construction: `write` records, then `commit` (rename into place) or
    `abort` (remove the temporary file)."""

    def __init__(self, prefix: str, index: int, fmt: str) -> None:
        storage.makedirs(prefix)
        self.path = storage.join(prefix, part_name(index, fmt))
        self.temporary = storage.join(prefix, f".{part_name(index, fmt)}.{uuid.uuid4().hex[:12]}.tmp")
        self._file = storage.open_file(self.temporary, "wb")
        self._hashing = _Hashing(self._file)
        self._records: Records = _open_records(self._hashing, fmt)

    def write(self, record: str) -> None:
        self._records.write(record)

    def commit(self) -> Written:
        self._records.close()
        self._file.close()
        storage.rename(self.temporary, self.path)
        return Written(self.path, self._hashing.size, self._hashing.sha256.hexdigest())

    def abort(self) -> None:
        try:
            self._file.close()
        finally:
            storage.remove(self.temporary)


class _JsonlGz:
    def __init__(self, stream: io.RawIOBase) -> None:
        self._gzip = gzip.GzipFile(filename="", mode="wb", fileobj=stream, mtime=0)

    def write(self, record: str) -> None:
        self._gzip.write((record + "\n").encode("utf-8"))

    def close(self) -> None:
        self._gzip.close()


def _open_records(stream: io.RawIOBase, fmt: str) -> Records:
    if fmt == "parquet":
        from .parquet import ParquetRecords

        return ParquetRecords(stream)
    return _JsonlGz(stream)


def file_sha256(path: str) -> str | None:
    """The SHA-256 of a part as it is now; None when it is missing."""
    digest = hashlib.sha256()
    try:
        with storage.open_file(path) as stream:
            while chunk := stream.read(1 << 20):
                digest.update(chunk)
    except (FileNotFoundError, OSError):
        return None
    return digest.hexdigest()
