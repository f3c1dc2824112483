"""Read one page given on the command line: a file (maybe gzipped), `-` for stdin, or a URL."""
from __future__ import annotations

import sys
from pathlib import Path

from ..errors import InputError
from ..model import RawPage
from ..options import Options
from ..rawbytes import GZIP_MAGIC, gunzip, looks_binary
from .mhtml import looks_mhtml, read_mhtml

def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def read_bytes(data: bytes, source: str, options: Options, url: str | None = None) -> RawPage:
    """Wrap bytes as a RawPage, inflating gzip, unpacking MHTML and checking size and emptiness."""
    if data.startswith(GZIP_MAGIC):
        try:
            data = gunzip(data, options.max_bytes)
        except InputError as exc:
            raise InputError(f"{source}: {exc}") from None
    if len(data) > options.max_bytes:
        raise InputError(f"{source}: input is larger than {options.max_bytes} bytes")
    if not data.strip():
        raise InputError(f"{source}: input is empty")
    if looks_mhtml(data):
        return read_mhtml(data, source)
    if looks_binary(data):
        raise InputError(f"{source}: input is binary, not a web page or text")
    return RawPage(data=data, source=source, url=url)


def read_source(spec: str, options: Options) -> RawPage:
    """Read a page from a path, `-` (stdin) or an http(s) URL."""
    if spec == "-":
        return read_bytes(sys.stdin.buffer.read(options.max_bytes + 1), "-", options)
    if is_url(spec):
        from .urls import fetch

        return fetch(spec, options)
    return read_file(Path(spec), options)


def read_file(path: Path, options: Options) -> RawPage:
    """Read a saved page (HTML, text, MHTML, maybe gzipped); its path is its source.

    The size on disk is checked before reading: compressed data is never larger than what
    it inflates to, so a file over the limit would fail anyway, only later and dearer.
    """
    if not path.exists():
        raise InputError(f"no such file: {path}")
    if path.is_dir():
        raise InputError(f"is a directory: {path}")
    try:
        if path.stat().st_size > options.max_bytes:
            raise InputError(f"{path}: input is larger than {options.max_bytes} bytes")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from None
    return read_bytes(data, str(path), options)
