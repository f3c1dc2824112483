"""A time limit for one library call that also stops pure-Python loops mid-way.

Checking a clock between stages alone would let one slow stage (the survey of a page with a
million elements) run to its end. Instead one long-lived watchdog thread, started on first
use, keeps the deadlines of the calls in progress; when one passes, it raises `Expired` in
the calling thread with CPython's `PyThreadState_SetAsyncExc`. The exception lands at the
next Python bytecode of that thread, so any Python loop stops within microseconds.

The engine's per-element loops are compiled to C (setup.py) and run no bytecode, so they
call `checkpoint` every few thousand elements, which raises Expired itself once the
thread's deadline has passed: the Python code such a loop does run is mostly the
garbage collector's callbacks (a test framework's, a profiler's), where a delivered
exception is "ignored". This module stays Python: entering `checkpoint` is also where the
interpreter delivers a pending exception.

Limits: code running inside C (one libxml2 parse, one regular-expression search, one
`json.loads`) is not interrupted; the exception arrives when it returns to Python. Those
steps are linear in the input, which `Options.max_bytes` bounds (libxml2 parses about
100 MB/s, and caps the tree depth at 256). `Expired` derives from BaseException so that
no `except Exception` in the pipeline swallows it. Python code that CPython runs on its own
(a garbage-collector callback, a `__del__`) can still receive the exception and have it
"ignored": so the watchdog raises it again every `_AGAIN` seconds until the call ends, at
most `_TIMES` times (so that no Expired can outlive its call for long, whatever races the
unwinding meets). No thread or process is started per call: arming costs a lock and a heap
push.
"""
from __future__ import annotations

import ctypes
import heapq
import itertools
import threading
import time
from collections.abc import Callable
from typing import Final, TypeVar

T = TypeVar("T")
_SET_ASYNC_EXC = ctypes.pythonapi.PyThreadState_SetAsyncExc
_AGAIN = 0.05  # seconds between two raises while a call that has expired still runs
_TIMES = 40  # raises at most per call


def _set_async_exc(thread: int, exception: type[BaseException] | None) -> None:
    """Raise `exception` in `thread` at its next bytecode; None clears a pending one."""
    _SET_ASYNC_EXC(ctypes.c_ulong(thread), ctypes.py_object(exception) if exception else ctypes.c_void_p(0))


class Expired(BaseException):
    """Raised inside the calling thread when its deadline passes (see `bounded`)."""


class _Watchdog:
    """One daemon thread that fires the earliest pending deadline."""

    def __init__(self) -> None:
        self._lock = threading.Condition()
        self._heap: list[tuple[float, int]] = []
        self._armed: dict[int, int] = {}  # token -> thread id, while its call runs
        self._fired: dict[int, int] = {}  # token -> raises so far, once its deadline passed
        self.late: set[int] = set()  # the threads whose call has passed its deadline
        self._tokens = itertools.count()
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float) -> int:
        with self._lock:
            token = next(self._tokens)
            self._armed[token] = threading.get_ident()
            when = time.monotonic() + seconds
            # Wake the watchdog only when this deadline comes first: it sleeps until the
            # earliest one, even when that call has ended (it then pops it and sleeps on).
            earliest = not self._heap or when < self._heap[0][0]
            heapq.heappush(self._heap, (when, token))
            if self._thread is None:
                self._thread = threading.Thread(target=self._watch, name="extract-deadline", daemon=True)
                self._thread.start()
            elif earliest:
                self._lock.notify()
            return token

    def disarm(self, token: int) -> bool:
        """Stop watching; True when the deadline had already fired (an Expired may still be
        pending in this thread: it is cleared, and the caller reports the timeout)."""
        with self._lock:
            self._armed.pop(token, None)
            if self._fired.pop(token, None) is None:
                return False
            self.late.discard(threading.get_ident())
            _set_async_exc(threading.get_ident(), None)  # drop an Expired not yet delivered
            return True

    def _watch(self) -> None:
        with self._lock:
            while True:
                while self._heap and self._heap[0][1] not in self._armed:
                    heapq.heappop(self._heap)  # calls that ended in time
                if not self._heap:
                    self._lock.wait()
                    continue
                when, token = self._heap[0]
                left = when - time.monotonic()
                if left > 0:
                    self._lock.wait(left)
                    continue
                heapq.heappop(self._heap)
                times = self._fired[token] = self._fired.get(token, 0) + 1
                self.late.add(self._armed[token])
                _set_async_exc(self._armed[token], Expired)
                if times < _TIMES:
                    heapq.heappush(self._heap, (time.monotonic() + _AGAIN, token))


_WATCHDOG = _Watchdog()

# How many elements (or blocks) a compiled loop handles between two checkpoints: a
# fraction of a millisecond of work, a call's cost spread over thousands.
CHECK_EVERY: Final = 4096


def checkpoint() -> None:
    """Raise Expired in compiled code whose call has passed its deadline (see the module
    doc); nothing otherwise. A set lookup: cheap enough for every few thousand elements."""
    if _WATCHDOG.late and threading.get_ident() in _WATCHDOG.late:
        raise Expired("deadline passed")


def bounded(seconds: float | None, work: Callable[[], T]) -> T:
    """`work()`, or Expired once `seconds` have passed (None: no limit)."""
    if seconds is None:
        return work()
    token = _WATCHDOG.arm(seconds)
    try:
        try:
            result = work()
        finally:
            fired = _disarm(token)
    except Expired:
        _disarm(token)  # when the Expired landed in the finally clause, before it disarmed
        raise Expired(f"took longer than {seconds:g} s") from None
    if fired:
        raise Expired(f"took longer than {seconds:g} s")
    return result


def _disarm(token: int) -> bool:
    """`disarm`, retried when a repeated Expired lands before it takes the lock."""
    while True:
        try:
            return _WATCHDOG.disarm(token)
        except Expired:
            continue
