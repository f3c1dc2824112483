"""A response body, read with limits: the size is checked while streaming, and gzip/deflate
are inflated in bounded steps, so neither an endless body nor a gzip bomb is ever held whole.

httpx would inflate a chunk in one call (a 64 KiB gzip chunk can become 64 MB), so the body
is read raw and inflated here, never more than `limit + 1` bytes at a time.
"""
from __future__ import annotations

import zlib
from collections.abc import AsyncGenerator
from contextlib import aclosing
from typing import cast

import httpx

from ..errors import FetchError, FetchStage
from ..rawbytes import GZIP_MAGIC, looks_binary

# The only encodings asked for (Accept-Encoding), so the only ones inflated.
ACCEPT_ENCODING = "gzip, deflate"
# Types that are pages; a declared type outside these and the sniffed ones is refused
# before the body is read.
_PAGE_TYPES = frozenset(("text/html", "application/xhtml+xml", "text/plain", "text/xml", "application/xml"))
# Types that say nothing about the content (or a saved .html.gz): the bytes decide.
_SNIFFED_TYPES = frozenset(("", "application/octet-stream", "binary/octet-stream",
                            "application/gzip", "application/x-gzip"))
# An unwanted body up to this size is read to keep the connection; a larger one closes it.
_DISCARD_LIMIT = 64 * 1024


def media_type(headers: httpx.Headers) -> str:
    return str(headers.get("content-type", "")).split(";")[0].strip().lower()


def check_type(url: str, headers: httpx.Headers, also: frozenset[str] = frozenset()) -> None:
    """Refuse a PDF, an image or any other non-page type from its Content-Type alone;
    `also` names more types the caller reads (feeds, for extract.discover)."""
    kind = media_type(headers)
    if kind not in _PAGE_TYPES and kind not in _SNIFFED_TYPES and kind not in also:
        raise FetchError(f"{url}: not a web page (Content-Type {kind})", FetchStage.NOT_HTML)


class Inflater:
    """Content-Encoding undone chunk by chunk, refusing output beyond `limit` bytes."""

    def __init__(self, url: str, encoding: str, limit: int) -> None:
        self.url, self.limit, self.size = url, limit, 0
        encoding = encoding.strip().lower()
        self._gzip = encoding in ("gzip", "x-gzip")
        self._deflate = encoding == "deflate"
        if encoding not in ("", "identity") and not (self._gzip or self._deflate):
            raise FetchError(f"{url}: unsupported Content-Encoding {encoding}", FetchStage.NOT_HTML)
        self._inflater: zlib._Decompress | None = None

    def feed(self, data: bytes) -> bytes:
        if not (self._gzip or self._deflate):
            return self._count(data)
        if self._inflater is None:
            self._inflater = zlib.decompressobj(self._wbits(data))
        try:
            return self._count(self._inflater.decompress(data, self.limit - self.size + 1))
        except zlib.error as exc:
            raise FetchError(f"{self.url}: corrupt compressed body: {exc}", FetchStage.NOT_HTML) from None

    def flush(self) -> bytes:
        """What zlib still holds at the end; a truncated stream keeps what was inflated."""
        if self._inflater is None:
            return b""
        return self._count(self._inflater.flush(self.limit - self.size + 1))

    def _wbits(self, head: bytes) -> int:
        """gzip, zlib-wrapped deflate, or the raw deflate some servers send as "deflate"."""
        if self._gzip:
            return 16 + zlib.MAX_WBITS
        zlib_header = len(head) >= 2 and head[0] & 0x0F == 8 and (head[0] << 8 | head[1]) % 31 == 0
        return zlib.MAX_WBITS if zlib_header else -zlib.MAX_WBITS

    def _count(self, out: bytes) -> bytes:
        self.size += len(out)
        if self.size > self.limit:
            raise too_large(self.url, self.limit)
        return out


def too_large(url: str, limit: int) -> FetchError:
    return FetchError(f"{url}: response larger than {limit} bytes", FetchStage.TOO_LARGE)


async def read_body(response: httpx.Response, limit: int, keep_raw: bool) -> tuple[bytes, bytes]:
    """The body as sent (when `keep_raw`, for the cache and WARC) and as inflated."""
    url = str(response.url)
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        raise too_large(url, limit)
    inflater = Inflater(url, response.headers.get("content-encoding", ""), limit)
    raw: list[bytes] = []
    out: list[bytes] = []
    received = 0
    # aiter_raw is an async generator (typed as a plain iterator): closed at once when a limit stops it.
    async with aclosing(cast(AsyncGenerator[bytes, None], response.aiter_raw())) as chunks:
        async for chunk in chunks:
            received += len(chunk)
            if received > limit:
                raise too_large(url, limit)
            if keep_raw:
                raw.append(chunk)
            out.append(inflater.feed(chunk))
    out.append(inflater.flush())
    return b"".join(raw), b"".join(out)


async def discard(response: httpx.Response) -> None:
    """Read a small unwanted body (a redirect's, an error page's) so that its connection can
    be reused: closing a response with its body unread closes the connection too."""
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) <= _DISCARD_LIMIT:
        async with aclosing(cast(AsyncGenerator[bytes, None], response.aiter_raw())) as chunks:
            async for _ in chunks:
                pass


def decode_body(url: str, payload: bytes, encoding: str, limit: int) -> bytes:
    """A stored raw body (cache) inflated the same way as a streamed one."""
    inflater = Inflater(url, encoding, limit)
    return inflater.feed(payload) + inflater.flush()


def finish(url: str, body: bytes, limit: int) -> bytes:
    """The page's bytes: a served .html.gz inflated, and empty or binary bodies refused."""
    if body.startswith(GZIP_MAGIC):
        body = decode_body(url, body, "gzip", limit)
    if not body.strip():
        raise FetchError(f"{url}: the response is empty", FetchStage.EMPTY)
    if looks_binary(body):
        raise FetchError(f"{url}: the response is binary, not a web page", FetchStage.NOT_HTML)
    return body
