"""Options.timeout: one extract() call ends with a `timeout` error, promptly, on pages built
to be slow; calls that end in time are not disturbed afterwards."""
from __future__ import annotations

import gc
import time

import pytest

import extract
from extract import ExtractError, Options, TimeoutExceeded
from extract.html.parse import parse

ARTICLE = "<html><body><article>" + "<p>" + "A sentence of the article, with words. " * 30 + "</p>" * 5 + "</article></body></html>"


def _parse_time(page: str | bytes) -> float:
    """How long the libxml2 parse alone takes here: the part a time limit cannot cut."""
    started = time.perf_counter()
    parse(page.decode() if isinstance(page, bytes) else page)
    return time.perf_counter() - started


def _late(page: str | bytes, limit: float) -> float:
    """How much later than `limit` the timeout came, beyond the parse and as much again of
    other C work a check cannot cut (lxml walks between two checks). Machines here are
    shared: the parse is timed on the spot, so that slack grows with the load as they do."""
    floor = _parse_time(page)
    gc.collect()  # earlier tests' garbage is not this call's: a full collection runs in C, uncut
    started = time.perf_counter()
    with pytest.raises(TimeoutExceeded) as caught:
        extract.extract(page, options=Options(timeout=limit, detect_language=False))
    assert isinstance(caught.value, ExtractError) and caught.value.kind == "timeout"
    return time.perf_counter() - started - 2 * floor - limit


def test_many_elements_stop_promptly() -> None:
    page = "<html><body>" + "<div><p>x, y.</p><span>a</span></div>" * 150_000 + "</body></html>"
    # The parse (C) cannot be stopped; every Python stage after it can.
    assert _late(page, 0.3) < 0.5


def test_many_short_blocks_stop_inside_the_engine() -> None:
    page = "<html><body><main>" + "<p>Word, word. <a href='/x'>link</a></p>" * 60_000 + "</main></body></html>"
    assert _late(page, 0.2) < 0.5


def test_deep_nesting_and_giant_attributes() -> None:
    # libxml2 stops at depth 256: nest just under it, many times over.
    deep = ("<div class='c'>" * 200 + "<p>text, text.</p>" * 20 + "</div>" * 200) * 300
    assert _late("<html><body>" + deep + "</body></html>", 0.1) < 0.5
    giant = "".join(f"<div class='{'x' * 2000} {i}' data-a='{'y' * 2000}'><p>Some text, here.</p></div>" for i in range(3000))
    assert _late(("<html><body>" + giant + "</body></html>").encode(), 0.1) < 0.5


def test_calls_in_time_are_unchanged_and_leave_nothing_pending() -> None:
    plain = extract.extract(ARTICLE, options=Options(detect_language=False))
    for _ in range(200):
        assert extract.extract(ARTICLE, options=Options(timeout=5.0, detect_language=False)).text == plain.text
    # Deadlines that fall around the end of the call: a timeout or a document, never a
    # stray exception later on.
    for limit in (0.0005, 0.001, 0.002, 0.004):
        for _ in range(20):
            try:
                extract.extract(ARTICLE, options=Options(timeout=limit, detect_language=False))
            except TimeoutExceeded:
                pass
    time.sleep(0.05)
    assert sum(range(100_000)) == 4_999_950_000


def test_an_expired_swallowed_by_python_code_is_raised_again() -> None:
    # CPython "ignores" an exception raised inside a garbage-collector callback or a
    # __del__: the limit must still end the call, not the end of the work.
    from extract.deadline import Expired, bounded

    swallowed: list[float] = []
    ended: list[bool] = []

    def work() -> str:
        stop = time.monotonic() + 5.0
        while time.monotonic() < stop:
            try:
                while time.monotonic() < stop:
                    pass
            except Expired:
                if swallowed:
                    raise
                swallowed.append(time.monotonic())
        ended.append(True)
        return "ran to its end"

    with pytest.raises(Expired):
        bounded(0.05, work)
    assert len(swallowed) == 1 and not ended  # the second raise ended the work mid-way
    time.sleep(0.2)  # nothing left pending in this thread once the call has ended
    assert sum(range(100_000)) == 4_999_950_000


@pytest.mark.parametrize("stage", ["survey", "measure"])
def test_compiled_loops_stop_at_their_checkpoints(stage: str) -> None:
    # Installed with a C compiler, the engine's per-element loops are compiled (setup.py):
    # they run no bytecode, so a timeout can only land at their checkpoints. One stage is
    # timed alone, on a tree built beforehand, so that no Python code around it could take
    # the exception in its place: it must stop long before its own end.
    from extract.deadline import Expired, bounded
    from extract.html.stats import measure
    from extract.html.survey import survey

    root = parse("<html><body>" + "<div><p>x, y.</p><span>a</span></div>" * 100_000 + "</body></html>")
    assert root is not None
    surveyed = survey(root)
    run = (lambda: survey(root)) if stage == "survey" else (lambda: measure(surveyed))
    started = time.perf_counter()
    run()
    whole = time.perf_counter() - started
    gc.collect()
    started = time.perf_counter()
    with pytest.raises(Expired):
        bounded(whole / 10, run)
    assert time.perf_counter() - started < whole / 2
