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
