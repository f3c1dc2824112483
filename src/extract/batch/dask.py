"""--engine dask: the same pages on a Dask cluster, for batches bigger than one machine.

The pool runs the same `page.process` as the local workers and is driven by the same
ordered loop, so records, error handling and progress are those of a local run. Files
are read here, on the client, and sent to the cluster as bytes: the workers need no view
of the client's disks. Options travel to every worker once (scattered), not with each
page.

What Dask changes: a page past --page-timeout is recorded as a timeout and its task
cancelled, but a Dask worker thread cannot be killed, so a truly hung page keeps its
thread busy; a worker that dies is Dask's to replace, and a page that kills workers
again and again (Dask's `allowed-failures`) is recorded as `worker_died`.

Without --scheduler a LocalCluster of worker processes (one thread each) on 127.0.0.1 is
started for the batch and closed after it.
"""
from __future__ import annotations

import logging
import time
from pathlib import Path
from typing import Any

from ..errors import ExtractError, InputError
from ..options import Options
from ..sources.files import read_file
from ..sources.items import Input, PathInput, RawInput
from .records import Outcome, failed
from .page import Work, process, url_of

try:
    from distributed import Client, Future, KilledWorker, LocalCluster, wait
except ImportError as missing:  # the extra is not installed
    raise InputError("--engine dask needs Dask: pip install 'extract-article[dask]'") from missing


class DaskPool:
    """Pages as Dask tasks; as many in flight as the cluster has threads."""

    def __init__(self, options: Options, workers: int, work: Work = process) -> None:
        self.timeout = options.batch.page_timeout
        self.options = options
        self.work = work
        self._cluster: LocalCluster | None = None
        if options.batch.scheduler:
            self._client = Client(options.batch.scheduler)
        else:
            self._cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                         host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)
            self._client = Client(self._cluster)
        self._client.wait_for_workers(1)
        self.capacity = max(1, sum(self._client.nthreads().values()))
        self._remote_options = self._client.scatter(options, broadcast=True)
        self._running: dict[Future, tuple[int, Input, float]] = {}
        self._failed: list[tuple[int, Outcome]] = []

    def __enter__(self) -> DaskPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def free(self) -> int:
        return self.capacity - len(self._running)

    def submit(self, seq: int, item: Input) -> None:
        if isinstance(item, PathInput):
            try:
                item = RawInput(read_file(Path(item.path), self.options))
            except ExtractError as exc:
                self._failed.append((seq, failed(item.source, exc.kind, str(exc))))
                return
        future = self._client.submit(self.work, item, self._remote_options, pure=False)
        self._running[future] = (seq, item, time.monotonic())

    def poll(self, timeout: float) -> list[tuple[int, Outcome]]:
        results, self._failed = self._failed, []
        if results or not self._running:
            return results
        oldest = min(started for _, _, started in self._running.values())
        wait_for = max(0.0, min(timeout, oldest + self.timeout - time.monotonic()))
        try:
            wait(list(self._running), timeout=wait_for, return_when="FIRST_COMPLETED")
        except TimeoutError:
            pass
        now = time.monotonic()
        for future, (seq, item, started) in list(self._running.items()):
            if future.done():
                del self._running[future]
                results.append((seq, _outcome(future, item)))
            elif now - started >= self.timeout:
                del self._running[future]
                future.cancel()
                results.append((seq, failed(item.source, "timeout", f"page took longer than {self.timeout:g} s", url_of(item))))
        return results

    def close(self) -> None:
        for future in self._running:
            future.cancel()
        self._running.clear()
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


def _outcome(future: Any, item: Input) -> Outcome:
    """The task's Outcome; a task that failed inside Dask is recorded like a local one."""
    if future.status == "finished":
        return future.result()
    error = future.exception()
    if isinstance(error, KilledWorker):
        return failed(item.source, "worker_died", f"Dask workers died on this page ({error})", url_of(item))
    return failed(item.source, "internal", f"{type(error).__name__}: {error}", url_of(item))
