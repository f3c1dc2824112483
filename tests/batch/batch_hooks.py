"""Work functions for the pool tests: the real page work, except on marked pages, where the
worker process dies (os._exit, as a segfault in a C library would end it), hangs in C
(a sleep) or spins in Python.

They live in a module of their own so worker processes can import them by name.
"""
from __future__ import annotations

import os
import time

from extract.batch.records import Outcome
from extract.batch.page import process
from extract.options import Options
from extract.sources.items import Input, RawInput

CRASH, HANG, SPIN = b"<!-- crash-the-worker -->", b"<!-- hang-the-worker -->", b"<!-- spin-the-worker -->"


def _spin() -> None:
    """A Python loop that never ends: what a pathological page could make the engine do."""
    while True:
        pass


def fragile(item: Input, options: Options) -> Outcome:
    if isinstance(item, RawInput):
        if CRASH in item.page.data:
            os._exit(70)
        if HANG in item.page.data:
            time.sleep(3600)
    return process(item, options)


def fragile_rendered(item: Input, options: Options) -> Outcome:
    """fragile() for sharded jobs, whose workers get saved pages as paths and render records."""
    from pathlib import Path

    from extract.batch.page import process_rendered
    from extract.sources.items import PathInput

    if isinstance(item, PathInput):
        data = Path(item.path).read_bytes()
        if CRASH in data:
            os._exit(70)
        if HANG in data:
            time.sleep(3600)
        if SPIN in data:
            _spin()
    return process_rendered(item, options)
