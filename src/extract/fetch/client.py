"""Fetcher: the synchronous face of the fetching core, shared across a batch.

httpx's AsyncClient (HTTP/1.1 and HTTP/2) runs on an event loop in a thread of its own, so
callers stay synchronous: `fetch(url)` from any thread, or `fetch_many(urls)` for a stream
of URLs. Both go through one Session, so the global and per-host limits hold for the whole
batch whoever calls. `fetch_many` keeps at most a window of URLs in flight, so memory
stays bounded however long the list is.
"""
from __future__ import annotations

import asyncio
import concurrent.futures
import functools
import queue
import threading
from collections.abc import Coroutine, Iterable, Iterator
from types import TracebackType
from typing import Any, TypeVar

import httpx

from .._version import package_version
from ..errors import FetchError
from ..model import RawPage
from ..options import Options
from .body import ACCEPT_ENCODING
from .session import Session

T = TypeVar("T")
# URLs in flight per unit of concurrency: enough to keep every slot busy while some wait
# on a slow host, few enough that a huge list costs no memory.
_WINDOW_PER_SLOT = 8


class Fetcher:
    """Fetch pages politely; use as a context manager: `with Fetcher(options) as f: ...`."""

    def __init__(self, options: Options | None = None) -> None:
        self.options = options or Options()
        fetch = self.options.fetch
        self.user_agent = fetch.user_agent or f"extract/{package_version()}"
        self.window = max(1, fetch.concurrency) * _WINDOW_PER_SLOT
        self._loop = asyncio.new_event_loop()
        self._thread = threading.Thread(target=self._loop.run_forever, name="extract-fetch", daemon=True)
        self._session: Session | None = None

    def __enter__(self) -> Fetcher:
        self._thread.start()
        try:
            self._session = self._run(self._open())
        except BaseException:
            self.__exit__(None, None, None)
            raise
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        try:
            self._run(self._close())
        finally:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join()
            self._loop.close()

    async def _open(self) -> Session:
        """Built on the loop's thread, where its locks and client will be used."""
        fetch = self.options.fetch
        client = httpx.AsyncClient(
            http2=True,
            timeout=httpx.Timeout(connect=fetch.connect_timeout, read=fetch.read_timeout,
                                  write=fetch.read_timeout, pool=fetch.total_timeout),
            limits=httpx.Limits(max_connections=max(1, fetch.concurrency)),
            headers={"User-Agent": self.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
        )
        return Session(self.options, client, self.user_agent)

    async def _close(self) -> None:
        """Cancel what is still running (a caller that gave up), then close the client and
        the WARC, as asyncio.run would: no task or generator is left for the loop to find."""
        running = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
        for task in running:
            task.cancel()
        await asyncio.gather(*running, return_exceptions=True)
        if self._session is not None:
            await self._session.client.aclose()
            self._session.close()
        await self._loop.shutdown_asyncgens()

    def fetch(self, url: str, also: frozenset[str] = frozenset()) -> RawPage:
        """The page at `url`; a FetchError whose `stage` says why it could not be had.
        `also` names Content-Types to accept beyond a page's (feeds, for extract.discover)."""
        return self._run(self._require().fetch(url, also))

    def fetch_many(self, urls: Iterable[str]) -> Iterator[tuple[str, RawPage | FetchError]]:
        """(url, page or error) for every URL, in the order they finish; exactly one each.

        URLs are read from `urls` only while the window has room, and results are handed
        out as soon as they are ready; leaving the loop early cancels the fetches in flight.
        """
        session = self._require()
        finished: queue.SimpleQueue[tuple[str, concurrent.futures.Future[RawPage]]] = queue.SimpleQueue()
        in_flight: set[concurrent.futures.Future[RawPage]] = set()
        try:
            for url in urls:
                future = asyncio.run_coroutine_threadsafe(session.fetch(url), self._loop)
                future.add_done_callback(functools.partial(_finished, finished, url))
                in_flight.add(future)
                while len(in_flight) >= self.window or not finished.empty():
                    yield _result(finished, in_flight)
            while in_flight:
                yield _result(finished, in_flight)
        finally:
            for future in in_flight:
                future.cancel()

    def _require(self) -> Session:
        if self._session is None:
            raise RuntimeError("use Fetcher as a context manager: `with Fetcher(options) as f:`")
        return self._session

    def _run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result()


def _finished(finished: queue.SimpleQueue[tuple[str, concurrent.futures.Future[RawPage]]], url: str,
              future: concurrent.futures.Future[RawPage]) -> None:
    finished.put((url, future))


def _result(finished: queue.SimpleQueue[tuple[str, concurrent.futures.Future[RawPage]]],
            in_flight: set[concurrent.futures.Future[RawPage]]) -> tuple[str, RawPage | FetchError]:
    """The next fetch to finish, as (url, page or error)."""
    url, future = finished.get()
    in_flight.discard(future)
    try:
        return url, future.result()
    except FetchError as error:
        return url, error
