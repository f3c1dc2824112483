"""Write the bad-input corpus of issue 7 into a directory (large files are never committed).

    python tests/hardening/make_corpus.py DIR [--no-slow]

Each input is (name, what it is, bytes). `SLOW` names the expensive ones (the 50 MB page,
the 5-million-character line), which tests mark `slow`.
"""
from __future__ import annotations

import gzip
import sys
from pathlib import Path

SECRET_FILE = "/etc/passwd"
ARTICLE = (
    "<p>The council voted on Tuesday to turn the disused rail yard into a flood park, "
    "ending a decade of argument about the site beside the river.</p>"
    "<p>Work is due to start next spring and will take two years, the mayor said, "
    "adding that the park would hold back water in the worst storms.</p>"
)
PAGE = f"<!DOCTYPE html><html><head><title>Flood park</title></head><body><article><h1>Flood park</h1>{ARTICLE}</article></body></html>"

PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4"
    "890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
PDF = (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
       b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
       b"xref\n0 3\n0000000000 65535 f \ntrailer << /Size 3 /Root 1 0 R >>\nstartxref\n0\n%%EOF\n")


def _nested_divs(depth: int) -> bytes:
    return (b"<html><body>" + b"<div>" * depth + b"<p>Deep inside the tree there is a paragraph of text.</p>"
            + b"</div>" * depth + b"</body></html>")


def _xxe() -> bytes:
    return (b'<?xml version="1.0" encoding="utf-8"?>\n'
            b'<!DOCTYPE html [\n'
            b'  <!ENTITY secret SYSTEM "file://' + SECRET_FILE.encode() + b'">\n'
            b'  <!ENTITY remote SYSTEM "http://127.0.0.1:9/xxe">\n'
            b'  <!ENTITY % dtd SYSTEM "http://127.0.0.1:9/evil.dtd"> %dtd;\n'
            b']>\n'
            b"<html><body><article><h1>Entities</h1><p>Before the entities &secret; and &remote; after them, "
            b"this paragraph goes on long enough to count as part of the article text.</p>"
            + ARTICLE.encode() + b"</article></body></html>")


def _file_links() -> bytes:
    return (b'<html><head><base href="file:///etc/"><link rel="stylesheet" href="file:///etc/passwd">'
            b'<meta http-equiv="refresh" content="0; url=file:///etc/passwd"></head><body><article>'
            b'<h1>Links</h1><p>See <a href="passwd">this file</a> and <a href="file:///etc/passwd">that one</a>'
            b' and <img src="file:///etc/passwd" alt="an image">.</p>' + ARTICLE.encode()
            + b'<iframe src="file:///etc/passwd"></iframe></article></body></html>')


def _mixed_encodings() -> bytes:
    utf8 = "<p>Café crème, naïve façade: the first half is UTF-8 — with a dash.</p>".encode()
    cp1252 = "<p>Café crème, naïve façade: the second half is cp1252 — with a dash.</p>".encode("cp1252")
    return b"<html><head><meta charset='utf-8'></head><body><article>" + utf8 * 20 + cp1252 * 20 + b"</article></body></html>"


def _malformed_warc() -> bytes:
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:broken>\r\n"
            b"Content-Length: nonsense\r\n\r\nHTTP/1.1 200 OK\r\n\r\n<html>garbage\r\n\r\n"
            b"WARC/1.0\r\nthis is not a header line at all\r\n\r\n")


def _huge_length_warc() -> bytes:
    body = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + PAGE.encode()
    return (b"WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:huge>\r\n"
            b"WARC-Target-URI: https://example.org/huge\r\nWARC-Date: 2024-01-01T00:00:00Z\r\n"
            b"Content-Type: application/http; msgtype=response\r\n"
            b"Content-Length: 10737418240\r\n\r\n" + body + b"\r\n\r\n")


def _broken_mhtml() -> bytes:
    # The boundary the header announces never occurs; the parts use another one, unterminated.
    return (b"From: <Saved by Blink>\r\nSnapshot-Content-Location: https://example.org/mht\r\n"
            b"MIME-Version: 1.0\r\nContent-Type: multipart/related; type=\"text/html\"; "
            b"boundary=\"----=_NextPart_REAL\"\r\n\r\n"
            b"------=_NextPart_OTHER\r\nContent-Type: text/html\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
            b"<html><body><p>Broken =\r\nboundary =E2=80=94 text</p>\r\n------=_NextPart_OTHER\r\n"
            b"Content-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n")


def _big_page(size: int) -> bytes:
    para = ARTICLE.encode()
    body = para * (size // len(para) + 1)
    return (b"<html><body><article>" + body)[:size] + b"</article></body></html>"


INPUTS: dict[str, tuple[str, bytes | None]] = {
    # name: (description, bytes; None when built lazily below)
    "empty.html": ("an empty file", b""),
    "image.png": ("a PNG image", PNG),
    "document.pdf": ("a PDF", PDF),
    "zero.html.gz": ("a 0-byte .gz", b""),
    "truncated.html.gz": ("a truncated .gz", gzip.compress(PAGE.encode() * 20)[:200]),
    "invalid-utf8.html": ("invalid UTF-8 in a page declaring UTF-8",
                          b"<html><head><meta charset='utf-8'></head><body><article>"
                          + ARTICLE.encode() + b"<p>bad \xff\xfe\xc3\x28 \xed\xa0\x80 bytes \xf8\x88\x80\x80\x80</p></article></body></html>"),
    "mixed-encodings.html": ("UTF-8 and cp1252 in one page", None),
    "big-50mb.html": ("a 50 MB page (52,428,800 bytes, over the default 50,000,000 limit)", None),
    "big-under-limit.html": ("a 45 MB page (under the limit: extracted)", None),
    "nested-divs.html": ("100,000 nested <div>s", None),
    "long-line.html": ("one 5-million-character line", None),
    "nul-bytes.html": ("NUL bytes inside a page",
                       b"<html><body><article>\x00<h1>Nul\x00 bytes</h1>" + ARTICLE.encode().replace(b" ", b" \x00", 3)
                       + b"</article></body></html>"),
    "xxe.html": ("an XML declaration with external entities (XXE)", None),
    "file-links.html": ("<base>/links pointing at file:///etc/passwd", None),
    "malformed.warc": ("a malformed WARC record", None),
    "huge-length.warc": ("a WARC record claiming a 10 GB length", None),
    "broken-boundary.mht": ("MHTML with a broken boundary", None),
}
SLOW = frozenset(("big-50mb.html", "big-under-limit.html", "long-line.html"))

_BUILDERS = {
    "mixed-encodings.html": _mixed_encodings,
    "big-50mb.html": lambda: _big_page(50 * 1024 * 1024),
    "big-under-limit.html": lambda: _big_page(45_000_000),
    "nested-divs.html": lambda: _nested_divs(100_000),
    "long-line.html": lambda: b"<html><body><article><p>" + b"word " * 1_000_000 + b"</p></article></body></html>",
    "xxe.html": _xxe,
    "file-links.html": _file_links,
    "malformed.warc": _malformed_warc,
    "huge-length.warc": _huge_length_warc,
    "broken-boundary.mht": _broken_mhtml,
}


def data(name: str) -> bytes:
    fixed = INPUTS[name][1]
    return fixed if fixed is not None else _BUILDERS[name]()


def write(directory: Path, slow: bool = True) -> dict[str, Path]:
    """Write the corpus into `directory`; returns name -> path."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name in INPUTS:
        if name in SLOW and not slow:
            continue
        path = directory / name
        path.write_bytes(data(name))
        paths[name] = path
    return paths


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "hardening-corpus")
    for name, path in write(target, slow="--no-slow" not in sys.argv).items():
        print(f"{path}\t{path.stat().st_size}\t{INPUTS[name][0]}")
