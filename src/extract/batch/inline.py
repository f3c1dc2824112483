"""Pages run in the calling thread, one after another: the pool of a shard on Dask.

A Dask worker is what a cluster sizes (one thread, one core), restarts when it dies and
retries tasks on. A shard run there extracts its pages in the worker's own thread: a child
process per task (what the local engine does) would make each Dask thread cost two
processes' CPU, so that a cluster of N threads overcommits its cores, and would need
workers started with DASK_DISTRIBUTED__WORKER__DAEMON=False.

The time limit per page (--page-timeout) is then the library's own watchdog (deadline.py):
Python loops stop mid-way and the page becomes the same `timeout` record the local engine
writes. What it cannot stop is one C call that never returns (the engine's C steps are
linear in the page, which --max-bytes bounds). A page that kills the process kills the
worker: Dask restarts it and retries the shard, and reports it failed after its
`allowed-failures`; `--resume` redoes it.
"""
from __future__ import annotations

from ..deadline import Expired, bounded
from ..options import Options
from ..sources.items import Input
from .page import Work, url_of
from .records import Outcome, failed


class InlinePool:
    """A Pool (schedule.Pool) whose `submit` extracts the page there and then."""

    def __init__(self, options: Options, work: Work) -> None:
        self.options = options
        self.timeout = options.batch.page_timeout
        self.work = work
        self._done: list[tuple[int, Outcome]] = []

    def __enter__(self) -> InlinePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.clear()

    @property
    def free(self) -> int:
        return 1

    def submit(self, seq: int, item: Input) -> None:
        try:
            outcome = bounded(self.timeout, lambda: self.work(item, self.options))
        except Expired:
            outcome = failed(item.source, "timeout", f"page took longer than {self.timeout:g} s", url_of(item))
        self._done.append((seq, outcome))

    def poll(self, timeout: float) -> list[tuple[int, Outcome]]:
        done, self._done = self._done, []
        return done
