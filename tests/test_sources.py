"""Readers: a path, `-` (stdin) or an http(s) URL becomes a RawPage, or a one-line InputError /
FetchError saying why it cannot.
"""
from __future__ import annotations

import gzip
import io
import random
import sys
from pathlib import Path

import pytest

from extract import FetchError, InputError, Options, RawPage
from extract.options import FetchOptions
from extract.decode import to_page
from extract.sources import read_source
from extract.sources.files import is_url, read_bytes

from support import GOLDEN, SAMPLES

ARTICLE = (GOLDEN / "html" / "header-nav.html").read_bytes()
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4"
    "890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)


def one_line(error: Exception) -> str:
    message = str(error)
    assert message and "\n" not in message, repr(message)
    return message


# -- files -------------------------------------------------------------------------------


def test_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(ARTICLE)
    page = read_source(str(path), Options())
    assert isinstance(page, RawPage)
    assert page.data == ARTICLE
    assert page.source == str(path)
    assert page.url is None


def test_gzipped_file(tmp_path: Path) -> None:
    path = tmp_path / "page.html.gz"
    path.write_bytes(gzip.compress(ARTICLE))
    assert read_source(str(path), Options()).data == ARTICLE


def test_gzip_is_recognised_by_content_not_name(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(gzip.compress(ARTICLE))
    assert read_source(str(path), Options()).data == ARTICLE


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as error:
        read_source(str(tmp_path / "nope.html"), Options())
    assert "nope.html" in one_line(error.value)


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as error:
        read_source(str(tmp_path), Options())
    assert "directory" in one_line(error.value)


@pytest.mark.parametrize("content", [b"", b"   \n\t\r\n  "], ids=["empty", "whitespace"])
def test_empty_file(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "empty.html"
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        read_source(str(path), Options())
    assert "empty" in one_line(error.value)


def test_file_larger_than_the_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_bytes(ARTICLE * 20)
    with pytest.raises(InputError) as error:
        read_source(str(path), Options(max_bytes=len(ARTICLE)))
    assert "larger" in one_line(error.value)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    import os

    if os.geteuid() == 0:
        pytest.skip("root can read anything")
    path = tmp_path / "secret.html"
    path.write_bytes(ARTICLE)
    path.chmod(0)
    with pytest.raises(InputError) as error:
        read_source(str(path), Options())
    assert "secret.html" in one_line(error.value)


def test_truncated_gzip_file(tmp_path: Path) -> None:
    data = gzip.compress(ARTICLE)
    path = tmp_path / "page.html.gz"
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(InputError) as error:
        read_source(str(path), Options())
    assert "gzip" in one_line(error.value)


# -- what is not a page ----------------------------------------------------------------------


def _random(n: int, seed: int = 7) -> bytes:
    return random.Random(seed).randbytes(n)


BINARIES = {
    "png": PNG,
    # JPEG: the header, then entropy-coded data, which has few NUL bytes.
    "jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + _random(6000),
    # A PDF whose first kilobytes are text objects: no NUL at all, but not a web page.
    "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
    + bytes(b for b in _random(5000, 3) if b),
    "zip": b"PK\x03\x04\x14\x00\x00\x00\x08\x00" + _random(3000, 5),
    "random": _random(8192, 11),
}


@pytest.mark.parametrize("data", BINARIES.values(), ids=BINARIES.keys())
def test_binary_input_is_refused(data: bytes) -> None:
    with pytest.raises(InputError) as error:
        read_bytes(data, "file.bin", Options())
    assert "binary" in one_line(error.value)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_text_is_not_binary(codec: str) -> None:
    html = "<html><body><p>" + "A plain article paragraph. " * 40 + "</p></body></html>"
    page = read_bytes(html.encode(codec), "page.html", Options())
    assert page.data == html.encode(codec)


def test_encoded_samples_are_not_binary() -> None:
    for path in SAMPLES.glob("*.html"):
        assert read_bytes(path.read_bytes(), str(path), Options()).data == path.read_bytes()


# -- stdin ------------------------------------------------------------------------------------


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE)))
    page = read_source("-", Options())
    assert page.data == ARTICLE
    assert page.source == "-"


def test_stdin_gzip(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(gzip.compress(ARTICLE))))
    assert read_source("-", Options()).data == ARTICLE


def test_empty_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"")))
    with pytest.raises(InputError) as error:
        read_source("-", Options())
    assert "empty" in one_line(error.value)


# -- URLs -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("http://example.org/a", True),
        ("HTTPS://example.org/a", True),
        ("ftp://example.org/a", False),
        ("example.org/a.html", False),
        ("./http-notes.html", False),
        ("-", False),
    ],
)
def test_is_url(spec: str, expected: bool) -> None:
    assert is_url(spec) is expected


def test_fetch(http_server, no_proxy) -> None:
    url = http_server.add("/sources/article.html", ARTICLE, content_type="text/html; charset=utf-8")
    page = read_source(url, Options())
    assert page.data == ARTICLE
    assert page.url == url
    assert page.source == url
    assert page.headers.get("content-type", page.headers.get("Content-Type")) == "text/html; charset=utf-8"


def test_fetch_follows_redirects_and_keeps_the_final_url(http_server, no_proxy) -> None:
    final = http_server.add("/sources/final.html", ARTICLE, content_type="text/html")
    start = http_server.add("/sources/moved.html", b"", status=301, location=final)
    page = read_source(start, Options())
    assert page.data == ARTICLE
    assert page.url == start
    assert page.final_url == final
    assert page.status == 200


def test_fetch_gzip_file(http_server, no_proxy) -> None:
    """A .html.gz file served as-is (no Content-Encoding) is inflated like a local one."""
    url = http_server.add("/sources/page.html.gz", gzip.compress(ARTICLE), content_type="application/gzip")
    assert read_source(url, Options()).data == ARTICLE


def test_fetched_header_charset_reaches_decoding(http_server, no_proxy) -> None:
    """A page with no meta charset, served as windows-1251: the header decides."""
    russian = (GOLDEN / "html" / "cp1251-no-charset.html").read_bytes()
    url = http_server.add("/sources/ru.html", russian, content_type="text/html; charset=windows-1251")
    page = to_page(read_source(url, Options()))
    assert page.origin.encoding == "cp1251"
    assert "Озёрском" in page.text


@pytest.mark.parametrize("status", [404, 410, 500, 503])
def test_fetch_http_error(http_server, no_proxy, status: int) -> None:
    url = http_server.add(f"/sources/status-{status}.html", b"<html><body>error</body></html>", status=status)
    with pytest.raises(FetchError) as error:
        read_source(url, Options())
    assert str(status) in one_line(error.value)


def test_fetch_connection_refused(no_proxy) -> None:
    import socket

    with socket.socket() as probe:  # a port that was free a moment ago
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.raises(FetchError) as error:
        read_source(f"http://127.0.0.1:{port}/page.html", Options(fetch=FetchOptions(retries=0)))
    assert f"127.0.0.1:{port}" in one_line(error.value)


def test_fetch_empty_body(http_server, no_proxy) -> None:
    url = http_server.add("/sources/empty.html", b"", content_type="text/html")
    with pytest.raises((InputError, FetchError)) as error:
        read_source(url, Options())
    message = one_line(error.value)
    assert "empty" in message
    assert url in message, "the error should say which URL was empty"


def test_fetch_larger_than_the_limit(http_server, no_proxy) -> None:
    url = http_server.add("/sources/big.html", ARTICLE * 50, content_type="text/html")
    with pytest.raises(FetchError) as error:
        read_source(url, Options(max_bytes=len(ARTICLE)))
    assert "larger" in one_line(error.value)
