"""What a batch tells the person running it: a live bar, then one summary line.

The bar (rich) goes to stderr only when stderr is a terminal and --quiet is not given: in a
pipe or a log it would be noise. The summary is printed at the end either way (unless
--quiet): how many inputs gave an article, no article, an error or a duplicate, the time,
and pages per second.
"""
from __future__ import annotations

import sys
import time
from dataclasses import dataclass, field

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from .records import Outcome, Status


@dataclass(slots=True)
class Summary:
    """Counts of one run; inputs --resume found already done are counted apart."""

    counts: dict[Status, int] = field(default_factory=lambda: dict.fromkeys(Status, 0))
    already_done: int = 0
    started: float = field(default_factory=time.monotonic)
    elapsed: float = 0.0

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    @property
    def errors(self) -> int:
        return self.counts[Status.ERROR]

    @property
    def pages_per_second(self) -> float:
        return self.total / self.elapsed if self.elapsed > 0 else 0.0

    def add(self, result: Outcome) -> None:
        self.counts[result.status] += 1

    def finish(self) -> None:
        self.elapsed = time.monotonic() - self.started

    def line(self) -> str:
        counts = self.counts
        parts = [f"{counts[Status.OK]} ok", f"{counts[Status.NO_ARTICLE]} no article", f"{counts[Status.ERROR]} errors"]
        if counts[Status.DUPLICATE]:
            parts.append(f"{counts[Status.DUPLICATE]} duplicates")
        if counts[Status.SKIPPED]:
            parts.append(f"{counts[Status.SKIPPED]} skipped (not pages)")
        if counts[Status.LOW_CONFIDENCE]:
            parts.append(f"{counts[Status.LOW_CONFIDENCE]} below --min-confidence")
        if self.already_done:
            parts.append(f"{self.already_done} already done")
        # Inputs, not pages: an archive's images and redirects are inputs that hold no page.
        return (f"extract: {self.total} inputs in {self.elapsed:.1f} s ({self.pages_per_second:.1f}/s): "
                + ", ".join(parts))


class Bar:
    """The live progress bar, or nothing when it would not be seen."""

    def __init__(self, total: int | None, quiet: bool) -> None:
        self._progress: Progress | None = None
        if quiet or not sys.stderr.isatty():
            return
        self._progress = Progress(
            TextColumn("extract"), BarColumn(), MofNCompleteColumn(),
            TextColumn("{task.fields[rate]:.1f} pages/s"), TextColumn("{task.fields[errors]} errors"),
            TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=True,
        )
        self._task = self._progress.add_task("pages", total=total, rate=0.0, errors=0)
        self._progress.start()

    def update(self, summary: Summary) -> None:
        if self._progress is not None:
            elapsed = time.monotonic() - summary.started
            rate = summary.total / elapsed if elapsed > 0 else 0.0
            self._progress.update(self._task, completed=summary.total + summary.already_done, rate=rate, errors=summary.errors)

    def close(self) -> None:
        if self._progress is not None:
            self._progress.stop()
