"""The inputs of a batch: arguments, folders, list files and archives -> a stream of items.

Everything is lazy: a folder is walked and an archive read only as far as the batch has
asked, so a list of millions of pages costs no memory up front. A folder gives its files in
name order, then its subfolders' (so a batch's output order is the same every run); hidden
files and folders are passed over. By default a folder gives its pages, text files and
archives (PAGE_SUFFIXES, gzipped or not), so `extract ~/` does not read source code or
pictures; `--glob` patterns choose files instead (`--glob '*'`: every file): a pattern
without `/` matches the file name, one with `/` the path below the folder (fnmatch rules:
`*` matches `/` too).
"""
from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from fnmatch import fnmatch
from pathlib import Path

from ..errors import InputError
from ..model import RawPage
from ..options import Options
from .files import is_url, read_bytes
from .items import FailedInput, Input, PagesInput, PathInput, RawInput, UrlInput
from .warc import is_archive, read_archive

PAGE_SUFFIXES = (".html", ".htm", ".xhtml", ".mhtml", ".mht", ".txt", ".warc", ".wet")


def read_list(spec: str) -> Iterator[str]:
    """The paths or URLs of a list file (`-`: stdin), one a line; blank and `#` lines skipped."""
    lines = sys.stdin if spec == "-" else Path(spec).open(encoding="utf-8")
    try:
        for line in lines:
            line = line.strip()
            if line and not line.startswith("#"):
                yield line
    finally:
        if lines is not sys.stdin:
            lines.close()


def is_single_page(spec: str) -> bool:
    """Whether an argument names one page (file, `-`, URL) rather than a folder or archive."""
    return spec == "-" or is_url(spec) or not (os.path.isdir(spec) or is_archive(spec))


Spec = str | Path | RawPage | Input  # what a batch may be given


def expand(specs: Iterable[Spec], options: Options) -> Iterator[Input]:
    """One item per page: files and URLs as they are, folders walked, archives opened;
    items already made (URLs from a feed, a feed that failed: extract.discover) pass."""
    for spec in specs:
        if isinstance(spec, RawPage):
            yield RawInput(spec)
        elif isinstance(spec, Input):
            yield spec
        else:
            yield from _expand_one(str(spec), options)


def pages_of(spec: str, options: Options) -> Iterator[RawPage]:
    """The pages of one input read in this process, in order; an input that cannot be read
    raises its error when it is reached (a batch turns it into an error record instead)."""
    from .files import read_file
    from .urls import fetch

    for item in _expand_one(spec, options):
        if isinstance(item, FailedInput):
            raise InputError(item.message)
        if isinstance(item, RawInput):
            yield item.page
        elif isinstance(item, UrlInput):
            yield fetch(item.url, options)
        elif isinstance(item, PagesInput):
            yield from item.pages
        else:
            yield read_file(Path(item.path), options)


def _expand_one(spec: str, options: Options) -> Iterator[Input]:
    if spec == "-":
        yield _stdin_page(options)
    elif is_url(spec):
        yield UrlInput(spec)
    elif os.path.isdir(spec):
        for path in walk(Path(spec), options.batch.glob):
            yield from _expand_one(str(path), options)
    elif is_archive(spec):
        yield from read_archive(Path(spec), options)
    elif not os.path.exists(spec):
        yield FailedInput(spec, "input", f"no such file: {spec}")
    else:
        yield PathInput(spec)


def _stdin_page(options: Options) -> RawInput | FailedInput:
    try:
        return RawInput(read_bytes(sys.stdin.buffer.read(options.max_bytes + 1), "-", options))
    except InputError as exc:
        return FailedInput("-", exc.kind, str(exc))


def walk(root: Path, globs: tuple[str, ...] = ()) -> Iterator[Path]:
    """The files below `root` that the patterns choose (pages and text files when none), in
    name order."""
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            path = Path(folder, name)
            if globs:
                if any(_matches(path.relative_to(root).as_posix(), name, glob) for glob in globs):
                    yield path
            elif name.lower().removesuffix(".gz").endswith(PAGE_SUFFIXES):
                yield path


def _matches(relative: str, name: str, glob: str) -> bool:
    return fnmatch(relative, glob) if "/" in glob else fnmatch(name, glob)


def count_inputs(specs: Iterable[str | Input], options: Options) -> int | None:
    """How many items `expand` will give, when that is cheap to know: None when an archive
    (whose records are only known by reading it) or stdin is among the inputs."""
    total = 0
    for spec in specs:
        if not isinstance(spec, str):
            total += 1
            continue
        if spec == "-" or is_archive(spec):
            return None
        if is_url(spec) or not os.path.isdir(spec):
            total += 1
            continue
        for path in walk(Path(spec), options.batch.glob):
            if is_archive(path.name):
                return None
            total += 1
    return total
