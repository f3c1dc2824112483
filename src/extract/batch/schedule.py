"""Running a batch: items in, one Outcome per item out, in input order, memory bounded.

The loop keeps at most a window of items between "taken from the input" and "handed
to the caller": it takes items only while the window has room, routes each (a failed
input is its own result, a URL goes to be fetched, a page to a worker), and hands results
back in input order. In-input-order output is what makes a run repeatable: the same
batch gives the same file whatever the timing, on local processes or on Dask, and a run
cut short leaves a prefix that --resume completes into exactly the uninterrupted file.
The window bounds memory however many inputs there are, and a slow page holds back at
most a window of finished ones.
"""
from __future__ import annotations

import os
from collections import deque
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol

from ..model import RawPage
from ..options import Engine, Options
from ..sources.inputs import expand
from ..sources.items import FailedInput, Input, UrlInput
from .dedup import Dedup
from .fetching import Fetching
from .records import Outcome, Result, failed
from .sitelearn import learn_boilerplate
from .page import Work, process

# Pages between "taken" and "written", per worker: enough that a slow page does not idle
# the others, few enough that the window costs nothing.
_WINDOW_PER_WORKER = 16
_POLL = 1.0  # seconds a poll may wait when nothing else needs the loop
_POLL_FETCHING = 0.02  # ... and while fetches are under way, whose completion it must see


class Pool(Protocol):
    """What runs pages: local processes (processes.ProcessPool) or Dask (dask.DaskPool)."""

    def __enter__(self) -> Pool: ...

    def __exit__(self, *exc: object) -> None: ...

    @property
    def free(self) -> int: ...

    def submit(self, seq: int, item: Input) -> None: ...

    def poll(self, timeout: float) -> list[tuple[int, Outcome]]: ...


def worker_count(options: Options) -> int:
    return options.batch.workers or os.cpu_count() or 1


def open_pool(options: Options, work: Work = process) -> Pool:
    """The pool the options ask for; Dask is imported only when it is asked for."""
    if options.batch.engine is Engine.DASK:
        from .dask import DaskPool

        return DaskPool(options, worker_count(options), work)
    from .processes import ProcessPool

    return ProcessPool(options, worker_count(options), work)


def extract_many(sources: Iterable[str | Path | RawPage], options: Options | None = None) -> Iterator[Result]:
    """Extract every page of `sources` (files, folders, archives, URLs, `-`, RawPages) in
    parallel, yielding one Result per input page in input order: a document, an error, or a
    skipped input (an archive's image); `result.status` tells which.

    `options.batch` sets the workers, the time limit per page, dedup and boilerplate
    learning. Leaving the loop early stops the workers.
    """
    options = options or Options()
    for outcome in process_items(expand(sources, options), options):
        yield outcome.result()


def process_items(items: Iterable[Input], options: Options, pool: Pool | None = None,
                  dedup: Dedup | None = None, work: Work = process) -> Iterator[Outcome]:
    """The batch behind extract_many: run, then learn boilerplate and drop duplicates as
    asked. A `pool`, a pre-filled `dedup` (earlier output, on --resume) and the `work` of
    the workers (page.process_rendered, when only the written form is wanted) may be given."""
    with pool or open_pool(options, work) as running:
        results = in_order(items, options, running)
        if options.batch.learn_boilerplate:
            results = learn_boilerplate(results, lambda pages: in_order(pages, options, running))
        if options.batch.dedup:
            results = (dedup or Dedup()).filter(results)
        yield from results


def in_order(items: Iterable[Input], options: Options, pool: Pool) -> Iterator[Outcome]:
    """Every item through the pool (URLs fetched first), results in input order."""
    window = worker_count(options) * _WINDOW_PER_WORKER + options.fetch.concurrency
    source = iter(items)
    ready: deque[tuple[int, Input]] = deque()
    done: dict[int, Outcome] = {}
    fetching = Fetching(options)
    taken = handed = 0
    more = True

    def route(seq: int, item: Input) -> None:
        if isinstance(item, FailedInput):
            done[seq] = failed(item.source, item.kind, item.message, item.url, skipped=item.skipped)
        elif isinstance(item, UrlInput):
            fetching.start(seq, item.url)
        else:
            ready.append((seq, item))

    try:
        while True:
            while more and taken - handed < window:
                item = next(source, None)
                if item is None:
                    more = False
                else:
                    route(taken, item)
                    taken += 1
            for seq, item in fetching.finished():
                route(seq, item)
            while ready and pool.free:
                pool.submit(*ready.popleft())
            while handed in done:
                yield done.pop(handed)
                handed += 1
            if not more and handed == taken:
                return
            for seq, result in pool.poll(_POLL_FETCHING if len(fetching) else _POLL):
                done[seq] = result
    finally:
        fetching.close()
