"""Local worker processes, one page at a time each, with a time limit per page.

Why not concurrent.futures or multiprocessing.Pool: the first breaks as a whole when one
worker dies, the second silently loses the task of a dead worker, and neither can stop a
page that hangs. Here each worker has its own pipe and holds a few pages, the one it works
on and the next ones; the parent waits on every pipe and every process sentinel at once, so it
knows which page a dead worker was on, kills a worker whose page is past its deadline, and
starts a fresh one in its place. Either way that page alone becomes an error record.

Workers start from a fork server that has imported the extractor once (spawn where there
is none), so a replacement is cheap and no worker inherits the parent's threads. A worker
never runs the caller's `__main__`: multiprocessing would run a script again in every
worker (a script without an `if __name__ == "__main__":` guard, or one read from stdin, then
fails in each), but a worker needs nothing from it, so the main module is hidden while a
worker starts. `extract_many` therefore works from any script, notebook or `python -`.
"""
from __future__ import annotations

import multiprocessing
import queue
import signal
import sys
import threading
import time
import types
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.context import ForkServerContext, SpawnContext, SpawnProcess
from multiprocessing.process import BaseProcess

from ..options import Options
from ..sources.items import Input
from .records import Outcome, failed
from .page import Work, process, url_of


_MAIN_SWAP = threading.Lock()


@contextmanager
def _main_hidden() -> Iterator[None]:
    """While a worker starts, `__main__` is a blank module: multiprocessing then tells the
    worker to run no main module at all (it would otherwise run the caller's script again)."""
    with _MAIN_SWAP:
        main = sys.modules["__main__"]
        sys.modules["__main__"] = types.ModuleType("__main__")
        try:
            yield
        finally:
            sys.modules["__main__"] = main


class _SpawnWorker(SpawnProcess):
    @staticmethod
    def _Popen(process_obj: BaseProcess) -> Any:
        with _main_hidden():
            return SpawnProcess._Popen(process_obj)


_WORKERS: dict[str, type[BaseProcess]] = {"spawn": _SpawnWorker}
if "forkserver" in multiprocessing.get_all_start_methods():
    from multiprocessing.context import ForkServerProcess

    class _ForkServerWorker(ForkServerProcess):
        @staticmethod
        def _Popen(process_obj: BaseProcess) -> Any:
            with _main_hidden():
                return ForkServerProcess._Popen(process_obj)

    _WORKERS["forkserver"] = _ForkServerWorker


def _context() -> tuple[ForkServerContext | SpawnContext, type[BaseProcess]]:
    """The start method (a fork server where there is one) and the worker's process class."""
    if "forkserver" in _WORKERS:
        context = multiprocessing.get_context("forkserver")
        # The charset detectors too: decode.py imports them on first need, which in a
        # batch is soon, and every worker would otherwise load them again.
        context.set_forkserver_preload(["extract.batch.page", "bs4", "charset_normalizer"])
        return context, _WORKERS["forkserver"]
    return multiprocessing.get_context("spawn"), _WORKERS["spawn"]


def _serve(conn: Connection, options: Options, work: Work) -> None:
    """A worker's life: take a page, send its Outcome back, until told to stop or orphaned.

    A thread takes pages off the pipe as soon as they come: the parent then never waits on
    a busy worker to hand it a page (a large archive record) while that worker waits on
    the parent to take a large answer, which would leave both waiting for good.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    tasks: queue.SimpleQueue[tuple[int, Input] | None] = queue.SimpleQueue()

    def take() -> None:
        task: tuple[int, Input] | None = None
        try:
            while (task := conn.recv()) is not None:
                tasks.put(task)
        except (EOFError, OSError):
            pass  # the parent has gone: stop
        tasks.put(None)

    threading.Thread(target=take, daemon=True).start()
    while (task := tasks.get()) is not None:
        seq, item = task
        try:
            conn.send((seq, work(item, options)))
        except (BrokenPipeError, ConnectionResetError):
            return


# Pages a worker holds at once: the one it works on and those waiting behind it, so that
# it never idles while the parent, which shares the CPUs with the workers, gets round to
# handing it more. The parent then collects answers in batches, after a nap: waking once
# per page would take a CPU from a worker each time.
_DEPTH = 4
_NAP = 0.01


@dataclass(slots=True)
class _Worker:
    process: BaseProcess
    conn: Connection
    tasks: deque[tuple[int, Input]] = field(default_factory=deque)  # in the order sent
    deadline: float = 0.0  # for tasks[0], the page it is working on


class ProcessPool:
    """`size` worker processes; submit pages to free ones, poll for Results.

    A worker answers its pages in the order it was given them, so the first unanswered
    one is the page it is on: that page alone is blamed when it dies or runs past its
    time, and the pages waiting behind it go to the worker that replaces it.
    """

    def __init__(self, options: Options, size: int, work: Work = process) -> None:
        self.options = options
        self.work = work
        self.timeout = options.batch.page_timeout
        self._context, self._process = _context()
        self._workers = [self._start() for _ in range(max(1, size))]
        self._lost: list[tuple[int, Outcome]] = []

    def __enter__(self) -> ProcessPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def free(self) -> int:
        return sum(_DEPTH - len(worker.tasks) for worker in self._workers)

    def submit(self, seq: int, item: Input) -> None:
        """Hand a page to the least busy worker (one that died while idle is replaced first)."""
        index = min(range(len(self._workers)), key=lambda i: len(self._workers[i].tasks))
        worker = self._workers[index]
        if not worker.tasks and not worker.process.is_alive():
            self._stop(worker)
            worker = self._workers[index] = self._start()
        self._send(worker, (seq, item))

    def poll(self, timeout: float) -> list[tuple[int, Outcome]]:
        """Results that are ready within `timeout` seconds, lost pages included."""
        results, self._lost = self._lost, []
        busy = [worker for worker in self._workers if worker.tasks]
        if results:
            return results
        if not busy:
            time.sleep(timeout)
            return results
        if all(len(worker.tasks) > 1 for worker in self._workers):
            time.sleep(_NAP)  # every worker has its next page: collect answers in batches
        now = time.monotonic()
        wait_for = max(0.0, min(timeout, min(worker.deadline for worker in busy) - now))
        ready = set(wait([w.conn for w in busy] + [w.process.sentinel for w in busy], wait_for))
        for worker in busy:
            if worker.conn in ready and self._receive(worker, results):
                continue
            if worker.conn in ready or worker.process.sentinel in ready:
                worker.process.join(1.0)
                results.append(self._lose(worker, "worker_died", f"the worker process died on this page ({_exit(worker)})"))
            elif time.monotonic() >= worker.deadline:
                results.append(self._lose(worker, "timeout", f"page took longer than {self.timeout:g} s"))
        return results

    def close(self) -> None:
        """Stop every worker: idle ones are asked to leave, busy ones are killed."""
        for worker in self._workers:
            if not worker.tasks and worker.process.is_alive():
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
        for worker in self._workers:
            self._stop(worker, grace=0.0 if worker.tasks else 1.0)
        self._workers = []

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        worker = self._process(target=_serve, args=(child, self.options, self.work), daemon=True)
        worker.start()
        child.close()
        return _Worker(worker, parent)

    def _send(self, worker: _Worker, task: tuple[int, Input]) -> None:
        if not worker.tasks:
            worker.deadline = time.monotonic() + self.timeout
        worker.tasks.append(task)
        try:
            worker.conn.send(task)
        except OSError:  # it has died: at start-up, or on the page it was working on
            worker.process.join(1.0)
            message = ("the worker process died before taking this page" if len(worker.tasks) == 1
                       else f"the worker process died on this page ({_exit(worker)})")
            self._lost.append(self._lose(worker, "worker_died", message))

    def _receive(self, worker: _Worker, results: list[tuple[int, Outcome]]) -> bool:
        """Take every answer the worker has sent; False when it died instead of answering."""
        try:
            while worker.tasks and worker.conn.poll():
                results.append(worker.conn.recv())
                worker.tasks.popleft()
                worker.deadline = time.monotonic() + self.timeout  # the next page starts now
        except (EOFError, OSError):
            return False  # it died while answering: handled as a death
        return True

    def _lose(self, worker: _Worker, kind: str, message: str) -> tuple[int, Outcome]:
        """The worker's current page is lost: record it, put a fresh worker in its place and
        give it the pages that were waiting behind the lost one."""
        seq, item = worker.tasks.popleft()
        waiting = list(worker.tasks)
        self._stop(worker)
        fresh = self._workers[self._workers.index(worker)] = self._start()
        for task in waiting:
            self._send(fresh, task)
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
