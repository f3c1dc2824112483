#!/usr/bin/env python3
"""Batch figures on the WCXB dev pages: speed with 1 and 2 workers, peak memory with 500,
1,500 and 4,500 pages, and what --learn-boilerplate and --dedup do.

    python bench/batch.py [--data DIR] [--skip-speed] [--skip-memory] [--skip-dask] [--skip-learning]

- Speed: `extract --input-list LIST --workers N -o /dev/null` on every page of the set
  (the .html.gz files as they are: reading and inflating are part of the work), best of 3
  alternated runs. Two figures: pages/s as the command's own summary reports it (the
  workers' start-up included), and the steady rate once the workers run, measured from
  outside as the marginal rate between a run on 300 pages spread over the set and the full run:
  (1497 - 300) / (T_full - T_300), in which every fixed cost cancels. The steady rate is
  what a long batch sees; the figure that matters is the ratio of 2 workers to 1. On a
  shared machine, other processes' load shows in the spread of the runs.
- Memory: the same command on the first 500 pages, on 1,500 (the set's 1,497 and 3
  repeated) and on 4,500 (the set three times), 2 workers; the resident memory of the
  command and its workers is sampled every 20 ms (psutil): the peak of the parent alone
  and of the whole tree. A streaming batch keeps the parent flat however many pages it
  is given. A worker keeps the high-water mark of the largest page it has met (the
  allocator does not hand freed memory back), so the whole tree follows the largest
  page, not the count: 1,500 and 4,500 pages hold the same pages.
- Dask: the whole set through `--engine dask` (a LocalCluster) and through the local
  workers: the JSONL files must be identical.
- Learning: the pages of the sites with at least 3 pages in the set, scored with the set's
  own metric (word F1, score.py) with and without --learn-boilerplate, on the HTML and on
  the pages flattened to text (html-text, the way a WET record holds a page). Sites
  are known by the gold URL's host.
- Dedup: how many of the 1,497 documents --dedup finds to be exact or near duplicates.

Needs the `bench` extra (html-text, psutil). Tables to stdout, progress to stderr.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import html_text
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sets import BenchSet, data_dir, load_scorer, load_set, score  # noqa: E402

from extract import BatchOptions, InputFormat, Options, RawPage, Status, extract_many  # noqa: E402

_RATE = re.compile(r"\(([\d.]+) pages/s\)")


@dataclass(frozen=True)
class Run:
    """One `extract` run: its own pages/s and time, peak memory, and CPU seconds of the
    command itself (reading the list, ordering, writing) and of its workers."""

    pages: int
    rate: float
    seconds: float
    peak_parent: int
    peak_tree: int
    parent_cpu: float
    workers_cpu: float


def run_cli(pages: list[Path], workers: int, every: float = 0.02) -> Run:
    """Run the command on `pages`, sampling its processes' memory and CPU time `every` so
    many seconds. Sampling reads /proc for every process of the machine: speed runs sample
    seldom, so that the sampler does not take a CPU from the workers it measures."""
    with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False) as listing:
        listing.write("\n".join(map(str, pages)))
    command = [sys.executable, "-m", "extract", "--input-list", listing.name, "--workers", str(workers),
               "-o", "/dev/null"]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    watched = psutil.Process(process.pid)
    peak_parent = peak_tree = 0
    cpu: dict[int, float] = {}  # last CPU seconds seen per process (workers are the fork server's children)
    while process.poll() is None:
        try:
            family = [watched, *watched.children(recursive=True)]
            rss = [member.memory_info().rss for member in family]
            for member in family:
                times = member.cpu_times()
                cpu[member.pid] = times.user + times.system
        except psutil.Error:
            continue
        peak_parent, peak_tree = max(peak_parent, rss[0]), max(peak_tree, sum(rss))
        time.sleep(every)
    stderr = process.stderr.read() if process.stderr else ""
    Path(listing.name).unlink()
    match = _RATE.search(stderr)
    if process.returncode not in (0, 3) or not match:
        raise SystemExit(f"extract failed ({process.returncode}): {stderr}")
    parent_cpu = cpu.pop(process.pid, 0.0)
    rate = float(match.group(1))
    return Run(len(pages), rate, len(pages) / rate, peak_parent, peak_tree, parent_cpu, sum(cpu.values()))


_SHORT_RUN = 300
_SPEED_SAMPLING = 0.25  # seconds between two samples of CPU time in a speed run


def speed(pages: list[Path], rounds: int) -> None:
    """Best of `rounds` runs per worker count, alternated, so a burst of load from other
    processes on the machine hurts one run of each rather than one configuration. CPU
    seconds show what no load can change: the command's own share, the serial part that
    bounds the speed-up (Amdahl), against the workers' share, which divides."""
    sample = pages[:: max(1, len(pages) // _SHORT_RUN)][:_SHORT_RUN]  # spread, like the whole
    full: dict[int, list[Run]] = {1: [], 2: []}
    short: dict[int, list[Run]] = {1: [], 2: []}
    for round_ in range(rounds):
        for workers in full:
            print(f"speed: round {round_ + 1}/{rounds}, {workers} worker(s)...", file=sys.stderr)
            full[workers].append(run_cli(pages, workers, every=_SPEED_SAMPLING))
            short[workers].append(run_cli(sample, workers, every=_SPEED_SAMPLING))
    print(f"\n## Speed ({len(pages)} WCXB dev pages, .html.gz from disk; best of {rounds}; "
          f"{psutil.cpu_count()} CPUs, load average {psutil.getloadavg()[0]:.1f} at the end)\n")
    print(f"| workers | pages/s, whole run | all runs | steady pages/s | time for {_SHORT_RUN} pages "
          "| command CPU s | workers CPU s |\n|---|---|---|---|---|---|---|")
    best = {workers: max(done, key=lambda run: run.rate) for workers, done in full.items()}
    steady = {}
    for workers, done in full.items():
        quick = min(run.seconds for run in short[workers])
        steady[workers] = (best[workers].pages - _SHORT_RUN) / (best[workers].seconds - quick)
        print(f"| {workers} | {best[workers].rate:.1f} | {', '.join(f'{run.rate:.1f}' for run in done)} "
              f"| {steady[workers]:.1f} | {quick:.2f} s | {best[workers].parent_cpu:.1f} | {best[workers].workers_cpu:.1f} |")
    one = best[1]
    bound = (one.parent_cpu + one.workers_cpu) / (one.parent_cpu + one.workers_cpu / 2)
    print(f"\n2 workers / 1 worker: {best[2].rate / one.rate:.2f}x over the whole run, "
          f"{steady[2] / steady[1]:.2f}x steady; {bound:.2f}x the CPU split allows on an idle machine")


def dask_check(pages: list[Path]) -> None:
    """The whole set through `--engine dask` (a LocalCluster of 2 worker processes) and
    through the local workers: the two JSONL files must be the same, byte for byte."""
    try:
        import distributed  # noqa: F401
    except ImportError:
        print("\n## Dask\n\nskipped: the dask extra is not installed")
        return
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as tmp:
        listing = Path(tmp) / "pages.txt"
        listing.write_text("\n".join(map(str, pages)))
        outputs, rates = {}, {}
        for engine in ("processes", "dask"):
            print(f"dask: {len(pages)} pages on the {engine} engine...", file=sys.stderr)
            out = Path(tmp) / f"{engine}.jsonl"
            command = [sys.executable, "-m", "extract", "--input-list", str(listing), "--workers", "2",
                       "--engine", engine, "-o", str(out)]
            done = subprocess.run(command, capture_output=True, text=True)
            match = _RATE.search(done.stderr)
            if done.returncode not in (0, 3) or not match:
                raise SystemExit(f"extract --engine {engine} failed ({done.returncode}): {done.stderr}")
            outputs[engine], rates[engine] = out.read_bytes(), float(match.group(1))
    same = outputs["processes"] == outputs["dask"]
    print(f"\n## Dask\n\n{len(pages)} pages, 2 workers: local processes {rates['processes']:.1f} pages/s, Dask LocalCluster "
          f"{rates['dask']:.1f} pages/s (client reads the files and sends the bytes); records "
          f"{'identical, byte for byte' if same else 'DIFFERENT'} ({len(outputs['processes'])} bytes of JSONL)")


def memory(pages: list[Path]) -> None:
    print("\n## Peak memory (2 workers)\n")
    print("| pages | parent peak RSS | parent + workers peak RSS |\n|---|---|---|")
    for count in (500, 1500, 4500):
        print(f"memory: {count} pages...", file=sys.stderr)
        chosen = (pages * (count // len(pages) + 1))[:count]
        run = run_cli(chosen, 2)
        print(f"| {count} | {run.peak_parent / 2**20:.0f} MiB | {run.peak_tree / 2**20:.0f} MiB |")


def site_pages(bench: BenchSet) -> list:
    """The pages of sites with at least 3 pages in the set."""
    by_site: defaultdict[str, list] = defaultdict(list)
    for page in bench.pages:
        if page.url and (host := urlsplit(page.url).hostname):
            by_site[host.removeprefix("www.")].append(page)
    return [page for pages in by_site.values() if len(pages) >= 3 for page in pages]


def learning(bench: BenchSet, scorer) -> None:
    pages = site_pages(bench)
    subset = BenchSet(bench.name, bench.folder, pages, partial=True)
    flattened = {page.id: html_text.extract_text(page.html) for page in pages}
    print(f"\n## Cross-page boilerplate learning ({len(pages)} pages of "
          f"{len({urlsplit(p.url).hostname for p in pages})} sites with 3+ pages)\n")
    print("| input | learning | word F1 | precision | recall |\n|---|---|---|---|---|")
    for label, fmt, texts in (("HTML", InputFormat.AUTO, {p.id: p.html for p in pages}),
                              ("flattened text", InputFormat.TEXT, flattened)):
        for learn in (False, True):
            print(f"learning: {label}, {learn}...", file=sys.stderr)
            options = Options(input_format=fmt, batch=BatchOptions(workers=2, learn_boilerplate=learn))
            raws = [RawPage(texts[p.id].encode("utf-8"), p.id, url=p.url) for p in pages]
            predictions = {r.source: r.document.text if r.document else "" for r in extract_many(raws, options)}
            figures = score(subset, predictions, scorer)
            print(f"| {label} | {'on' if learn else 'off'} | {figures['f1']:.3f} | {figures['precision']:.3f} "
                  f"| {figures['recall']:.3f} |")


def dedup(bench: BenchSet) -> None:
    print("dedup: all pages...", file=sys.stderr)
    raws = [RawPage(page.html.encode("utf-8"), page.id, url=page.url) for page in bench.pages]
    results = list(extract_many(raws, Options(batch=BatchOptions(workers=2, dedup=True))))
    kinds = Counter(r.similarity for r in results if r.status is Status.DUPLICATE)
    print(f"\n## Dedup\n\n{len(results)} pages: {kinds['exact']} exact and {kinds['near']} near duplicates dropped")
    for r in results:
        if r.status is Status.DUPLICATE:
            print(f"- {r.source} ({r.similarity}) repeats {r.duplicate_of}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, help="benchmark data folder (default: ../shared/bench)")
    parser.add_argument("--skip-speed", action="store_true")
    parser.add_argument("--speed-pages", type=int, default=None, help="pages per speed run (default: all)")
    parser.add_argument("--rounds", type=int, default=3, help="speed runs per worker count (default 3)")
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--skip-dask", action="store_true")
    parser.add_argument("--skip-learning", action="store_true")
    args = parser.parse_args(argv)
    data = data_dir(args.data)
    files = sorted((data / "wcxb-dev" / "html").glob("*.html.gz"))
    if not files:
        print(f"benchmark data not found at {data}", file=sys.stderr)
        return 1
    if not args.skip_speed:
        count = args.speed_pages or len(files)
        speed(files[:: max(1, len(files) // count)][:count], args.rounds)
    if not args.skip_memory:
        memory(files)
    if not args.skip_dask:
        dask_check(files)
    if not args.skip_learning:
        scorer = load_scorer(data)
        bench = load_set("wcxb-dev", data, scorer)
        learning(bench, scorer)
        dedup(bench)
    return 0


if __name__ == "__main__":
    sys.exit(main())
