"""Admission of requests: a global limit, a per-host limit, and a least delay between request
starts to one host, so a batch of many URLs of one site stays polite.

A request first waits for a slot on its host, then (holding that host's lock, so requests to
one host start in order) for the host's next start time and a global slot. The delay counts
from the moment the request goes out, not from when its turn came: a new connection's
handshake would otherwise eat into the gap the server sees. A slow host thus holds global
slots only while its requests actually run.
"""
from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field


@dataclass
class _Host:
    slots: asyncio.Semaphore
    delay: float
    next_start: float = 0.0
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class Gate:
    """Global and per-host limits for one event loop."""

    def __init__(self, concurrency: int, per_host: int, delay: float) -> None:
        self._global = asyncio.Semaphore(max(1, concurrency))
        self._per_host = max(1, per_host)
        self._delay = max(0.0, delay)
        self._hosts: dict[str, _Host] = {}

    def _host(self, host: str) -> _Host:
        if host not in self._hosts:
            self._hosts[host] = _Host(asyncio.Semaphore(self._per_host), self._delay)
        return self._hosts[host]

    def slow_down(self, host: str, delay: float) -> None:
        """A longer delay for one host (robots.txt Crawl-delay); never a shorter one."""
        state = self._host(host)
        state.delay = max(state.delay, delay)

    def hold_off(self, host: str, seconds: float) -> None:
        """No request to `host` for `seconds` (a Retry-After applies to the whole host)."""
        state = self._host(host)
        state.next_start = max(state.next_start, asyncio.get_running_loop().time() + seconds)

    @asynccontextmanager
    async def turn(self, host: str, paced: bool = True) -> AsyncIterator[Callable[[], None]]:
        """Hold a host slot and a global slot while one request runs.

        Yields `sent`, to call when the request goes out: the host's next start is set from
        then, and the next request to the host may begin. A request that fails before going
        out (refused, timed out) counts as sent when it ends, so retries are paced too.
        `paced=False` (robots.txt) skips the delay and leaves the next start time alone.
        """
        state = self._host(host)
        loop = asyncio.get_running_loop()
        async with state.slots:
            if not paced:
                async with self._global:
                    yield _ignore
                return
            await state.lock.acquire()
            holding = True

            def sent() -> None:
                nonlocal holding
                if holding:
                    holding = False
                    state.next_start = loop.time() + state.delay
                    state.lock.release()

            try:
                wait = state.next_start - loop.time()
                if wait > 0:
                    await asyncio.sleep(wait)
                async with self._global:
                    yield sent
            finally:
                sent()


def _ignore() -> None:
    """The `sent` of an unpaced request: nothing to record."""
