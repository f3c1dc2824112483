"""Workers: a page that kills its worker or hangs past --page-timeout costs that page only;
the worker is replaced and the batch goes on, in input order, one record per input."""
from __future__ import annotations

import time
from dataclasses import replace

from extract import BatchOptions, Options, RawPage
from extract.batch.processes import ProcessPool
from extract.batch.schedule import process_items
from extract.sources.items import RawInput

import batch_hooks
from batch_support import ARTICLE


def page(name: str, marker: bytes = b"") -> RawInput:
    return RawInput(RawPage(data=ARTICLE.replace(b"</body>", marker + b"</body>"), source=name))


def run(items, options):
    pool = ProcessPool(options, options.batch.workers, work=batch_hooks.fragile)
    return list(process_items(items, options, pool=pool))


def test_a_worker_that_dies_costs_one_page() -> None:
    options = Options(batch=BatchOptions(workers=2))
    items = [page("a"), page("b", batch_hooks.CRASH), page("c"), page("d", batch_hooks.CRASH), page("e")]
    results = run(items, options)
    assert [r.source for r in results] == ["a", "b", "c", "d", "e"]
    kinds = [r.failure.kind if r.failure else "ok" for r in results]
    assert kinds == ["ok", "worker_died", "ok", "worker_died", "ok"]
    assert "exit code 70" in results[1].failure.message


def test_a_page_past_its_time_is_an_error_and_the_batch_goes_on() -> None:
    options = Options(batch=BatchOptions(workers=2, page_timeout=1.5))
    items = [page("slow", batch_hooks.HANG), *(page(f"p{i}") for i in range(6))]
    started = time.monotonic()
    results = run(items, options)
    assert time.monotonic() - started < 30
    assert results[0].failure.kind == "timeout" and "1.5 s" in results[0].failure.message
    assert all(r.failure is None for r in results[1:])
    assert len(results) == 7


def test_one_worker_replaced_many_times() -> None:
    options = Options(batch=BatchOptions(workers=1))
    items = [page(str(i), batch_hooks.CRASH if i % 2 else b"") for i in range(6)]
    results = run(items, options)
    assert [r.failure.kind if r.failure else "ok" for r in results] == ["ok", "worker_died"] * 3


def test_leaving_early_stops_the_workers() -> None:
    options = Options(batch=BatchOptions(workers=2))
    pool = ProcessPool(options, 2, work=batch_hooks.fragile)
    processes = [worker.process for worker in pool._workers]
    results = process_items((page(str(i)) for i in range(100)), options, pool=pool)
    next(results)
    results.close()
    assert not any(process.is_alive() for process in processes)


def test_default_pool_size_is_the_cpu_count() -> None:
    from extract.batch.schedule import worker_count

    assert worker_count(Options()) >= 1
    assert worker_count(replace(Options(), batch=BatchOptions(workers=3))) == 3


def test_large_pages_both_ways_do_not_stall_the_pool() -> None:
    """Pages of a few MB each way (an archive record in, its long article out): the parent
    hands a busy worker its next page while that worker hands back a large answer, and
    neither may wait on the other for good."""
    import threading

    sentence = "The council met again on Tuesday, for the {} time, to discuss the rail yard plan. "
    paragraphs = "".join(f"<p>{sentence.format(n) * 40}</p>\n" for n in range(600))
    big = f"<html><body><article><h1>Long read</h1>{paragraphs}</article></body></html>".encode()
    assert len(big) > 1_500_000
    options = Options(batch=BatchOptions(workers=1))
    items = [RawInput(RawPage(data=big, source=f"big{i}")) for i in range(6)]
    found: list = []
    runner = threading.Thread(target=lambda: found.extend(run(items, options)), daemon=True)
    runner.start()
    runner.join(120)
    assert not runner.is_alive(), "the pool stalled"
    assert [r.source for r in found] == [f"big{i}" for i in range(6)]
    assert all(r.document is not None and len(r.document.text) > 1_000_000 for r in found)
