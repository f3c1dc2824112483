"""Checks on raw bytes that every reader shares (files, stdin, archives, HTTP bodies):
gzip inflated within a size limit, and binary data told from text."""
from __future__ import annotations

import zlib

from .errors import InputError

GZIP_MAGIC = b"\x1f\x8b"
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"PK\x03\x04", b"GIF8", b"\xff\xd8\xff", b"\x7fELF", b"OggS", b"RIFF")
# Control bytes that text never holds (tab, newlines, form feed and ESC for ISO-2022 excepted).
_CONTROL_BYTES = bytes([*range(0, 9), *range(14, 27), *range(28, 32)])


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


def _compiled_python(head: bytes) -> bool:
    """A .pyc: two magic bytes, CR LF, then 32-bit flags of which only the low bits are used."""
    return len(head) >= 16 and head[2:4] == b"\r\n" and head[5:8] == b"\0\0\0" and head[4] < 8


def looks_binary(data: bytes) -> bool:
    """Known binary signatures (compiled Python too), or over 1% control bytes in the head,
    unless it is UTF-16: NUL bytes in one column only, readable bytes in the other."""
    head = data[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")):
        return False
    if head.startswith(_BINARY_MAGIC) or _compiled_python(head):
        return True
    # UTF-16 without a BOM: every other byte is NUL in mostly-ASCII text, and the others are
    # not (a run of NULs is no text in any encoding).
    half = len(head) // 2
    even, odd = head[0::2].count(0), head[1::2].count(0)
    if max(even, odd) > half * 2 // 3 and min(even, odd) < half // 20:
        return False
    controls = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return controls > len(head) // 100
