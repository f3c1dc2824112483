#!/usr/bin/env python3
"""Sharded jobs (--parts) at scale: local processes against a Dask LocalCluster.

    python bench/scale.py [--data DIR] [--skip-tasks]

- Shards: the 1,497 WCXB dev pages as 8 WARC.gz files (pages dealt out in turn, so the
  shards weigh about the same), and the set three times as 24 shards (4,491 pages).
- Speed: `extract --parts` on both sizes with processes (2 workers) and Dask LocalCluster
  (1 and 2 workers). Two rates: the whole run's (start-up included: the cluster, the
  workers' children, the language model) and the steady rate, the marginal rate between
  the two sizes, (4491 - 1497) / (T_24 - T_8), in which every fixed cost cancels: what a
  long job sees. Ratios are taken within this one run.
- Busy: the shards' own seconds (the manifest's) over wall time x workers, for 24 shards:
  below 100% the workers waited for work, or for each other.
- Client: CPU seconds and peak resident memory of the `extract` process itself (for Dask,
  that is the client and the scheduler; the workers are other processes), for both sizes:
  it handles shard names and counts only, so it should not grow with the pages.
- Tasks: 1,000 shards of one small page each on Dask with 2 workers and on processes: the
  time per task beyond the work inside it, (wall x workers - sum of task seconds) / tasks,
  measured between the first and last shard to finish (start-up left out).

Needs psutil (the `bench` extra) and warcio. Tables to stdout, progress to stderr.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

sys.path.insert(0, str(Path(__file__).resolve().parent))
from sets import data_dir  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
CONFIGS = (("processes", 2), ("dask", 1), ("dask", 2))


def write_shards(pages: list[bytes], folder: Path, shards: int) -> int:
    """`pages` dealt out over `shards` WARC.gz files; returns the number of records."""
    folder.mkdir(parents=True)
    for shard in range(shards):
        with (folder / f"shard-{shard:05d}.warc.gz").open("wb") as out:
            writer = WARCWriter(out, gzip=True)
            for number in range(shard, len(pages), shards):
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(f"http://wcxb.test/{number}", "response",
                                                              payload=io.BytesIO(pages[number]), http_headers=headers))
    return len(pages)


def run(folder: Path, engine: str, workers: int, out: Path) -> dict[str, float]:
    """One `extract --parts` run, its client sampled every 0.25 s; the summary's figures."""
    command = [sys.executable, "-m", "extract", "--parts", str(out), "--engine", engine, "--workers", str(workers),
               "--page-timeout", "600", str(folder)]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    client = psutil.Process(process.pid)
    peak = cpu = 0.0
    while process.poll() is None:
        try:
            peak = max(peak, client.memory_info().rss)
            times = client.cpu_times()
            cpu = times.user + times.system
        except psutil.NoSuchProcess:
            break
        time.sleep(0.25)
    seconds = time.monotonic() - started
    stderr = process.stderr.read() if process.stderr else ""
    if process.returncode not in (0, 3):
        sys.exit(f"{' '.join(command)} failed:\n{stderr}")
    entries = [json.loads(line) for line in (out / "_manifest.jsonl").read_text().splitlines()]
    return {"seconds": seconds, "records": sum(e["records"] for e in entries), "peak_mib": peak / 2**20,
            "cpu": cpu, "task_seconds": sum(e["seconds"] for e in entries), "mtime_span": _span(out, entries)}


def _span(out: Path, entries: list[dict]) -> float:
    """Seconds between the first and the last part renamed into place."""
    times = sorted((out / e["part"]).stat().st_mtime for e in entries)
    return times[-1] - times[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path)
    parser.add_argument("--skip-tasks", action="store_true")
    args = parser.parse_args()
    html = data_dir(args.data) / "wcxb-dev" / "html"
    pages = [gzip.decompress(path.read_bytes()) for path in sorted(html.glob("*.html.gz"))]
    with tempfile.TemporaryDirectory(prefix="extract-scale-") as tmp:
        work = Path(tmp)
        sizes = {8: write_shards(pages, work / "s8", 8), 24: write_shards(pages * 3, work / "s24", 24)}
        runs: dict[tuple[str, int, int], dict[str, float]] = {}
        for shards in sizes:
            for engine, workers in CONFIGS:
                print(f"{engine} x{workers}, {shards} shards ...", file=sys.stderr)
                runs[engine, workers, shards] = run(work / f"s{shards}", engine, workers, work / f"out-{engine}{workers}-{shards}")
        _speed_table(runs, sizes)
        if not args.skip_tasks:
            tiny = [(ROOT / "samples" / "news-article.html").read_bytes()]
            write_shards(tiny * 1000, work / "tiny", 1000)
            print("| engine | 1,000 one-page shards: wall s | s per shard (steady) | task s (mean) | overhead per task |")
            print("|---|---|---|---|---|")
            for engine in ("processes", "dask"):
                print(f"{engine} x2, 1,000 shards ...", file=sys.stderr)
                r = run(work / "tiny", engine, 2, work / f"tiny-{engine}")
                steady = r["mtime_span"] / 999
                overhead = (r["mtime_span"] * 2 - r["task_seconds"] * 999 / 1000) / 999
                print(f"| {engine} x2 | {r['seconds']:.1f} | {steady * 1000:.1f} ms | "
                      f"{r['task_seconds'] / 1000 * 1000:.1f} ms | {overhead * 1000:.1f} ms |")


def _speed_table(runs: dict[tuple[str, int, int], dict[str, float]], sizes: dict[int, int]) -> None:
    extra = sizes[24] - sizes[8]
    steady = {(e, w): extra / (runs[e, w, 24]["seconds"] - runs[e, w, 8]["seconds"]) for e, w in CONFIGS}
    print("| engine | pages/s, 8 shards (whole run) | pages/s, 24 shards (whole run) | steady pages/s "
          "| shards busy, 24 shards | client CPU s (8 / 24) | client peak MiB (8 / 24) |")
    print("|---|---|---|---|---|---|---|")
    for engine, workers in CONFIGS:
        a, b = runs[engine, workers, 8], runs[engine, workers, 24]
        print(f"| {engine} x{workers} | {a['records'] / a['seconds']:.1f} | {b['records'] / b['seconds']:.1f} | "
              f"{steady[engine, workers]:.1f} | {b['task_seconds'] / (b['seconds'] * workers):.0%} | {a['cpu']:.1f} / {b['cpu']:.1f} | {a['peak_mib']:.0f} / {b['peak_mib']:.0f} |")
    two, one, local = steady["dask", 2], steady["dask", 1], steady["processes", 2]
    whole = {k: runs[k[0], k[1], 24]["records"] / runs[k[0], k[1], 24]["seconds"] for k in steady}
    print(f"\nDask 2 workers / 1 worker: steady {two / one:.2f}x, whole run (24 shards) "
          f"{whole['dask', 2] / whole['dask', 1]:.2f}x")
    print(f"Dask 2 workers / processes 2 workers: steady {two / local:.0%}, whole run (24 shards) "
          f"{whole['dask', 2] / whole['processes', 2]:.0%}")
    per_core = one
    print(f"Common Crawl snapshot (3.0 billion pages) at {per_core:.0f} pages/s per core: "
          f"{3e9 / per_core / 3600:,.0f} core-hours")


if __name__ == "__main__":
    main()
