"""What the HTML engine hands over besides its Extraction, for the trust signals (signals/).

The engine computes far more than the blocks it keeps: scores for every element, the region
it chose, the article body the page declares. Judging the extraction (page type,
confidence, access) reads those; it lives above the engine, so the engine passes them out
here instead of importing it. Elements that cleaning removes (scripts, form controls) are
collected before it, in the same walk of the tree.
"""
from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

from .stats import Stats

# Read before clean(): declared types (JSON-LD, OpenGraph) and form controls.
DECLARING_TAGS = ("script", "meta", "form", "input", "button", "select", "textarea", "img", "time", "iframe",
                  "svg", "nav")


@dataclass(frozen=True, slots=True)
class Evidence:
    """The engine's figures for one page: the elements of DECLARING_TAGS as parsed, the
    scores of the reading it kept, the chosen region's position, the declared body and the
    page's UTF-8 markup as parsed (parse.markup_bytes: searched, never parsed again, for the
    few names worth finding there)."""

    marked: dict[str, list[etree._Element]]
    stats: Stats
    main: int | None
    declared_body: str | None
    markup: bytes = b""
    pieces: int = 0  # the parts the body was read from: the region and the siblings it grew over
