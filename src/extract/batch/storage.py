"""Where shards are read and parts written: local paths, or fsspec URLs (s3://, gs://, ...).

A sharded job reads and writes where the data is, from whichever machine runs a task, so
every file operation of it goes through here. Local paths need nothing beyond the standard
library; a URL needs fsspec and the backend for its scheme (the `cloud` extras), imported
only when a URL is met.
"""
from __future__ import annotations

import glob as localglob
import os
from typing import IO, Any

from ..errors import InputError

_MAGIC = frozenset("*?[")


def is_remote(path: str) -> bool:
    """A URL (scheme://...) rather than a local path; file:// counts as a URL too."""
    return "://" in path


def has_magic(path: str) -> bool:
    return any(char in path for char in _MAGIC)


def _fs(path: str) -> Any:
    try:
        from fsspec.core import url_to_fs
    except ImportError as missing:
        raise InputError(f"{path}: URLs need fsspec: pip install 'extract-article[cloud]'") from missing
    try:
        return url_to_fs(path)[0]
    except (ImportError, ValueError) as exc:
        raise InputError(f"{path}: no fsspec backend for this scheme ({exc})") from None


def _url(fs: Any, path: str) -> str:
    """fsspec answers with paths without the scheme; give them back the scheme asked with."""
    return fs.unstrip_protocol(path)


def join(prefix: str, name: str) -> str:
    return prefix.rstrip("/") + "/" + name if is_remote(prefix) else os.path.join(prefix, name)


def open_file(path: str, mode: str = "rb") -> IO[bytes]:
    if not is_remote(path):
        return open(path, mode)
    return _fs(path).open(path, mode)


def exists(path: str) -> bool:
    return _fs(path).exists(path) if is_remote(path) else os.path.exists(path)


def isdir(path: str) -> bool:
    return _fs(path).isdir(path) if is_remote(path) else os.path.isdir(path)


def makedirs(path: str) -> None:
    if is_remote(path):
        _fs(path).makedirs(path, exist_ok=True)
    else:
        os.makedirs(path, exist_ok=True)


def rename(source: str, target: str) -> None:
    """Into place: atomic on a local disk (os.replace); on an object store a write is
    already all or nothing, and a move is what fsspec offers."""
    if is_remote(source):
        _fs(source).mv(source, target)
    else:
        os.replace(source, target)


def remove(path: str) -> None:
    if is_remote(path):
        fs = _fs(path)
        if fs.exists(path):
            fs.rm(path)
    elif os.path.exists(path):
        os.remove(path)


def expand_glob(pattern: str) -> list[str]:
    """The files a pattern matches, sorted: the same plan every run."""
    if not is_remote(pattern):
        return sorted(path for path in localglob.glob(pattern, recursive=True) if os.path.isfile(path))
    fs = _fs(pattern)
    return sorted(_url(fs, path) for path in fs.glob(pattern) if not fs.isdir(path))


def list_files(folder: str) -> list[tuple[str, str]]:
    """Every file below a remote folder, sorted: (URL, path relative to the folder)."""
    fs = _fs(folder)
    root = fs._strip_protocol(folder).rstrip("/") + "/"
    return sorted((_url(fs, path), path[len(root):] if path.startswith(root) else path) for path in fs.find(folder))
