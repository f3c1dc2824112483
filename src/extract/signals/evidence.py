"""What a page shows about its kind and its access, gathered where it is cheapest.

Before cleaning (scripts and form controls are still there): the JSON-LD objects, the
OpenGraph type and the form controls, from one walk of the tree for a few tags; prices
and paywall markup from scans of the markup string (a currency sign next to a figure; a
substring test before the paywall pattern runs at all). After the survey, the engine's
own per-element figures describe the structure; they cost nothing more.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from lxml import etree

from ..dom import by_tag
from ..meta.jsonld import declared_objects, types_of

# A currency sign before a figure: "$19.99", "€ 20". (Signs after figures, "19,99 €", would
# need a scan from every digit: three times the cost, for the same pages.)
_PRICE = re.compile(r"[$€£¥₹]\s?\d")
# Markup that publishers put on a paywall or on the locked part of an article.
_PAYWALL = re.compile(
    r"""(?:class|id)\s*=\s*["'][^"'>]*(?:pay-?wall|reg-?wall|subscriber[-_]only|premium[-_]content|"""
    r"""content[-_]locked|article[-_]locked|locked[-_]content|piano[-_]|tp-modal|meter[-_]wall)""",
    re.I,
)
_PAYWALL_HINTS = ("paywall", "Paywall", "regwall", "subscriber", "locked")
_CONTROLS = ("form", "input", "button", "select", "textarea", "img", "time", "iframe", "svg", "nav")


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
    marked = by_tag(root, ("script", "meta", *_CONTROLS))
    objects = declared_objects(marked["script"])
    types = frozenset(kind for node in objects for kind in types_of(node))
    og_type = ""
    for meta in marked["meta"]:
        if (meta.get("property") or meta.get("name") or "").lower() == "og:type":
            og_type = (meta.get("content") or "").strip().lower()
            break
    head = markup if len(markup) < 4_000_000 else markup[:4_000_000]
    paywall = len(_PAYWALL.findall(head)) if any(hint in head for hint in _PAYWALL_HINTS) else 0
    return Declared(types=types, og_type=og_type, controls={tag: len(marked[tag]) for tag in _CONTROLS},
                    prices=len(_PRICE.findall(head)), paywall_marks=paywall, free=_free(objects))
