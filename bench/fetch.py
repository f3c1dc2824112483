#!/usr/bin/env python3
"""Fetch speed: serve N URLs on 127.0.0.1 and fetch them all with extract's Fetcher.

    python bench/fetch.py                          # 1,000 URLs, 16 concurrent requests, one host
    python bench/fetch.py --hosts 8 --per-host 2 --delay 0.05   # politeness on several hosts

The list is mostly articles, with the failures a crawl meets (404, PDF, redirects, pages
robots.txt forbids, 500 then 200), so the figures include the error paths. Prints the wall
time, URLs per second, the records by outcome, the client's CPU time (steadier than the wall
time on a busy machine) and its peak memory. Only 127.0.0.1 is used.
The defaults put no delay between requests to the one local host: the figure is the client's
throughput, not the politeness delay's.
"""
from __future__ import annotations

import argparse
import collections
import multiprocessing
import os
import resource
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from extract.errors import FetchError  # noqa: E402
from extract.fetch import Fetcher  # noqa: E402
from extract.options import FetchOptions, Options  # noqa: E402

PARAGRAPH = "<p>" + "The harbour board met on Tuesday to discuss the new ferry timetable. " * 12 + "</p>\n"
ARTICLE = ("<!doctype html><html><head><meta charset=utf-8><title>Ferry timetable</title></head><body>"
           "<article><h1>Ferry timetable</h1>" + PARAGRAPH * 20 + "</article></body></html>").encode()
PDF = b"%PDF-1.7\n" + bytes(range(1, 256)) * 8
# Share of each kind of URL, per hundred.
MIX = [("article", 85), ("missing", 5), ("pdf", 3), ("moved", 3), ("private", 2), ("flaky", 2)]


def path_for(n: int) -> str:
    slot, upto = n % 100, 0
    for kind, share in MIX:
        upto += share
        if slot < upto:
            return f"/{kind}/{n}"
    raise ValueError(n)


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True
    seen: set[str] = set()
    lock = threading.Lock()
    served = multiprocessing.Value("i", 0)  # counted in the server processes, read by the bench

    def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
        with Handler.lock:
            with Handler.served.get_lock():
                Handler.served.value += 1
            first = self.path not in Handler.seen
            Handler.seen.add(self.path)
        kind, _, n = self.path.strip("/").partition("/")
        if self.path == "/robots.txt":
            self.reply(200, b"User-agent: *\nDisallow: /private/\n", "text/plain")
        elif kind in ("article", "private") or (kind == "flaky" and not first):
            self.reply(200, ARTICLE, "text/html; charset=utf-8")
        elif kind == "flaky":
            self.reply(500, b"oops", "text/plain")
        elif kind == "pdf":
            self.reply(200, PDF, "application/pdf")
        elif kind == "moved":
            self.reply(301, b"", "text/plain", Location=f"/article/{n}")
        else:
            self.reply(404, b"not found", "text/plain")

    def reply(self, status: int, body: bytes, content_type: str, **headers: str) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers.items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


class Server(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 128  # the default 5 drops SYNs under 16 new connections: 1 s stalls


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--urls", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--hosts", type=int, default=1, help="servers (127.0.0.1, one port each)")
    parser.add_argument("--per-host", type=int, default=16)
    parser.add_argument("--delay", type=float, default=0.0, help="per-host delay, seconds")
    args = parser.parse_args()
    for key in [key for key in os.environ if "proxy" in key.lower()]:
        del os.environ[key]

    # Each server listens here and serves in a process of its own: the figure is the client's,
    # not a server sharing its interpreter lock.
    servers = [Server(("127.0.0.1", 0), Handler) for _ in range(args.hosts)]
    processes = [multiprocessing.get_context("fork").Process(target=server.serve_forever, daemon=True)
                 for server in servers]
    for process in processes:
        process.start()
    bases = [f"http://127.0.0.1:{server.server_address[1]}" for server in servers]
    urls = (bases[n % len(bases)] + path_for(n) for n in range(args.urls))
    options = Options(fetch=FetchOptions(concurrency=args.concurrency, per_host=args.per_host,
                                         delay=args.delay, backoff=0.1))

    outcomes: collections.Counter[str] = collections.Counter()
    started, cpu = time.perf_counter(), time.process_time()
    with Fetcher(options) as fetcher:
        for _, result in fetcher.fetch_many(urls):
            outcomes[result.stage if isinstance(result, FetchError) else "ok"] += 1
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu
    for process in processes:
        process.terminate()
        process.join()

    records = sum(outcomes.values())
    print(f"{args.urls} URLs, {args.hosts} host(s), concurrency {args.concurrency}, "
          f"per host {args.per_host}, delay {args.delay:g}s")
    print(f"wall time {wall:.2f}s, {records / wall:.0f} URLs/s, {Handler.served.value} requests served")
    print(f"records {records}: " + ", ".join(f"{kind} {count}" for kind, count in outcomes.most_common()))
    print(f"client CPU {cpu:.2f}s ({cpu / records * 1000:.1f} ms per URL; the servers run apart)")
    print(f"peak memory {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")
    return 0 if records == args.urls else 1


if __name__ == "__main__":
    sys.exit(main())
