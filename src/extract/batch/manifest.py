"""PREFIX/_manifest.jsonl: one line per finished shard, what --resume trusts.

A line is written only after its part has been renamed into place, so a shard in the
manifest has its part; a killed client or worker loses at most the shards in flight, and
--resume redoes exactly those (plus any whose part has since gone missing or changed: a
task checks the part's SHA-256 against its line before skipping it). Only the client
writes here. Locally each line is appended whole as it comes; an object store cannot
append, so there the file is rewritten at most every _REWRITE seconds and at the end,
and a shard finished in between is redone by a resume, never lost.
"""
from __future__ import annotations

import json
import os
import time
from dataclasses import asdict, dataclass

from ..errors import InputError
from . import storage

MANIFEST = "_manifest.jsonl"
_REWRITE = 30.0


@dataclass(frozen=True, slots=True)
class Entry:
    """A finished shard: its part (a name under PREFIX) and what went into it."""

    shard: str
    index: int
    part: str
    records: int
    errors: int
    bytes: int
    sha256: str
    seconds: float
    engine_version: str


class Manifest:
    """The entries of earlier runs (on resume) and the appending of new ones."""

    def __init__(self, prefix: str, resume: bool) -> None:
        self.path = storage.join(prefix, MANIFEST)
        self.remote = storage.is_remote(prefix)
        self.done: dict[int, Entry] = {}
        if storage.exists(self.path) and not resume:
            raise InputError(f"{prefix} already holds a job ({MANIFEST}): add --resume, or give another prefix")
        storage.makedirs(prefix)
        if resume:
            self.done = read_entries(self.path)
            for stale in storage.expand_glob(storage.join(prefix, ".part-*.tmp")):
                storage.remove(stale)  # left by tasks that were killed
        self._entries = list(self.done.values())
        self._written = time.monotonic()
        self._fd = None if self.remote else os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)

    def previous(self, index: int, shard: str, part: str) -> Entry | None:
        """The earlier entry of this shard, if one matches its number, name and part."""
        entry = self.done.get(index)
        return entry if entry is not None and entry.shard == shard and entry.part == part else None

    def add(self, entry: Entry) -> None:
        self._entries.append(entry)
        if self._fd is not None:
            os.write(self._fd, (json.dumps(asdict(entry)) + "\n").encode("utf-8"))
        elif time.monotonic() - self._written >= _REWRITE:
            self._rewrite()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        elif self.remote:
            self._rewrite()

    def _rewrite(self) -> None:
        with storage.open_file(self.path, "wb") as stream:
            stream.write("".join(json.dumps(asdict(e)) + "\n" for e in self._entries).encode("utf-8"))
        self._written = time.monotonic()


def read_entries(path: str) -> dict[int, Entry]:
    """Entries by shard number, the last line winning; a line cut short is passed over."""
    entries: dict[int, Entry] = {}
    if not storage.exists(path):
        return entries
    with storage.open_file(path) as stream:
        for line in stream.read().decode("utf-8").splitlines():
            try:
                entry = Entry(**json.loads(line))
            except (ValueError, TypeError):
                continue
            entries[entry.index] = entry
    return entries
