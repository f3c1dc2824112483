"""What went wrong, in a record's words, and whether another try may help.

httpx's exceptions become a FetchError naming the stage. Failures that a second try can
cure (a refused or reset connection, a connect timeout, 429, 5xx) are retried with
exponential backoff and jitter; the rest (DNS, a slow read, 404) are final at once.
"""
from __future__ import annotations

import random
import socket
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

import httpx

from ..errors import FetchError, FetchStage

_MAX_BACKOFF = 60.0


def classify(exc: Exception, url: str) -> tuple[FetchError, bool]:
    """The FetchError for an httpx failure, and whether it is worth retrying."""
    detail = str(exc) or type(exc).__name__
    if isinstance(exc, httpx.ConnectTimeout):
        return FetchError(f"{url}: connect timed out", FetchStage.TIMEOUT), True
    if isinstance(exc, httpx.TimeoutException):
        return FetchError(f"{url}: timed out reading the response", FetchStage.TIMEOUT), False
    if isinstance(exc, httpx.ConnectError) and _is_dns_failure(exc):
        return FetchError(f"{url}: host not found: {detail}", FetchStage.DNS), False
    if isinstance(exc, httpx.ConnectError):
        return FetchError(f"{url}: cannot connect: {detail}", FetchStage.CONNECT), True
    if isinstance(exc, (httpx.UnsupportedProtocol, httpx.InvalidURL)):
        return FetchError(f"{url}: not an http(s) URL: {detail}", FetchStage.SCHEME), False
    if isinstance(exc, httpx.TransportError):
        return FetchError(f"{url}: connection broken: {detail}", FetchStage.CONNECT), True
    raise exc


def _is_dns_failure(exc: BaseException) -> bool:
    """httpx wraps the resolver's gaierror; it sits somewhere down the cause chain."""
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, socket.gaierror):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def is_retryable(status: int) -> bool:
    return status == 429 or status >= 500


def backoff(attempt: int, base: float) -> float:
    """Exponential backoff with jitter: between half and all of base * 2**attempt."""
    ceiling = min(_MAX_BACKOFF, base * 2.0**attempt)
    return ceiling / 2 + random.uniform(0, ceiling / 2)


def retry_after(value: str | None) -> float | None:
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date), if readable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())
