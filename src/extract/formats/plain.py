"""Plain text: the article body only (model.plain_text lays the blocks out); the title and
other facts belong to --with-metadata and JSON."""
from __future__ import annotations

from ..model import Document
from ..options import Options


def to_text(document: Document, options: Options) -> str:
    return document.text
