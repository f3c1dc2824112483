"""An HTTP/2-only site on 127.0.0.1 over TLS (ALPN "h2"), written with the h2 library, so the
tests see the Fetcher negotiate HTTP/2 as it would with a real https site.

The certificate is self-signed for 127.0.0.1 (made with the openssl command); the client
trusts it through SSL_CERT_FILE, which httpx honours.
"""
from __future__ import annotations

import asyncio
import ssl
import subprocess
import threading
from pathlib import Path

from h2.config import H2Configuration
from h2.connection import H2Connection
from h2.events import RequestReceived


def make_certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )
    return cert, key


class _H2(asyncio.Protocol):
    def __init__(self, site: H2Site) -> None:
        self.site = site
        self.h2 = H2Connection(H2Configuration(client_side=False, header_encoding="utf-8"))

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport
        self.site.protocols.append(transport.get_extra_info("ssl_object").selected_alpn_protocol())
        self.h2.initiate_connection()
        transport.write(self.h2.data_to_send())

    def data_received(self, data: bytes) -> None:
        for event in self.h2.receive_data(data):
            if isinstance(event, RequestReceived):
                path = dict(event.headers)[":path"]
                self.site.paths.append(path)
                status, body = (404, b"") if path == "/robots.txt" else (200, self.site.body)
                self.h2.send_headers(event.stream_id, [(":status", str(status)), ("content-length", str(len(body))),
                                                       ("content-type", "text/html; charset=utf-8")])
                self.h2.send_data(event.stream_id, body, end_stream=True)
        self.transport.write(self.h2.data_to_send())


class H2Site:
    """Serves `body` at every path but /robots.txt (404); records ALPN choices and paths."""

    def __init__(self, body: bytes, cert: Path, key: Path) -> None:
        self.body = body
        self.protocols: list[str | None] = []
        self.paths: list[str] = []
        self.context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.context.load_cert_chain(cert, key)
        self.context.set_alpn_protocols(["h2"])
        self.loop = asyncio.new_event_loop()
        self.server = self.loop.run_until_complete(
            self.loop.create_server(lambda: _H2(self), "127.0.0.1", 0, ssl=self.context))
        self.port = self.server.sockets[0].getsockname()[1]
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)

    def __enter__(self) -> H2Site:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join()
        self.server.close()
        self.loop.close()
