"""One HTTP response as it came off the wire: what the cache and the WARC keep, and what a
RawPage is built from, so a page read back from the cache is built exactly like a fresh one.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

from ..model import RawPage
from .body import finish


@dataclass(frozen=True, slots=True)
class Fetched:
    """A final (non-redirect) response. `payload` is the body as sent (still gzipped; empty
    unless kept for the cache or the WARC), `body` the body inflated."""

    url: str
    final_url: str
    status: int
    reason: str
    http_version: str
    headers: tuple[tuple[str, str], ...]
    payload: bytes
    body: bytes
    fetched_at: str

    @classmethod
    def of(cls, url: str, response: httpx.Response, payload: bytes, body: bytes) -> Fetched:
        headers = tuple((k.decode("latin-1"), v.decode("latin-1")) for k, v in response.headers.raw)
        return cls(url, str(response.url), response.status_code, response.reason_phrase,
                   response.http_version, headers, payload, body, utc_now())

    def header(self, name: str) -> str:
        return str(httpx.Headers(self.headers).get(name, ""))

    def to_page(self, limit: int) -> RawPage:
        """The page: inflated if it was a served .html.gz; empty or binary bodies refused."""
        return RawPage(
            data=finish(self.final_url, self.body, limit),
            source=self.url,
            url=self.url,
            headers=dict(httpx.Headers(self.headers)),
            final_url=self.final_url,
            status=self.status,
            fetched_at=self.fetched_at,
        )


def utc_now() -> str:
    """Now in UTC, ISO 8601 to the second: the form of WARC-Date and of `fetched_at`."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
