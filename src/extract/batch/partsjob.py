"""A sharded job as the client runs it: plan shards, hand them to an engine, keep the
manifest and the counts. The client sees shard names and counts, never pages or records,
so its memory stays flat however large the job (the plan is lazy and at most a few shards
per worker are in flight).

Engines: `processes` runs shards in threads of this process, each thread's pages in its
own child process (shardtask.py); `dask` submits the same task to a cluster (a
LocalCluster on 127.0.0.1 without --scheduler), whose workers read the shards, extract
their pages in the task's own thread and write the parts themselves: they need the inputs
and PREFIX at the same paths or URLs.
"""
from __future__ import annotations

import logging
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor
from concurrent.futures import wait as wait_threads
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from ..errors import ExtractError, InputError
from ..options import Engine, Options, OutputFormat
from ..sources.inputs import read_list
from .manifest import Entry, Manifest
from .parts import part_name
from .schedule import worker_count
from .shardtask import ShardReport, close_pools, run_shard
from .shards import SHARD_FILES, Shard, plan_shards

Submit = Callable[[Shard, str | None], Any]  # a shard and its expected checksum -> a future


@dataclass(slots=True)
class PartsSummary:
    """Counts of one job: shards done now, skipped (done before), failed (no part)."""

    done: int = 0
    skipped: int = 0
    failed: list[str] = field(default_factory=list)
    records: int = 0
    errors: int = 0
    articles: int = 0
    started: float = field(default_factory=time.monotonic)
    elapsed: float = 0.0

    @property
    def pages_per_second(self) -> float:
        return self.records / self.elapsed if self.elapsed > 0 else 0.0

    def line(self) -> str:
        shards = self.done + self.skipped + len(self.failed)
        return (f"extract: {shards} shards ({self.done} done, {self.skipped} already done, {len(self.failed)} failed): "
                f"{self.records} records ({self.articles} articles, {self.errors} errors) in {self.elapsed:.1f} s "
                f"({self.pages_per_second:.1f} pages/s)")


def run_parts(specs: Iterable[str], prefix: str, options: Options, fmt: str = "jsonl",
              shard_files: int = SHARD_FILES, log: Callable[[str], None] | None = None) -> PartsSummary:
    """Extract every input of `specs` into PREFIX/part-NNNNN.{jsonl.gz,parquet} and
    PREFIX/_manifest.jsonl; `log` hears of shards that failed as a whole."""
    if fmt not in ("jsonl", "parquet"):
        raise InputError(f"parts are jsonl or parquet, not {fmt}")
    manifest = Manifest(prefix, options.batch.resume)
    summary = PartsSummary()

    def expected(shard: Shard) -> str | None:
        entry = manifest.previous(shard.index, shard.name, part_name(shard.index, fmt))
        return entry.sha256 if entry else None

    run = _run_dask if options.batch.engine is Engine.DASK else _run_threads
    try:
        for shard, report in run(plan_shards(specs, options, shard_files), prefix, fmt, options, expected):
            if isinstance(report, BaseException):
                summary.failed.append(shard.name)
                if log:
                    log(f"shard {shard.index} ({shard.name}) failed: {type(report).__name__}: {report}")
            elif report.skipped:
                summary.skipped += 1
            else:
                manifest.add(Entry(report.shard, report.index, report.part, report.records, report.errors,
                                   report.bytes, report.sha256, round(report.seconds, 3), report.engine_version))
                summary.done += 1
                summary.records += report.records
                summary.errors += report.errors
                summary.articles += report.articles
    finally:
        manifest.close()
        summary.elapsed = time.monotonic() - summary.started
    return summary


Outcome = Iterator[tuple[Shard, ShardReport | BaseException]]


def _drive(shards: Iterable[Shard], submit: Callable[[Shard], Any], wait_first: Callable[[set[Any]], set[Any]],
           capacity: int) -> Outcome:
    """Shards submitted as room frees up (at most `capacity` in flight), outcomes as they end."""
    running: dict[Any, Shard] = {}

    def finished() -> Outcome:
        for future in wait_first(set(running)):
            shard = running.pop(future)
            try:
                yield shard, future.result()
            except Exception as exc:  # the shard as a whole failed: reported, redone on resume
                yield shard, exc

    for shard in shards:
        while len(running) >= capacity:
            yield from finished()
        running[submit(shard)] = shard
    while running:
        yield from finished()


def _run_threads(shards: Iterable[Shard], prefix: str, fmt: str, options: Options,
                 expected: Callable[[Shard], str | None]) -> Outcome:
    workers = worker_count(options)
    stop = threading.Event()
    threads = ThreadPoolExecutor(workers, thread_name_prefix="extract-shard")
    try:
        yield from _drive(shards, lambda s: threads.submit(run_shard, s, prefix, fmt, options, expected(s), stop),
                          lambda running: wait_threads(running, return_when=FIRST_COMPLETED)[0], workers)
    finally:
        stop.set()  # on Ctrl-C, shards in flight stop at their next page
        threads.shutdown(wait=True, cancel_futures=True)
        close_pools()


def _run_dask(shards: Iterable[Shard], prefix: str, fmt: str, options: Options,
              expected: Callable[[Shard], str | None]) -> Outcome:
    try:
        import dask
        from distributed import Client, LocalCluster, wait
    except ImportError as missing:
        raise InputError("--engine dask needs Dask: pip install 'extract-article[dask]'") from missing
    cluster = None
    if options.batch.scheduler:
        client = Client(options.batch.scheduler)
    else:
        # No dashboard, so no use for the statistical profiler that samples every running
        # task's stack a hundred times a second (a few per cent of each worker's CPU).
        with dask.config.set({"distributed.worker.profile.enabled": False}):
            cluster = LocalCluster(n_workers=worker_count(options), threads_per_worker=1, processes=True,
                                   host="127.0.0.1", dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        client.wait_for_workers(1)
        remote = client.scatter(options, broadcast=True)
        capacity = 2 * max(1, sum(client.nthreads().values()))  # one queued behind each running shard
        submit = partial(client.submit, run_shard, fmt=fmt, inline=True, pure=False)
        yield from _drive(shards, lambda s: submit(s, prefix, options=remote, expected_sha256=expected(s)),
                          lambda running: wait(list(running), return_when="FIRST_COMPLETED").done, capacity)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def parts_command(pages: list[str], input_list: str | None, prefix: str, options: Options, output_format: OutputFormat,
                  shard_files: int) -> int:
    """`extract --parts PREFIX`: run the job, print the summary; the exit code (0, 2 for bad
    usage or unreadable input, 3 when a record is an error or a shard failed, 130 on Ctrl-C)."""
    if output_format in (OutputFormat.TEXT, OutputFormat.JSON, OutputFormat.JSONL, OutputFormat.PARQUET):
        fmt = "parquet" if output_format is OutputFormat.PARQUET else "jsonl"
    else:
        return _error(f"--parts writes jsonl or parquet, not {output_format}", 2)
    specs = [*pages, *(read_list(input_list) if input_list else [])]
    if not specs or "-" in specs:
        return _error("--parts needs files, folders, archives, globs or --input-list (not stdin)", 2)
    try:
        summary = run_parts(specs, prefix, options, fmt, shard_files, log=stderr_log)
    except KeyboardInterrupt:
        return _error("interrupted; every part and manifest line written is whole: add --resume to finish", 130)
    except (ExtractError, OSError) as exc:
        return _error(str(exc), 2)
    if not options.batch.quiet:
        print(summary.line(), file=sys.stderr)
    return 3 if summary.errors or summary.failed else 0


def _error(message: str, code: int) -> int:
    stderr_log(f"error: {message}")
    return code


def stderr_log(message: str) -> None:
    print(f"extract: {message}", file=sys.stderr)
