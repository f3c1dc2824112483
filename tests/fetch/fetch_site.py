"""A misbehaving web site on 127.0.0.1 for the fetch tests: every way a server can go wrong
that issue 6 names, plus a log of when each request arrived (to check the per-host delay).

Routes are fixed; stateful ones (500 then 200, 429 then 200) count per path, so each test
uses fresh paths via a `?n=` query or its own site.
"""
from __future__ import annotations

import functools
import socket
import struct
import threading
import time
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from support import GOLDEN

ARTICLE = (GOLDEN / "html" / "header-nav.html").read_bytes()
RUSSIAN = (GOLDEN / "html" / "cp1251-no-charset.html").read_bytes()
PDF = b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n" + bytes(range(1, 256)) * 40
ROBOTS = b"User-agent: *\nDisallow: /private/\n"
SLOW_SECONDS = 3.0
# Long enough for any test's timeouts, short enough that a stuck handler ends by itself.
STREAM_SECONDS = 8.0


@functools.cache
def gzip_bomb(size: int) -> bytes:
    """`size` zero bytes gzipped: about a thousandth of that on the wire."""
    deflater = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1 << 20)
    parts = [deflater.compress(block) for _ in range(size >> 20)]
    return b"".join(parts) + deflater.flush()


class Site:
    """The server, its request log [(monotonic time, path)] and how often each path was hit."""

    def __init__(self, bomb_size: int = 64 << 20) -> None:
        self.log: list[tuple[float, str]] = []
        self.agents: set[str] = set()
        self.in_flight = self.most_in_flight = 0
        self.hits: dict[str, int] = {}
        self.bomb = gzip_bomb(bomb_size)
        self.stopping = threading.Event()
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go in two writes

            def do_GET(self) -> None:  # noqa: N802 (http.server's naming)
                with site._lock:
                    site.log.append((time.monotonic(), self.path))
                    site.agents.add(self.headers.get("User-Agent", ""))
                    site.hits[self.path] = hit = site.hits.get(self.path, 0) + 1
                route = self.path.split("?")[0]
                handler = ROUTES.get(route) or (Handler.article if route.startswith(("/page/", "/private/")) else None)
                if handler is None:
                    self.reply(404, b"<html><body>not found</body></html>")
                else:
                    handler(self, hit)

            def reply(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
                      **headers: str) -> None:
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name.replace("_", "-"), value)
                self.end_headers()
                self.wfile.write(body)

            def article(self, hit: int) -> None:
                self.reply(200, ARTICLE)

            def robots(self, hit: int) -> None:
                self.reply(200, ROBOTS, "text/plain")

            def nap(self, hit: int) -> None:
                """A short wait, counting how many requests the server holds at once."""
                with site._lock:
                    site.in_flight += 1
                    site.most_in_flight = max(site.most_in_flight, site.in_flight)
                time.sleep(0.2)
                with site._lock:
                    site.in_flight -= 1
                self.reply(200, ARTICLE)

            def slow(self, hit: int) -> None:
                site.stopping.wait(SLOW_SECONDS)
                self.reply(200, ARTICLE)

            def trickle(self, hit: int) -> None:
                """Headers at once, then a byte now and then: no read times out, the whole does."""
                self.start_stream()
                deadline = time.monotonic() + STREAM_SECONDS
                while time.monotonic() < deadline and not site.stopping.wait(0.05):
                    self.wfile.write(b" ")

            def endless(self, hit: int) -> None:
                self.start_stream()
                chunk = b"<p>" + b"endless " * 8000 + b"</p>\n"
                deadline = time.monotonic() + STREAM_SECONDS
                while time.monotonic() < deadline and not site.stopping.is_set():
                    self.wfile.write(chunk)

            def start_stream(self) -> None:
                self.send_response(200)
                self.send_header("Content-Type", "text/html")
                self.send_header("Connection", "close")
                self.end_headers()
                self.wfile.write(b"<html><body>")
                self.close_connection = True

            def reset(self, hit: int) -> None:
                """Close with a TCP RST (SO_LINGER 0) before answering."""
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                self.connection.close()
                self.close_connection = True

            def flaky(self, hit: int) -> None:
                if hit == 1:
                    self.reply(500, b"<html><body>oops</body></html>")
                else:
                    self.article(hit)

            def busy(self, hit: int) -> None:
                if hit == 1:
                    self.reply(429, b"<html><body>slow down</body></html>", Retry_After="1")
                else:
                    self.article(hit)

            def always_busy(self, hit: int) -> None:
                self.reply(503, b"<html><body>later</body></html>", Retry_After="3600")

            def redirect(self, target: str) -> None:
                self.send_response(302)
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def bomb(self, hit: int) -> None:
                self.reply(200, site.bomb, Content_Encoding="gzip")

            def log_message(self, *args: object) -> None:  # keep test output quiet
                pass

        ROUTES = {
            "/robots.txt": Handler.robots,
            "/nap": Handler.nap,
            "/slow": Handler.slow,
            "/trickle": Handler.trickle,
            "/endless": Handler.endless,
            "/reset": Handler.reset,
            "/flaky": Handler.flaky,
            "/busy": Handler.busy,
            "/always-busy": Handler.always_busy,
            "/loop/a": lambda handler, hit: handler.redirect("/loop/b"),
            "/loop/b": lambda handler, hit: handler.redirect("/loop/a"),
            "/moved": lambda handler, hit: handler.redirect("/page/moved-here"),
            "/to-file": lambda handler, hit: handler.redirect("file:///etc/passwd"),
            "/bomb": Handler.bomb,
            "/doc.pdf": lambda handler, hit: handler.reply(200, PDF, "application/pdf"),
            "/doc-octets": lambda handler, hit: handler.reply(200, PDF, "application/octet-stream"),
            "/ru": lambda handler, hit: handler.reply(200, RUSSIAN, "text/html; charset=windows-1251"),
        }

        class Server(ThreadingHTTPServer):
            daemon_threads = True
            request_queue_size = 64  # the default 5 drops connections that arrive together

            def handle_error(self, request: object, client_address: object) -> None:
                pass  # clients that hang up (timeouts, limits) are the point of these routes

        self.httpd = Server(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)

    def __enter__(self) -> Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        self.httpd.shutdown()
        self.httpd.server_close()

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{path}"

    def page_times(self) -> list[float]:
        """When each request other than robots.txt arrived, in order."""
        with self._lock:
            return sorted(when for when, path in self.log if path != "/robots.txt")
