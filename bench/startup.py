#!/usr/bin/env python3
"""Start-up as a user meets it: wall time of `extract samples/news-article.html`.

Runs the installed command (or `python -m extract` with --module) N times in a fresh
process each and prints the median, which the README's figure quotes. The machine's load
moves single runs by tens of milliseconds; the median of 10 runs, taken 2-3 times, does not.

    python bench/startup.py                 # median of 10 runs of `extract samples/news-article.html`
    python bench/startup.py --runs 20 --module
"""
from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

PAGE = Path(__file__).resolve().parent.parent / "samples" / "news-article.html"


def command(module: bool) -> list[str]:
    """The installed `extract` next to this Python, else on PATH; `python -m extract` when
    asked or when neither is installed."""
    installed = Path(sys.executable).with_name("extract")
    found = str(installed) if installed.exists() else shutil.which("extract")
    return [sys.executable, "-m", "extract"] if module or found is None else [found]


def timed(argv: list[str]) -> float:
    """Seconds from launch to exit of one run, output discarded."""
    start = time.perf_counter()
    subprocess.run(argv, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10, metavar="N", help="runs to take the median of (default 10)")
    parser.add_argument("--module", action="store_true", help="run `python -m extract` instead of the installed command")
    args = parser.parse_args()
    argv = [*command(args.module), str(PAGE)]
    timed(argv)  # a first run warms the disk cache, as a user's second run would find it
    times = sorted(timed(argv) for _ in range(args.runs))
    label = "python -m extract" if args.module else "extract"
    print(f"{label} samples/{PAGE.name}: median {statistics.median(times):.3f} s over {args.runs} runs "
          f"(min {times[0]:.3f}, max {times[-1]:.3f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
