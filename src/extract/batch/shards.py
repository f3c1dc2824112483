"""A sharded job's inputs as shards: one WARC/WET archive each, or a chunk of N files.

Planning (on the client) handles names only: a folder is listed, a glob expanded, an
archive never opened. A shard is opened by the task that runs it (shard_items), where it
runs, so page bytes never pass through the client. The plan is the same every run for
the same inputs (folders and globs in name order), which is what lets --resume match a
shard with its manifest entry by number and name.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from fnmatch import fnmatch
from pathlib import Path

from ..errors import InputError
from ..options import Options
from ..sources.files import read_bytes
from ..sources.inputs import walk
from ..sources.items import FailedInput, Input, PathInput, RawInput
from ..sources.warc import is_archive, read_archive, read_archive_stream
from . import storage

SHARD_FILES = 1000  # files of a folder per shard, unless --shard-files says otherwise


@dataclass(frozen=True, slots=True)
class Shard:
    """One task's input: `archive`, or `files` (paths or URLs of saved pages)."""

    index: int
    name: str
    archive: str | None = None
    files: tuple[str, ...] = ()


def plan_shards(specs: Iterable[str], options: Options, shard_files: int = SHARD_FILES) -> Iterator[Shard]:
    """Every input as shards, lazily: archives alone, other files chunked `shard_files`
    at a time (a folder's chunks do not mix with other inputs' files)."""
    index = 0
    loose: list[str] = []

    def chunk(paths: list[str]) -> Shard:
        nonlocal index
        index += 1
        name = paths[0] if len(paths) == 1 else f"{paths[0]} .. {paths[-1]} ({len(paths)} files)"
        return Shard(index - 1, name, files=tuple(paths))

    for spec in specs:
        folder = _is_folder(spec)
        pending = [] if folder else loose
        for path in _paths(spec, options, folder):
            if is_archive(path):
                index += 1
                yield Shard(index - 1, path, archive=path)
                continue
            pending.append(path)
            if len(pending) >= shard_files:
                yield chunk(pending[:])
                pending.clear()
        if folder and pending:
            yield chunk(pending)
    if loose:
        yield chunk(loose)


def _is_folder(spec: str) -> bool:
    return not storage.has_magic(spec) and storage.isdir(spec)


def _paths(spec: str, options: Options, folder: bool) -> Iterator[str]:
    """The files one input names; one that names nothing is kept, to become an error record."""
    if storage.has_magic(spec):
        yield from storage.expand_glob(spec) or [spec]
    elif folder and storage.is_remote(spec):
        for url, relative in storage.list_files(spec):
            hidden = any(part.startswith(".") for part in relative.split("/"))
            if not hidden and _chosen(relative, options.batch.glob):
                yield url
    elif folder:
        yield from (str(path) for path in walk(Path(spec), options.batch.glob))
    else:
        yield spec


def _chosen(relative: str, globs: tuple[str, ...]) -> bool:
    name = relative.rsplit("/", 1)[-1]
    return not globs or any(fnmatch(relative if "/" in glob else name, glob) for glob in globs)


def shard_items(shard: Shard, options: Options) -> Iterator[Input]:
    """The pages of a shard, read where the task runs: one item per page, in order."""
    if shard.archive is not None:
        yield from _archive_items(shard.archive, options)
        return
    for path in shard.files:
        yield _remote_file(path, options) if storage.is_remote(path) else PathInput(path)


def _archive_items(archive: str, options: Options) -> Iterator[Input]:
    if not storage.is_remote(archive):
        yield from read_archive(Path(archive), options)
        return
    try:
        stream = storage.open_file(archive)
    except (OSError, InputError) as exc:
        yield FailedInput(archive, "input", f"cannot read {archive}: {exc}")
        return
    with stream:
        yield from read_archive_stream(stream, archive, options)


def _remote_file(url: str, options: Options) -> Input:
    """A saved page at a URL, read here (at most the size limit) and handed on as bytes."""
    try:
        with storage.open_file(url) as stream:
            data = stream.read(options.max_bytes + 1)
        return RawInput(read_bytes(data, url, options))
    except InputError as exc:
        return FailedInput(url, exc.kind, str(exc))
    except (OSError, ValueError) as exc:
        return FailedInput(url, "input", f"cannot read {url}: {exc}")
