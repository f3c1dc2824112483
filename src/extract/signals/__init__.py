"""Trust signals: what kind of page this is, how good its extraction probably is, and
whether it is behind a paywall or cut short.

The HTML engine hands over what it has already computed (html/evidence.py: its scores,
the region it chose, the article body the page declares, the elements cleaning removes)
with its Extraction; the API calls `assess`, which turns them into the Document's
`Assessment`. Nothing here changes what the engine extracts.
"""
from __future__ import annotations

import re
from html import unescape

from ..html.evidence import Evidence
from ..model import Assessment, Extraction
from . import confidence, pagetype
from .access import access_of, closing_lines, truncation
from .evidence import paywall_marks, read_declared
from .region import region_figures
from .structure import shape_of

_TAG = re.compile(r"<[^>]+>")


def _declared_length(body: str | None) -> int:
    """Characters of the declared article body as text (markup and spaces squeezed out)."""
    if not body:
        return 0
    text = unescape(body)
    if "<" in text:
        text = _TAG.sub(" ", text)
    words = text.split()
    return sum(map(len, words)) + len(words) - 1 if words else 0  # the length of " ".join(words)


def assess(evidence: Evidence, extraction: Extraction, url: str | None) -> Assessment:
    """The Assessment of one HTML page's extraction, from the engine's figures."""
    declared = read_declared(evidence.marked, evidence.markup)
    stats, main, declared_body = evidence.stats, evidence.main, evidence.declared_body
    blocks = list(extraction.blocks)
    shape = shape_of(stats, main, blocks, extraction.metadata, url)
    type_features = pagetype.features(shape, declared)
    kind, probability, probabilities = pagetype.page_type(type_features)
    declared_chars = _declared_length(declared_body)
    region = region_figures(stats, main, evidence.pieces, blocks, shape.body_chars, extraction.metadata.title)
    score = confidence.confidence(confidence.features(shape, declared_chars, region, probabilities, type_features))
    access = access_of(declared, paywall_marks(stats, main))
    reason = truncation(blocks, shape.body_chars, access, declared_chars, lambda: closing_lines(stats, main))
    return Assessment(page_type=kind, page_type_probability=probability, confidence=score, access=access,
                      truncated=reason is not None, truncation=reason)


__all__ = ["assess"]
