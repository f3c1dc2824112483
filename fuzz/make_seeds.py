"""Write fuzz seeds into fuzz/out/seeds: the samples (cut to 64 KB) and a few odd pages,
each prefixed by the selector byte the harness reads (input format, bytes or str)."""
from __future__ import annotations

import gzip
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "fuzz" / "out" / "seeds"

ODD = {
    "xxe.html": b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
                b"<html><body><p>&x; text here</p></body></html>",
    "base.html": b'<html><head><base href="file:///etc/"></head><body><a href="passwd">x</a>'
                 b"<p>Some paragraph of text that is long enough.</p></body></html>",
    "nested.html": b"<div>" * 600 + b"deep" + b"</div>" * 600,
    "mhtml.mht": b"MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=\"B\"\r\n\r\n"
                 b"--B\r\nContent-Type: text/html\r\n\r\n<html><body><p>hi</p></body></html>\r\n--B--\r\n",
    "nul.html": b"<html><body><p>a\x00b</p></body></html>",
    "page.gz": gzip.compress(b"<html><body><p>Gzipped page text.</p></body></html>"),
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    pages = {p.name: p.read_bytes()[:65536] for p in (ROOT / "samples").iterdir()
             if p.suffix in (".html", ".txt")}
    pages.update(ODD)
    for name, data in pages.items():
        for selector in (0, 1, 2, 0x80, 0x81, 0x82):
            (OUT / f"{name}.{selector:02x}").write_bytes(bytes([selector]) + data)


if __name__ == "__main__":
    main()
