"""The URLs of a batch, fetched beside the extraction through one shared Fetcher.

One Fetcher for the whole batch is what makes its politeness hold across the batch
(robots.txt once per host, per-host pacing, the global limit). Fetches run in threads
calling `Fetcher.fetch`, as many as the fetch concurrency: the batch hands URLs over as
its window allows and picks up pages as they arrive, which `fetch_many`'s own pull loop
(made for a plain list of URLs) cannot interleave with the workers' results.
"""
from __future__ import annotations

from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from contextlib import ExitStack
from dataclasses import replace

from ..errors import ExtractError
from ..fetch import Fetcher
from ..options import Options
from ..sources.items import FailedInput, PagesInput, RawInput


class Fetching:
    """URLs in flight; the Fetcher and its threads start with the first URL."""

    def __init__(self, options: Options) -> None:
        self.options = options
        self._stack = ExitStack()
        self._fetcher: Fetcher | None = None
        self._threads: ThreadPoolExecutor | None = None
        self._pending: dict[Future[RawInput | PagesInput], tuple[int, str]] = {}

    def __len__(self) -> int:
        return len(self._pending)

    def start(self, seq: int, url: str) -> None:
        if self._fetcher is None:
            self._fetcher = self._stack.enter_context(Fetcher(self.options))
            self._threads = self._stack.enter_context(
                ThreadPoolExecutor(max(1, self.options.fetch.concurrency), thread_name_prefix="extract-url"))
        assert self._threads is not None
        self._pending[self._threads.submit(self._read, self._fetcher, url)] = (seq, url)

    def _read(self, fetcher: Fetcher, url: str) -> RawInput | PagesInput:
        """The page, or with --follow-pages the article's pages (discover/pages.py).
        The record is known by the URL as given, whatever the fetcher made of it."""
        most = self.options.discover.follow_pages
        if most > 1:
            from ..discover.pages import follow

            first, *later = follow(fetcher, url, most)
            return PagesInput((replace(first, source=url), *later))
        return RawInput(replace(fetcher.fetch(url), source=url))

    def finished(self, timeout: float = 0.0) -> list[tuple[int, RawInput | PagesInput | FailedInput]]:
        """The fetches done so far (waiting up to `timeout` for one), as batch items."""
        if not self._pending:
            return []
        done, _ = wait(self._pending, timeout, return_when=FIRST_COMPLETED)
        items: list[tuple[int, RawInput | PagesInput | FailedInput]] = []
        for future in done:
            seq, url = self._pending.pop(future)
            try:
                items.append((seq, future.result()))
            except ExtractError as exc:
                items.append((seq, FailedInput(url, exc.kind, str(exc), url)))
            except Exception as exc:  # a fetcher bug costs this URL, not the batch
                items.append((seq, FailedInput(url, "internal", f"{type(exc).__name__}: {exc}", url)))
        return items

    def close(self) -> None:
        for future in self._pending:
            future.cancel()
        self._pending.clear()
        self._stack.close()
