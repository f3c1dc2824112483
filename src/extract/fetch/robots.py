"""robots.txt, fetched once per site and obeyed, as RFC 9309 reads it (parsed by protego).

A missing file (4xx) allows everything; a server error (5xx, or 429 after the retries)
forbids everything, since the site cannot say what it allows; an unreachable site fails
the page with the same stage (dns, connect, timeout) its own request would have. A
Crawl-delay longer than the configured per-host delay slows that host down.
"""
from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import httpx
from protego import Protego

from ..errors import FetchError, FetchStage
from .gate import Gate
from .response import Fetched

# RFC 9309 asks crawlers to read at least 500 KiB; a larger file is treated as absent.
ROBOTS_LIMIT = 512 * 1024
# A Crawl-delay is honoured up to this many seconds, so one site cannot stall a batch.
_MAX_CRAWL_DELAY = 30.0
_DISALLOW_ALL = "User-agent: *\nDisallow: /\n"
_UNREACHABLE = (FetchStage.DNS, FetchStage.CONNECT, FetchStage.TIMEOUT)

Rules = tuple[Protego | None, str]


class Robots:
    """The rules of each origin (scheme, host, port), loaded once and shared by all requests."""

    def __init__(self, get: Callable[[str], Awaitable[Fetched]], user_agent: str, gate: Gate) -> None:
        self._get = get
        self._agent = user_agent
        self._gate = gate
        self._rules: dict[str, asyncio.Future[Rules]] = {}

    async def check(self, url: str) -> None:
        """Raise a `robots` FetchError when the site's robots.txt forbids `url`."""
        parsed = httpx.URL(url)
        origin = f"{parsed.scheme}://{parsed.netloc.decode('ascii')}"
        if origin not in self._rules:
            self._rules[origin] = asyncio.ensure_future(self._load(origin, parsed.netloc.decode("ascii")))
        # shield: a cancelled waiter must not cancel the load that other requests await.
        rules, why = await asyncio.shield(self._rules[origin])
        if rules is not None and not rules.can_fetch(url, self._agent):
            raise FetchError(f"{url}: disallowed by robots.txt{why}", FetchStage.ROBOTS)

    async def _load(self, origin: str, host: str) -> Rules:
        try:
            fetched = await self._get(origin + "/robots.txt")
        except FetchError as error:
            if error.stage in _UNREACHABLE:
                raise
            if error.stage is FetchStage.HTTP_STATUS:  # 429/5xx still failing after retries
                return Protego.parse(_DISALLOW_ALL), f" (robots.txt unavailable: {error})"
            return None, ""  # too large, redirect loop, ...: as if there were none
        if 400 <= fetched.status < 500:
            return None, ""
        if not 200 <= fetched.status < 300:
            return Protego.parse(_DISALLOW_ALL), f" (robots.txt answered HTTP {fetched.status})"
        rules = Protego.parse(fetched.body.decode("utf-8", "replace"))
        delay = rules.crawl_delay(self._agent)
        if delay:
            self._gate.slow_down(host, min(float(delay), _MAX_CRAWL_DELAY))
        return rules, ""
