"""Read one page given on the command line: a file (maybe gzipped), `-` for stdin, or a URL."""
from __future__ import annotations

import sys
import zlib
from pathlib import Path

from ..errors import InputError
from ..model import RawPage
from ..options import Options
from .mhtml import looks_mhtml, read_mhtml

_GZIP_MAGIC = b"\x1f\x8b"
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"OggS", b"RIFF")
# Control bytes that text never holds (tab, newlines, form feed and ESC for ISO-2022 excepted).
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32)])


def is_url(spec: str) -> bool:
    return spec.lower().startswith(("http://", "https://"))


def gunzip(data: bytes, limit: int) -> bytes:
    """Inflate gzip data, refusing output beyond `limit` bytes (no gzip bombs)."""
    inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
    try:
        out = inflater.decompress(data, limit + 1)
    except zlib.error as exc:
        raise InputError(f"corrupt gzip data: {exc}") from None
    if len(out) > limit:
        raise InputError(f"decompressed page is larger than {limit} bytes")
    if not inflater.eof:
        raise InputError("truncated gzip data")
    return out


def read_bytes(data: bytes, source: str, options: Options, url: str | None = None) -> RawPage:
    """Wrap bytes as a RawPage, inflating gzip, unpacking MHTML and checking size and emptiness."""
    if data.startswith(_GZIP_MAGIC):
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


def looks_binary(data: bytes) -> bool:
    """Known binary signatures, or over 1% control bytes in the head, unless it is UTF-16/32."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    if head.startswith(_BINARY_MAGIC):
        return True
    # UTF-16 without a BOM: every other byte is NUL in mostly-ASCII text.
    if head.count(0) >= len(head) // 3 and (head[1::2].count(0) > len(head) // 3 or head[0::2].count(0) > len(head) // 3):
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) // 100


def read_source(spec: str, options: Options) -> RawPage:
    """Read a page from a path, `-` (stdin) or an http(s) URL."""
    if spec == "-":
        return read_bytes(sys.stdin.buffer.read(options.max_bytes + 1), "<stdin>", options)
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
