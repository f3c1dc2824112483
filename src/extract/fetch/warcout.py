"""--warc-out FILE: the responses a run used, as WARC `response` records (warcio), so the
crawl itself can be archived and read back by any WARC tool, extract's own WARC reader too.

The payload is the body as sent (still gzipped when it was), with its HTTP headers. httpx
has already undone chunked transfer coding, so Transfer-Encoding is dropped and
Content-Length states the stored length, as a WARC reader expects. A name ending in `.gz`
gets one gzip member per record, the usual `.warc.gz`.
"""
from __future__ import annotations

from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .._version import package_version
from .response import Fetched

_DROPPED = frozenset(("transfer-encoding", "content-length"))


class WarcOut:
    def __init__(self, path: Path) -> None:
        path = Path(path)
        self._file = path.open("wb")
        self._writer = WARCWriter(self._file, gzip=path.suffix == ".gz")
        info = {"software": f"extract/{package_version()}", "format": "WARC File Format 1.1"}
        self._writer.write_record(self._writer.create_warcinfo_record(path.name, info))

    def write(self, fetched: Fetched) -> None:
        headers = [(k, v) for k, v in fetched.headers if k.lower() not in _DROPPED]
        headers.append(("Content-Length", str(len(fetched.payload))))
        http_headers = StatusAndHeaders(f"{fetched.status} {fetched.reason}".strip(), headers,
                                        protocol=fetched.http_version)
        record = self._writer.create_warc_record(
            fetched.final_url, "response", payload=BytesIO(fetched.payload),
            length=len(fetched.payload), http_headers=http_headers,
            warc_headers_dict={"WARC-Date": fetched.fetched_at},
        )
        self._writer.write_record(record)

    def close(self) -> None:
        self._file.close()
