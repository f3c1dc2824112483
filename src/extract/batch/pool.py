"""Local worker processes, one page at a time each, with a time limit per page.

Why not concurrent.futures or multiprocessing.Pool: the first breaks as a whole when one
worker dies, the second silently loses the task of a dead worker, and neither can stop a
page that hangs. Here each worker has its own pipe and holds one page; the parent waits on
every pipe and every process sentinel at once, so it knows which page a dead worker was
on, kills a worker whose page is past its deadline, and starts a fresh one in its place.
Either way that page alone becomes an error record.

Workers start from a fork server that has imported the extractor once (spawn where there
is none), so a replacement is cheap and no worker inherits the parent's threads.
"""
from __future__ import annotations

import multiprocessing
import signal
import time
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess

from ..options import Options
from ..sources.items import Input
from .records import Result, failed
from .work import Work, process, url_of


def _context() -> ForkServerContext | SpawnContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["extract.batch.work"])
        return context
    return multiprocessing.get_context("spawn")


def _serve(conn: Connection, options: Options, work: Work) -> None:
    """A worker's life: take a page, send its Result back, until told to stop or orphaned."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    while True:
        try:
            task = conn.recv()
        except EOFError:
            return
        if task is None:
            return
        seq, item = task
        try:
            conn.send((seq, work(item, options)))
        except (BrokenPipeError, ConnectionResetError):
            return


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection
    task: tuple[int, Input] | None = None
    deadline: float = 0.0


class ProcessPool:
    """`size` worker processes; submit pages to free ones, poll for Results."""

    def __init__(self, options: Options, size: int, work: Work = process) -> None:
        self.options = options
        self.work = work
        self.timeout = options.batch.page_timeout
        self._context = _context()
        self._workers = [self._start() for _ in range(max(1, size))]
        self._lost: list[tuple[int, Result]] = []

    def __enter__(self) -> ProcessPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def free(self) -> int:
        return sum(worker.task is None for worker in self._workers)

    def submit(self, seq: int, item: Input) -> None:
        """Hand a page to a free worker (one that died while idle is replaced first)."""
        index = next(i for i, worker in enumerate(self._workers) if worker.task is None)
        worker = self._workers[index]
        if not worker.process.is_alive():
            self._stop(worker)
            worker = self._workers[index] = self._start()
        worker.task, worker.deadline = (seq, item), time.monotonic() + self.timeout
        try:
            worker.conn.send((seq, item))
        except OSError:  # it died before it could take the page (at start-up, say)
            self._lost.append(self._lose(worker, "worker_died", "the worker process died before taking this page"))

    def poll(self, timeout: float) -> list[tuple[int, Result]]:
        """Results that are ready within `timeout` seconds, lost pages included."""
        results, self._lost = self._lost, []
        busy = [worker for worker in self._workers if worker.task is not None]
        if results:
            return results
        if not busy:
            time.sleep(timeout)
            return results
        now = time.monotonic()
        wait_for = max(0.0, min(timeout, min(worker.deadline for worker in busy) - now))
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], wait_for))
        for worker in busy:
            if worker.conn in ready:
                try:
                    results.append(worker.conn.recv())
                    worker.task = None
                    continue
                except (EOFError, OSError):
                    pass  # it died while answering: handled below as a death
            if worker.conn in ready or worker.process.sentinel in ready:
                worker.process.join(1.0)
                results.append(self._lose(worker, "worker_died", f"the worker process died on this page ({_exit(worker)})"))
            elif time.monotonic() >= worker.deadline:
                results.append(self._lose(worker, "timeout", f"page took longer than {self.timeout:g} s"))
        return results

    def close(self) -> None:
        """Stop every worker: idle ones are asked to leave, busy ones are killed."""
        for worker in self._workers:
            if worker.task is None and worker.process.is_alive():
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
        for worker in self._workers:
            self._stop(worker, grace=1.0 if worker.task is None else 0.0)
        self._workers = []

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        worker = self._context.Process(target=_serve, args=(child, self.options, self.work), daemon=True)
        worker.start()
        child.close()
        return _Worker(worker, parent)

    def _lose(self, worker: _Worker, kind: str, message: str) -> tuple[int, Result]:
        """The worker's page is lost: record it, and put a fresh worker in its place."""
        assert worker.task is not None
        seq, item = worker.task
        self._stop(worker)
        self._workers[self._workers.index(worker)] = self._start()
        return seq, failed(item.source, kind, message, url_of(item))

    @staticmethod
    def _stop(worker: _Worker, grace: float = 0.0) -> None:
        worker.process.join(grace)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()


def _exit(worker: _Worker) -> str:
    code = worker.process.exitcode
    if code is not None and code < 0:
        return f"killed by signal {-code}"
    return f"exit code {code}"
