"""Builders for batch tests: a WARC written with warcio, a WET file, an MHTML file, a folder of
mixed good and bad pages, and pages of one site sharing boilerplate.

Everything is made here, in the test's temporary folder, so the tests say exactly what
each input is and how many records it must give.
"""
from __future__ import annotations

import gzip
import io
import json
import random
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from support import GOLDEN, SAMPLES

NEWS = SAMPLES / "news-article.html"
ARTICLE = (GOLDEN / "html" / "header-nav.html").read_bytes()
PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4"
    "890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082"
)
NAV_ONLY = b"""<!DOCTYPE html><html><head><title>Site map</title></head><body>
<nav><ul><li><a href="/a">News</a></li><li><a href="/b">Sport</a></li><li><a href="/c">Jobs</a></li></ul></nav>
</body></html>"""


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def _response(writer: WARCWriter, uri: str, body: bytes, content_type: str, status: str = "200 OK") -> None:
    headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=headers))


def _request(writer: WARCWriter, uri: str) -> None:
    headers = StatusAndHeaders(f"GET {uri} HTTP/1.1", [("Host", "news.test")], is_http_request=True)
    writer.write_record(writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=headers))


def write_warc(path: Path) -> dict[str, str]:
    """A crawl as warcio writes it, then damaged in one record like a bad disk would.

    Returns target URI -> what its record must be: "document" or the error kind.
    Requests and the warcinfo record are not pages and must give no record.
    """
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=path.name.endswith(".gz"))
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "extract tests"}))
    expected = {
        "http://news.test/article": "document",
        "http://news.test/logo.png": "not_html",
        "http://news.test/feed.json": "not_html",
        "http://news.test/gone": "http_status",
        "http://news.test/damaged": "broken_record",
        "http://news.test/second": "document",
    }
    _request(writer, "http://news.test/article")
    _response(writer, "http://news.test/article", NEWS.read_bytes(), "text/html; charset=utf-8")
    _response(writer, "http://news.test/logo.png", PNG, "image/png")
    _response(writer, "http://news.test/feed.json", b'{"items": []}', "application/json")
    _response(writer, "http://news.test/gone", b"<html><body>Not here</body></html>", "text/html", "404 Not Found")
    _response(writer, "http://news.test/damaged", b"<html><body><p>DAMAGED-BYTES here</p></body></html>", "text/html")
    _response(writer, "http://news.test/second", ARTICLE, "text/html")
    data = buffer.getvalue()
    if writer.gzip:
        # Damage inside one gzip member: inflate the archive member by member, flip bytes in
        # the damaged record's payload, and deflate each member again.
        members = _gzip_members(data)
        data = b"".join(gzip.compress(m.replace(b"DAMAGED-BYTES", b"damaged-bytes")) for m in members)
    else:
        data = data.replace(b"DAMAGED-BYTES", b"damaged-bytes")  # same length: digest fails
    path.write_bytes(data)
    return expected


def _gzip_members(data: bytes) -> list[bytes]:
    import zlib

    members = []
    while data:
        inflater = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        members.append(inflater.decompress(data))
        data = inflater.unused_data
    return members


def write_wet(path: Path) -> dict[str, str]:
    """A WET file: warcinfo plus conversion records holding page text."""
    text = (GOLDEN / "samples" / "news-article.txt").read_text(encoding="utf-8")
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=path.name.endswith(".gz"))
    writer.write_record(writer.create_warcinfo_record(path.name, {"software": "extract tests"}))
    for uri in ("http://news.test/text-1", "http://news.test/text-2"):
        record = writer.create_warc_record(uri, "conversion", payload=io.BytesIO(text.encode("utf-8")),
                                           warc_content_type="text/plain")
        writer.write_record(record)
    path.write_bytes(buffer.getvalue())
    return {"http://news.test/text-1": "document", "http://news.test/text-2": "document"}


def mhtml(html: bytes, url: str = "https://news.test/saved") -> bytes:
    """A page as a browser's "save as single file" writes it (quoted-printable HTML + an image)."""
    import quopri

    boundary = "----MultipartBoundary--abc123----"
    body = quopri.encodestring(html).decode("ascii")
    return (
        f"From: <Saved by Blink>\r\nSnapshot-Content-Location: {url}\r\nSubject: Saved page\r\n"
        f"MIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype=\"text/html\";\r\n\tboundary=\"{boundary}\"\r\n\r\n"
        f"--{boundary}\r\nContent-Type: text/html\r\nContent-ID: <frame-1@mhtml.blink>\r\n"
        f"Content-Transfer-Encoding: quoted-printable\r\nContent-Location: {url}\r\n\r\n{body}\r\n"
        f"--{boundary}\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n"
        f"Content-Location: {url}/logo.png\r\n\r\niVBORw0KGgo=\r\n--{boundary}--\r\n"
    ).encode("ascii")


def mixed_folder(root: Path) -> dict[str, str]:
    """Good and bad pages, nested; returns path -> "document" / "no_article" / error kind."""
    (root / "sub" / "deeper").mkdir(parents=True)
    (root / ".hidden").mkdir()
    files = {
        "good.html": (NEWS.read_bytes(), "document"),
        "sub/good.html.gz": (gzip.compress(ARTICLE), "document"),
        "sub/deeper/saved.mhtml": (mhtml(NEWS.read_bytes()), "document"),
        "nav.html": (NAV_ONLY, "no_article"),
        "empty.html": (b"", "input"),
        "image.html": (PNG, "input"),
        "broken.html.gz": (gzip.compress(ARTICLE)[:-20], "input"),
    }
    for name, (data, _) in files.items():
        (root / name).write_bytes(data)
    (root / ".hidden" / "skipped.html").write_bytes(NEWS.read_bytes())
    (root / ".skipped.html").write_bytes(NEWS.read_bytes())
    return {str(root / name): outcome for name, (_, outcome) in files.items()}


# -- one site's pages, sharing boilerplate the page alone cannot tell from content ----------

_SUBJECTS = ["The council", "A local baker", "The harbour master", "Residents", "The ferry company", "Teachers",
             "A volunteer group", "The mayor", "Fishermen", "The museum"]
_VERBS = ["announced", "questioned", "celebrated", "delayed", "reviewed", "welcomed", "funded", "opposed"]
_OBJECTS = ["a new flood barrier", "the summer festival", "plans for the old rail yard", "a cheaper bus fare",
            "the school extension", "repairs to the pier", "a community garden", "the winter timetable"]
_TAILS = ["after a long debate on Tuesday evening.", "following months of letters from readers.",
          "despite warnings about the cost to the town.", "in front of a crowd outside the town hall.",
          "while the weather kept most boats in port.", "as part of a plan running until next spring."]
TEASERS = [  # prose-like, so neither engine can tell them from the article on one page
    "The Harbour Gazette relies on readers like you, and every subscription helps us report on the council, "
    "the port and the people of the town.",
    "Our reporters have covered the harbour and its people for more than a hundred years, and we answer every "
    "letter that our readers send us.",
    "You might also read: Ten walks along the old harbour wall this autumn",
]


def site_paragraphs(seed: int, count: int = 6) -> list[str]:
    rng = random.Random(seed)
    return [" ".join(f"{rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} {rng.choice(_TAILS)}"
                     for _ in range(3)) for _ in range(count)]


def site_page(seed: int) -> bytes:
    """An article whose container also holds the site's teasers as plain paragraphs."""
    paragraphs = "".join(f"<p>{p}</p>" for p in site_paragraphs(seed))
    teasers = "".join(f"<p>{t}</p>" for t in TEASERS)
    return (f"<!DOCTYPE html><html><head><title>Story {seed}</title>"
            f"<link rel=\"canonical\" href=\"https://gazette.test/story-{seed}\"></head>"
            f"<body><article><h1>Story number {seed} from the harbour</h1>{paragraphs}{teasers}</article></body></html>"
            ).encode("utf-8")


def site_text(seed: int) -> bytes:
    """The same page flattened to plain text, as a WET record holds it."""
    lines = [f"Story number {seed} from the harbour", "", *site_paragraphs(seed), *TEASERS]
    return "\n\n".join(lines).encode("utf-8")
