"""--cache-dir: responses on disk, keyed by the URL asked for, so a re-run reads them back
instead of fetching again and rebuilds a corpus exactly (same bytes, headers, fetch time).

Each entry is the body as sent (`KEY.body`) and its facts (`KEY.json`), under a two-letter
folder. The facts file is written last and atomically: an entry whose JSON exists is whole,
so an interrupted run leaves nothing half-written behind. Only successful responses are
kept; a failure is tried again on the next run.
"""
from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

from .body import decode_body
from .response import Fetched


class ResponseCache:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        folder = self.root / key[:2]
        return folder / f"{key}.json", folder / f"{key}.body"

    def load(self, url: str, limit: int) -> Fetched | None:
        """The stored response for `url`, inflated as when it was fetched, or None."""
        meta_path, body_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            payload = body_path.read_bytes()
        except (OSError, ValueError):
            return None
        headers = tuple((name, value) for name, value in meta["headers"])
        encoding = next((v for k, v in headers if k.lower() == "content-encoding"), "")
        return Fetched(
            url=meta["url"], final_url=meta["final_url"], status=meta["status"], reason=meta["reason"],
            http_version=meta["http_version"], headers=headers, payload=payload,
            body=decode_body(meta["final_url"], payload, encoding, limit), fetched_at=meta["fetched_at"],
        )

    def store(self, fetched: Fetched) -> None:
        meta_path, body_path = self._paths(fetched.url)
        meta_path.parent.mkdir(parents=True, exist_ok=True)
        meta = {
            "url": fetched.url, "final_url": fetched.final_url, "status": fetched.status,
            "reason": fetched.reason, "http_version": fetched.http_version,
            "headers": fetched.headers, "fetched_at": fetched.fetched_at,
        }
        _write_atomically(body_path, fetched.payload)
        _write_atomically(meta_path, json.dumps(meta, ensure_ascii=False).encode("utf-8"))


def _write_atomically(path: Path, data: bytes) -> None:
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
