"""The asynchronous core: one URL -> its final response, through robots.txt, redirects,
retries and the politeness gate, then into the cache, the WARC and the save folder.

Every request of a batch goes through one Session, so the limits hold across the batch.
Redirects are followed here, not by httpx, so each hop is checked (robots.txt, scheme,
loops) and paced like any other request.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

import httpx

from ..errors import FetchError, FetchStage
from ..model import RawPage
from ..options import Options
from .body import check_type, discard, read_body
from .cache import ResponseCache
from .failures import backoff, classify, is_retryable, retry_after
from .gate import Gate
from .response import Fetched
from .robots import ROBOTS_LIMIT, Robots
from .savedir import SaveDir

if TYPE_CHECKING:
    from .warcout import WarcOut


@dataclass(frozen=True, slots=True)
class _Redirect:
    location: str


@dataclass(frozen=True, slots=True)
class _Busy:
    """429 or 5xx: the server may answer later, maybe after the time it names."""

    status: int
    after: float | None


class Session:
    """Fetches pages for one event loop; built and closed by extract.fetch.Fetcher."""

    def __init__(self, options: Options, client: httpx.AsyncClient, user_agent: str) -> None:
        self.options = options.fetch
        self.limit = options.max_bytes
        self.client = client
        self.gate = Gate(self.options.concurrency, self.options.per_host, self.options.delay)
        self.robots = Robots(self._get_robots, user_agent, self.gate) if self.options.robots else None
        self.cache = ResponseCache(self.options.cache_dir) if self.options.cache_dir else None
        self.saved = SaveDir(self.options.save_html) if self.options.save_html else None
        self.warc = _warc_out(self.options.warc_out) if self.options.warc_out else None
        # The body as sent is kept only when something stores it.
        self.keep_raw = bool(self.cache or self.warc)

    async def fetch(self, url: str, also: frozenset[str] = frozenset()) -> RawPage:
        """The page at `url`, from the cache when it holds it, else from the network;
        `also`: Content-Types accepted beyond a page's (body.check_type)."""
        _check_scheme(url, url)
        fetched = self.cache.load(url, self.limit) if self.cache else None
        if fetched is None:
            fetched = await self._get(url, self.limit, page=True, also=also)
            if self.cache:
                self.cache.store(fetched)
        if self.warc:
            self.warc.write(fetched)
        page = fetched.to_page(self.limit)
        if self.saved:
            self.saved.save(page)
        return page

    def close(self) -> None:
        if self.warc:
            self.warc.close()

    async def _get_robots(self, url: str) -> Fetched:
        return await self._get(url, ROBOTS_LIMIT, page=False)

    async def _get(self, url: str, limit: int, page: bool, also: frozenset[str] = frozenset()) -> Fetched:
        """Follow redirects to the final response. `page=False` is a robots.txt request:
        unpaced, not itself checked against robots.txt, and any status is returned."""
        seen, current = {url}, url
        for _ in range(self.options.max_redirects + 1):
            if page and self.robots:
                await self.robots.check(current)
            outcome = await self._with_retries(current, limit, page, also)
            if isinstance(outcome, Fetched):
                return replace(outcome, url=url)
            current = _next_hop(url, current, outcome.location, seen)
        raise FetchError(f"{url}: more than {self.options.max_redirects} redirects", FetchStage.REDIRECT)

    async def _with_retries(self, url: str, limit: int, page: bool, also: frozenset[str]) -> Fetched | _Redirect:
        host = httpx.URL(url).netloc.decode("ascii")
        attempt = 0
        while True:
            try:
                async with self.gate.turn(host, paced=page) as sent:
                    async with asyncio.timeout(self.options.total_timeout):
                        outcome = await self._attempt(url, limit, page, sent, also)
            except TimeoutError:
                message = f"{url}: no complete response within {self.options.total_timeout:g}s"
                raise FetchError(message, FetchStage.TIMEOUT) from None
            except httpx.HTTPError as exc:
                error, retryable = classify(exc, url)
                if not retryable:
                    raise error from None
                wait = backoff(attempt, self.options.backoff)
            else:
                if not isinstance(outcome, _Busy):
                    return outcome
                error = FetchError(f"{url}: HTTP {outcome.status}", FetchStage.HTTP_STATUS)
                wait = backoff(attempt, self.options.backoff)
                if outcome.after is not None:
                    if outcome.after > self.options.max_retry_after:
                        raise FetchError(f"{error}, Retry-After {outcome.after:g}s is too long",
                                         FetchStage.HTTP_STATUS)
                    self.gate.hold_off(host, outcome.after)
                    wait = max(wait, outcome.after)
            if attempt >= self.options.retries:
                raise error
            attempt += 1
            await asyncio.sleep(wait)

    async def _attempt(self, url: str, limit: int, page: bool, sent: Callable[[], None],
                       also: frozenset[str]) -> Fetched | _Redirect | _Busy:
        async def trace(event: str, info: dict[str, object]) -> None:
            """httpcore's hook: tell the gate when the request headers go out."""
            if event.endswith("send_request_headers.started"):
                sent()

        async with self.client.stream("GET", url, extensions={"trace": trace}) as response:
            status = response.status_code
            if not 200 <= status < 300:
                await discard(response)
            if 300 <= status < 400 and "location" in response.headers:
                return _Redirect(response.headers["location"])
            if is_retryable(status):
                return _Busy(status, retry_after(response.headers.get("retry-after")))
            if not 200 <= status < 300:
                if page:
                    raise FetchError(f"{url}: HTTP {status}", FetchStage.HTTP_STATUS)
                return Fetched.of(url, response, b"", b"")
            if page:
                check_type(url, response.headers, also)
            payload, body = await read_body(response, limit, self.keep_raw and page)
            return Fetched.of(url, response, payload, body)


def _warc_out(path: Path) -> WarcOut:
    """warcio is imported only when a WARC is written: it costs a single-URL run 50 ms."""
    from .warcout import WarcOut

    return WarcOut(path)


def _check_scheme(url: str, target: str) -> None:
    try:
        scheme = httpx.URL(target).scheme
    except httpx.InvalidURL as exc:
        raise FetchError(f"{url}: not a valid URL: {target} ({exc})", FetchStage.SCHEME) from None
    if scheme not in ("http", "https"):
        raise FetchError(f"{url}: refused {target}: only http(s) URLs are fetched", FetchStage.SCHEME)


def _next_hop(url: str, current: str, location: str, seen: set[str]) -> str:
    """Where a redirect leads, refused when it leaves http(s) or comes back round."""
    try:
        target = str(httpx.URL(current).join(location))
    except httpx.InvalidURL as exc:
        raise FetchError(f"{url}: bad redirect to {location!r} ({exc})", FetchStage.REDIRECT) from None
    _check_scheme(url, target)
    if target in seen:
        raise FetchError(f"{url}: redirect loop at {target}", FetchStage.REDIRECT)
    seen.add(target)
    return target
