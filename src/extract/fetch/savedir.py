"""--save-html DIR: each fetched page's bytes in a file of its own, and `index.jsonl` saying
which URL is in which file, so the pages can be read again without the network.

A URL becomes a safe name (host and path reduced to letters, digits, single dots, `-` and `_`,
cut short, plus a hash of the whole URL so two URLs never share a file). A page saved
again (a re-run) replaces its file and keeps its single index line.
"""
from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path
from urllib.parse import urlsplit

from ..model import RawPage

INDEX = "index.jsonl"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+|\.{2,}")
_MAX_STEM = 80


def safe_name(url: str, content_type: str) -> str:
    """A file name for `url`: readable, portable, unique."""
    parts = urlsplit(url)
    readable = _UNSAFE.sub("_", f"{parts.hostname or 'page'}{parts.path}").strip("._-")[:_MAX_STEM]
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]
    suffix = ".txt" if content_type.startswith("text/plain") else ".html"
    return f"{readable or 'page'}-{digest}{suffix}"


class SaveDir:
    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def save(self, page: RawPage) -> Path:
        url = page.url or page.source
        path = self.root / safe_name(url, page.headers.get("content-type", ""))
        is_new = not path.exists()
        path.write_bytes(page.data)
        if is_new:
            entry = {"url": url, "final_url": page.final_url, "status": page.status,
                     "fetched_at": page.fetched_at, "file": path.name}
            # One write per line in append mode: lines from parallel writers do not interleave.
            with (self.root / INDEX).open("a", encoding="utf-8") as index:
                index.write(json.dumps(entry, ensure_ascii=False) + "\n")
        return path
