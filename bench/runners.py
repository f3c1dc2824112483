"""The extractors under test, each behind one call shape: (html text, url) -> body text.

Each factory imports its library only when called, so `--only extract` never pays for
importing trafilatura. The timer wraps the extraction call alone and turns a failing page
into an empty prediction, as a user of the library would see it.
"""
from __future__ import annotations

import cProfile
import gc
import pstats
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from sets import Page, sample

Extractor = Callable[[str | bytes, str | None], str]

FLOOR = "lxml"  # not an extractor: the bare parse, the least any lxml-based engine must spend


def make_extract() -> Extractor:
    """Ours, through the public API; `.text` is the body as the CLI prints it."""
    from extract import extract

    def run(html: str | bytes, url: str | None) -> str:
        return extract(html, url=url).text

    return run


def make_trafilatura() -> Extractor:
    """The reference, with its defaults (the published 0.953 on scrapinghub)."""
    import trafilatura

    def run(html: str | bytes, url: str | None) -> str:
        return trafilatura.extract(html, url=url) or ""

    return run


def make_floor() -> Extractor:
    """lxml's parse alone: what no lxml-based extractor can be faster than."""
    from lxml.html import document_fromstring

    def run(html: str | bytes, url: str | None) -> str:
        document_fromstring(html)
        return ""

    return run


_WARM_UP_PAGES = 20

FACTORIES: dict[str, Callable[[], Extractor]] = {
    FLOOR: make_floor,
    "extract": make_extract,
    "trafilatura": make_trafilatura,
}


@dataclass(slots=True)
class Run:
    """What one extractor produced over one set, and how long each page took."""

    name: str
    texts: dict[str, str] = field(default_factory=dict)
    seconds: list[float] = field(default_factory=list)
    errors: dict[str, str] = field(default_factory=dict)  # page id -> "Type: message"

    @property
    def total_s(self) -> float:
        return sum(self.seconds)

    @property
    def pages_per_s(self) -> float:
        return len(self.seconds) / self.total_s if self.total_s else 0.0

    @property
    def median_ms(self) -> float:
        return statistics.median(self.seconds) * 1000 if self.seconds else 0.0


def describe(error: Exception) -> str:
    return f"{type(error).__name__}: {error}"[:200]


def warm_up(extractor: Extractor, pages: list[Page]) -> None:
    """Untimed calls on an even sample of the pages, so one-off costs (lazy imports, a
    language model loaded on first need, compiled patterns) are not charged to whichever
    page needs them first: the figures are the steady state of a long run. A sample, not
    the first pages, which may all take one path (on trafilatura-dev none of the first
    twenty needed extract's charset detector, whose import then fell in the timed run)."""
    for page in sample(pages, _WARM_UP_PAGES):
        try:
            extractor(page.html, page.url)
        except Exception:  # noqa: BLE001 - a failing page is counted in the timed run
            pass


def timed_runs(extractors: dict[str, Extractor], pages: list[Page]) -> dict[str, Run]:
    """Run every extractor on each page in turn, timing only the calls.

    Interleaving page by page means a busy machine slows every extractor alike, so the
    speed ratios of one run hold even when absolute times drift. A page that raises
    yields ''.
    """
    runs = {name: Run(name) for name in extractors}
    for extractor in extractors.values():
        warm_up(extractor, pages)
    gc.collect()
    clock = time.perf_counter
    for page in pages:
        for name, extractor in extractors.items():
            run = runs[name]
            start = clock()
            try:
                text = extractor(page.html, page.url)
            except Exception as error:  # noqa: BLE001 - any failure is an empty prediction
                text = ""
                run.errors[page.id] = describe(error)
            run.seconds.append(clock() - start)
            run.texts[page.id] = text
    return runs


def detected_languages(pages: list[Page]) -> dict[str, str]:
    """Page id -> the primary language extract's Document.language gives ("?" for none),
    read in an untimed pass of its own, for per-language figures."""
    from extract import extract

    languages = {}
    for page in pages:
        try:
            language = extract(page.html, url=page.url).language
        except Exception:  # noqa: BLE001 - counted as an error in the timed run
            language = None
        languages[page.id] = (language or "?").split("-")[0].lower()
    return languages


def profile(extractor: Extractor, pages: list[Page], top: int = 25) -> int:
    """Run under cProfile and print the top entries by cumulative time; returns the errors."""
    warm_up(extractor, pages)  # keep one-off imports out of the profile
    profiler = cProfile.Profile()
    errors = 0
    profiler.enable()
    for page in pages:
        try:
            extractor(page.html, page.url)
        except Exception:  # noqa: BLE001
            errors += 1
    profiler.disable()
    pstats.Stats(profiler, stream=sys.stdout).sort_stats("cumulative").print_stats(top)
    return errors
