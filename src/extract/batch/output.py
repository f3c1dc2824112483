"""Where a batch's records go: a JSONL stream, or one file per input in a folder.

Both write each record whole or not at all, which is what lets --resume trust what it
finds: a JSONL line is written with one system call loop while Ctrl-C and SIGTERM wait,
and a folder's file is written under a temporary name and renamed into place. A line
left half-written anyway (the process killed with SIGKILL mid-write) is cut off when the
file is resumed.

File names in a folder come from the input, but never let it choose the place: the name
is the URL or file name reduced to `[A-Za-z0-9._-]` (so no `/`, no leading dot, no
`..`), cut to 80 characters, plus a hash of the source that keeps distinct inputs apart.
"""
from __future__ import annotations

import json
import os
import re
import signal
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from hashlib import sha1
from pathlib import Path

from ..options import Options, OutputFormat
from ..formats import render_as
from .dedup import Dedup
from ..model import Status
from .records import Outcome, record_options, to_record

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")
_DOTS = re.compile(r"\.{2,}")
_SUFFIXES = {OutputFormat.TEXT: ".txt", OutputFormat.MARKDOWN: ".md", OutputFormat.JSON: ".json", OutputFormat.JSONL: ".json"}
_ERROR, _DUPLICATE, _SKIPPED, _LOW = ".error.json", ".duplicate.json", ".skipped.json", ".low-confidence.json"


@contextmanager
def _signals_held() -> Iterator[None]:
    """Ctrl-C and SIGTERM arriving inside the block take effect when it ends."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[int] = []
    held = (signal.SIGINT, signal.SIGTERM)
    previous = {number: signal.signal(number, lambda number, _frame: caught.append(number)) for number in held}
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
        if caught:
            signal.raise_signal(caught[0])


class JsonlSink:
    """One record per line, to stdout or to a file; `resume` appends to what a file holds."""

    def __init__(self, path: Path | None, options: Options, resume: bool = False, dedup: Dedup | None = None) -> None:
        self.options = record_options(options)
        self.keep_skipped = options.batch.keep_skipped
        self.done: set[str] = set()
        if path is None:
            sys.stdout.flush()
            self._fd, self._owned = sys.stdout.fileno(), False
            return
        if resume and path.exists():
            self._read_back(path, dedup)
        mode = os.O_APPEND if resume else os.O_TRUNC
        self._fd, self._owned = os.open(path, os.O_WRONLY | os.O_CREAT | mode, 0o644), True

    def has(self, source: str, url: str | None) -> bool:
        return _as_read_back(source) in self.done

    def write(self, result: Outcome) -> None:
        if result.skipped and not self.keep_skipped:
            return
        line = result.rendered if result.rendered is not None else to_record(result, self.options)
        data = (line + "\n").encode("utf-8", "surrogateescape")  # a file name's bytes, as given
        with _signals_held():
            view = memoryview(data)
            while view:
                view = view[os.write(self._fd, view):]

    def close(self) -> None:
        if self._owned:
            os.close(self._fd)

    def _read_back(self, path: Path, dedup: Dedup | None) -> None:
        """The sources already recorded (and, for --dedup, the documents already kept);
        error records are not done: they are tried again (and recorded again: the newer
        record of a source is the one that counts). A last line without its newline is cut
        off, to be written again."""
        complete = 0
        with path.open("rb") as lines:
            for line in lines:
                if not line.endswith(b"\n"):
                    break
                complete += len(line)
                record = json.loads(_as_read_back(line))
                if record.get("status") == Status.ERROR or "error" in record:
                    self.done.discard(record["source"])
                    continue
                self.done.add(record["source"])
                if dedup is not None and "text" in record:
                    dedup.check(record["source"], record["text"])
        if complete < path.stat().st_size:
            os.truncate(path, complete)


class DirSink:
    """One file per input in `root`: the rendered document, or NAME.error.json /
    NAME.duplicate.json / NAME.low-confidence.json holding the record."""

    def __init__(self, root: Path, options: Options) -> None:
        root.mkdir(parents=True, exist_ok=True)
        self.root = root.resolve()
        self.options = options
        self.record_options = record_options(options)
        self.suffix = _SUFFIXES[options.output_format]

    def has(self, source: str, url: str | None) -> bool:
        stem = safe_stem(source, url)
        return any((self.root / (stem + suffix)).exists() for suffix in (self.suffix, _DUPLICATE, _SKIPPED, _LOW))

    def write(self, result: Outcome) -> None:
        if result.skipped and not self.options.batch.keep_skipped:
            return
        if result.rendered is not None:
            body, suffix = result.rendered, self.suffix
        elif result.document is not None:
            body, suffix = render_as(result.document, self.options), self.suffix
        else:
            body = to_record(result, self.record_options)
            suffix = {Status.ERROR: _ERROR, Status.SKIPPED: _SKIPPED, Status.LOW_CONFIDENCE: _LOW}.get(
                result.status, _DUPLICATE)
        stem = safe_stem(result.source, result.url)
        name = stem + suffix
        target = self.root / name
        if suffix != _ERROR:  # a retried input that succeeds now leaves no stale error file
            (self.root / (stem + _ERROR)).unlink(missing_ok=True)
        if target.parent != self.root:  # cannot happen with safe_stem; never write outside
            raise ValueError(f"refusing to write outside {self.root}: {name!r}")
        temporary = self.root / f".{name}.part"
        temporary.write_text(body + "\n" if body else "", encoding="utf-8", errors="surrogateescape")
        os.replace(temporary, target)

    def close(self) -> None:
        """Nothing stays open between records."""


def _as_read_back(text: str | bytes) -> str:
    """A record's source as read back from its file: a file name the locale could not
    decode (held as surrogates) was written as its bytes, which are read as UTF-8 again."""
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogateescape")
    return data.decode("utf-8", "surrogateescape")


def safe_stem(source: str, url: str | None) -> str:
    """A file name (without suffix) for an input that cannot leave the folder it goes in."""
    label = url.split("://", 1)[-1] if url else source.replace("\\", "/").rsplit("/", 1)[-1]
    slug = _DOTS.sub(".", _UNSAFE.sub("_", label)).strip("._-")[:80].rstrip("._-") or "page"
    return f"{slug}-{sha1(source.encode('utf-8', 'surrogateescape')).hexdigest()[:12]}"
