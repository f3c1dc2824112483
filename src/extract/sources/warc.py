"""WARC, WARC.gz and WET archives -> one input per page record (warcio reads them).

Pages are `response` records (an HTTP response), `resource` records (a bare file) and,
in WET files, `conversion` records (text already taken out of HTML), which go to the
text engine. Requests, metadata, warcinfo and revisits hold no page and are passed over.
Each page record keeps its origin: source `ARCHIVE#RECORD-ID`, url the target URI.

A record that cannot be used still yields an item. Records that hold no page are skipped
items, not failures: non-HTML responses (`not_html`: images, CSS, scripts), HTTP errors and
redirects (`http_status`), which every real crawl holds. Records cut short or failing their
digest (`broken_record`) and pages over the size limit (`input`) are errors. When the archive
itself breaks (a corrupt gzip member), what follows cannot be found: one `archive` error
says so, with the byte offset, and the archive ends there.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import IO, TYPE_CHECKING

from ..errors import InputError
from ..model import PageKind, RawPage
from ..options import Options
from .files import read_bytes
from .items import FailedInput, RawInput

if TYPE_CHECKING:
    from warcio.recordloader import ArcWarcRecord

ARCHIVE_SUFFIXES = (".warc", ".warc.gz", ".wet", ".wet.gz")
_PAGE_RECORDS = frozenset(("response", "resource", "conversion"))
_HTML_TYPES = ("text/html", "application/xhtml+xml")
_NOT_PAGES = frozenset(("not_html", "http_status"))  # skipped records, not errors


def is_archive(name: str) -> bool:
    """Archives are known by name: sniffing every file of a folder would cost a read each."""
    return name.lower().endswith(ARCHIVE_SUFFIXES)


def read_archive(path: Path, options: Options) -> Iterator[RawInput | FailedInput]:
    """The page records of one archive, read as a stream (memory holds one record)."""
    try:
        stream = path.open("rb")
    except OSError as exc:
        yield FailedInput(str(path), "input", f"cannot read {path}: {exc.strerror or exc}")
        return
    with stream:
        yield from read_archive_stream(stream, str(path), options)


def read_archive_stream(stream: IO[bytes], name: str, options: Options) -> Iterator[RawInput | FailedInput]:
    """The page records of an archive already opened (a local file, an fsspec stream);
    `name` is the archive's name in the records' sources."""
    from warcio.archiveiterator import ArchiveIterator  # only when an archive is read

    records = ArchiveIterator(stream, check_digests=True)
    try:
        for record in records:
            if record.rec_type in _PAGE_RECORDS:
                yield _page_item(record, name, records.offset, options)
    except Exception as exc:  # warcio, zlib and parser errors alike: the stream is lost
        offset = records.offset
        yield FailedInput(f"{name}@{offset}", "archive",
                          f"archive unreadable from byte {offset} on ({type(exc).__name__}: {exc}); "
                          "records after it are lost")


def _page_item(record: ArcWarcRecord, archive: str, offset: int, options: Options) -> RawInput | FailedInput:
    """One page record as a page, or as the error that keeps it accounted for."""
    headers = record.rec_headers
    record_id = (headers.get_header("WARC-Record-ID") or "").strip("<>")
    source = f"{archive}#{record_id}" if record_id else f"{archive}@{offset}"
    url = headers.get_header("WARC-Target-URI")
    try:
        page = _read_page(record, source, url, options)
    except _Unusable as exc:
        return FailedInput(source, exc.kind, str(exc), url, skipped=exc.kind in _NOT_PAGES)
    except InputError as exc:
        return FailedInput(source, exc.kind, str(exc), url)
    return RawInput(replace(page, fetched_at=headers.get_header("WARC-Date")))


class _Unusable(InputError):
    """A record that holds no page to extract; `kind` says why."""

    def __init__(self, message: str, kind: str) -> None:
        super().__init__(message)
        self.kind = kind


def _read_page(record: ArcWarcRecord, source: str, url: str | None, options: Options) -> RawPage:
    status: int | None = None
    if record.rec_type == "response":
        http = record.http_headers
        if http is None or not (http.protocol or "").upper().startswith("HTTP/"):
            raise _Unusable(f"{source}: response record without an HTTP status line", "broken_record")
        status = int(http.get_statuscode() or 0)
        if not 200 <= status < 300:
            raise _Unusable(f"{source}: HTTP status {http.statusline}", "http_status")
        content_type = http.get_header("Content-Type") or ""
    else:
        content_type = record.rec_headers.get_header("Content-Type") or ""
    kind = _kind(record.rec_type, content_type, source)
    data = _payload(record, source, options.max_bytes)
    page = read_bytes(data, source, options, url=url)
    charset_header = {"content-type": content_type} if content_type else {}
    return replace(page, headers=charset_header, status=status, kind=kind)


def _kind(record_type: str, content_type: str, source: str) -> PageKind | None:
    """Which engine: WET conversions and text/plain go to text, HTML decides for itself."""
    media = content_type.split(";", 1)[0].strip().lower()
    if record_type == "conversion" or media == "text/plain":
        return PageKind.TEXT
    if not media or media in _HTML_TYPES:
        return None
    raise _Unusable(f"{source}: not an HTML page ({media})", "not_html")


def _payload(record: ArcWarcRecord, source: str, limit: int) -> bytes:
    """The record's content (dechunked, decompressed), refusing more than `limit` bytes,
    and checked for truncation and against the record's digests."""
    stream = record.content_stream()
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise _Unusable(f"{source}: page is larger than {limit} bytes", "input")
    stream.read()  # reaching the end is what makes warcio check the digests
    if getattr(record.raw_stream, "limit", 0) > 0:
        raise _Unusable(f"{source}: record is cut short (archive truncated)", "broken_record")
    if record.digest_checker.passed is False:
        problems = "; ".join(record.digest_checker.problems)
        raise _Unusable(f"{source}: record fails its digest ({problems})", "broken_record")
    return data
