"""One shard, as a task runs it where it is scheduled: read the shard, extract every page,
write the part, return counts. The same function runs under both engines.

On this machine (the processes engine) the pages run in a child process of the task
(processes.ProcessPool of one worker, the batch's own pool): a page past --page-timeout
has its child killed and becomes a `timeout` record, a page that kills its child a
`worker_died` record, and the shard goes on with a fresh child. On Dask (`inline`) they run
in the worker's thread (inline.py says why, and what its time limit does not stop). What
neither guards: the task's own reading of the shard (a stalled network read of an archive
stalls the shard; fsspec's own timeouts apply) and writing the part.

The child stays with the task's thread from shard to shard (starting one, and loading the
language model in it, costs about half a second) and is replaced after _RECYCLE pages,
so the memory a worker keeps after its largest page is handed back now and then.
"""
from __future__ import annotations

import threading
import time
from dataclasses import dataclass, replace

from .._version import package_version
from ..options import Options
from .parts import PartWriter, file_sha256, part_name
from .inline import InlinePool
from .processes import ProcessPool
from .records import Status, record_options, to_record
from .schedule import in_order
from .shards import Shard, shard_items
from .page import Work, process_rendered
from . import storage

_RECYCLE = 20_000  # pages a child extracts before it is replaced

_local = threading.local()
_all_pools: list[ProcessPool] = []
_all_lock = threading.Lock()


class Cancelled(Exception):
    """The job was stopped (Ctrl-C) while this shard ran; its part was not written."""


@dataclass(frozen=True, slots=True)
class ShardReport:
    """What a task sends back: counts and the part's name, never records."""

    index: int
    shard: str
    part: str
    records: int = 0
    errors: int = 0
    articles: int = 0
    bytes: int = 0
    sha256: str = ""
    seconds: float = 0.0
    skipped: bool = False  # the part was already there, its checksum as the manifest says
    engine_version: str = ""


def shard_options(options: Options) -> Options:
    """The options the pages of a shard run with: one child, JSONL records, nothing that
    needs the whole batch (dedup, site learning) and nothing written elsewhere."""
    batch = replace(options.batch, workers=1, output_dir=None, dedup=False, learn_boilerplate=False, resume=False)
    return replace(options, batch=batch)


def _pool(options: Options, work: Work) -> ProcessPool:
    """This thread's child process, started or replaced as needed."""
    held: tuple[ProcessPool, Options, int] | None = getattr(_local, "held", None)
    if held is not None and (held[1] != options or held[0].work is not work or held[2] >= _RECYCLE):
        held[0].close()
        held = None
    if held is None:
        pool = ProcessPool(options, 1, work)
        with _all_lock:
            _all_pools.append(pool)
        held = (pool, options, 0)
    _local.held = held
    return held[0]


def close_pools() -> None:
    """Stop the children of every thread of this process (the local engine, at the end)."""
    with _all_lock:
        for pool in _all_pools:
            pool.close()
        _all_pools.clear()


def run_shard(shard: Shard, prefix: str, fmt: str, options: Options, expected_sha256: str | None = None,
              stop: threading.Event | None = None, work: Work = process_rendered, inline: bool = False) -> ShardReport:
    """Extract one shard into PREFIX/part-NNNNN.*; skip it when its part is already there
    with `expected_sha256` (a resumed job). `work` is what is done with a page: in this
    thread when `inline` (a Dask task), else in this thread's child process."""
    started = time.monotonic()
    part = part_name(shard.index, fmt)
    if expected_sha256 and file_sha256(storage.join(prefix, part)) == expected_sha256:
        return ShardReport(shard.index, shard.name, part, sha256=expected_sha256, skipped=True)
    options = shard_options(options)
    pool = InlinePool(options, work) if inline else _pool(options, work)
    written_options = record_options(options)
    counts = dict.fromkeys(Status, 0)
    records = 0
    writer = PartWriter(prefix, shard.index, fmt)
    try:
        for result in in_order(shard_items(shard, options), options, pool):
            if stop is not None and stop.is_set():
                raise Cancelled(shard.name)
            counts[result.status] += 1
            if result.skipped and not options.batch.keep_skipped:
                continue  # an archive's image: counted, not written
            writer.write(result.rendered if result.rendered is not None else to_record(result, written_options))
            records += 1
        written = writer.commit()
    except BaseException:
        writer.abort()
        raise
    if not inline:
        pool_, held_options, pages = _local.held
        _local.held = (pool_, held_options, pages + records)
    return ShardReport(shard.index, shard.name, part, records, counts[Status.ERROR], counts[Status.OK],
                       written.bytes, written.sha256, time.monotonic() - started, False, package_version())
