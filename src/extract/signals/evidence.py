"""What a page shows about its kind and its access, gathered where it is cheapest.

Before cleaning (scripts and form controls are still there): the JSON-LD objects, the
OpenGraph type, form controls, prices and paywall markup, read from the tree's `<script>`
and `<meta>` elements and by counting in the markup string (C-speed scans). After the
survey, the engine's own per-element figures describe the structure; they cost nothing more.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ..dom import by_tag
from ..meta.jsonld import declared_objects, types_of

# Currency signs before or after a figure: "$19.99", "19,99 €", "EUR 20".
_PRICE = re.compile(r"[$€£¥₹]\s?\d|\d\s?(?:€|£)|\b(?:EUR|USD|GBP)\s?\d")
# Markup that publishers put on a paywall or on the locked part of an article.
_PAYWALL = re.compile(
    r"""(?:class|id)\s*=\s*["'][^"'>]*(?:pay-?wall|reg-?wall|subscriber[-_]only|premium[-_]content|"""
    r"""content[-_]locked|article[-_]locked|locked[-_]content|piano[-_]|tp-modal|meter[-_]wall)""",
    re.I,
)
_CONTROLS = ("<form", "<input", "<button", "<select", "<textarea", "<img", "<time", "<iframe", "<svg", "<nav")


@dataclass(frozen=True, slots=True)
class Declared:
    """What the markup declares before cleaning: schema.org types, og:type, counts of
    form controls and other tags the cleaning removes, prices, paywall marks, and whether
    the page says its content is free (True), not free (False) or nothing (None)."""

    types: frozenset[str] = frozenset()
    og_type: str = ""
    controls: dict[str, int] = field(default_factory=dict)
    prices: int = 0
    paywall_marks: int = 0
    free: bool | None = None


def _free(objects: list[dict[str, Any]]) -> bool | None:
    """`isAccessibleForFree` of any object: false anywhere (an article or its locked part) wins."""
    said: bool | None = None
    for node in objects:
        value = node.get("isAccessibleForFree")
        if value is None:
            continue
        flag = value if isinstance(value, bool) else str(value).strip().lower() not in ("false", "0", "no")
        if not flag:
            return False
        said = True
    return said


def read_declared(root: etree._Element, markup: str) -> Declared:
    """The declared evidence of a parsed page and the markup it came from (see module doc)."""
    marked = by_tag(root, ("script", "meta"))
    objects = declared_objects(marked["script"])
    types = frozenset(kind for node in objects for kind in types_of(node))
    og_type = ""
    for meta in marked["meta"]:
        if (meta.get("property") or meta.get("name") or "").lower() == "og:type":
            og_type = (meta.get("content") or "").strip().lower()
            break
    lowered = markup if len(markup) < 4_000_000 else markup[:4_000_000]
    controls = {tag[1:]: lowered.count(tag) for tag in _CONTROLS}
    return Declared(types=types, og_type=og_type, controls=controls,
                    prices=len(_PRICE.findall(lowered)), paywall_marks=len(_PAYWALL.findall(lowered)),
                    free=_free(objects))
