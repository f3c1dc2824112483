"""What a page shows about its kind and its access, gathered where it is cheapest.

Before cleaning (scripts and form controls are still there): the JSON-LD objects, the
OpenGraph type and the form controls, from one walk of the tree for a few tags; microdata
types from the UTF-8 markup (markup.py). The markup is never scanned whole by a
pattern: on a large page that costs more than the rest of the signals together
(a plain substring search is cheap). After the survey, the engine's own per-element
figures describe the structure; they cost nothing more, and prices and paywall markup are
looked for only where they sit: in the text (structure.py) and around the chosen region
(`paywall_marks`).
"""
from __future__ import annotations

import re
from itertools import repeat
from typing import Any

from lxml import etree

from ..html.stats import Stats
from ..meta.jsonld import declared_objects, types_of
from .markup import microdata_types

# Names that publishers give a paywall or the locked part of an article.
_PAYWALL = re.compile(
    r"pay-?wall|reg-?wall|subscriber[-_]only|premium[-_]content|content[-_]locked|article[-_]locked|"
    r"locked[-_]content|meter[-_]wall|tp-modal",
    re.I,
)
_HINTS = ("wall", "subscriber", "premium", "locked", "tp-modal")
_NEAR = 25  # elements before the end of the chosen region, and after it, searched for paywall names
_get = etree._Element.get  # unbound: mapped over many elements at C speed
_CONTROLS = ("form", "input", "button", "select", "textarea", "img", "time", "iframe", "svg", "nav")


class Declared:
    """What the markup declares before cleaning: schema.org types (JSON-LD, microdata),
    og:type, counts of form controls and other tags the cleaning removes, and whether the
    page says its content is free (True), not free (False) or nothing (None). A plain
    class, as structure.Shape: compiled, its __init__ is native."""

    def __init__(self, types: frozenset[str] = frozenset(), og_type: str = "", controls: dict[str, int] | None = None,
                 free: bool | None = None, microdata: frozenset[str] = frozenset(), microdata_marks: int = 0) -> None:
        self.types = types
        self.og_type = og_type
        self.controls: dict[str, int] = controls if controls is not None else {}
        self.free = free
        self.microdata = microdata
        self.microdata_marks = microdata_marks


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


def read_declared(marked: dict[str, list[etree._Element]], markup: bytes = b"") -> Declared:
    """The declared evidence of a page, from its elements of html.evidence.DECLARING_TAGS
    as parsed and its UTF-8 markup (see module doc)."""
    objects = declared_objects(marked["script"])
    types = frozenset(kind for node in objects for kind in types_of(node))
    og_type = ""
    for meta in marked["meta"]:
        if (meta.get("property") or meta.get("name") or "").lower() == "og:type":
            og_type = (meta.get("content") or "").strip().lower()
            break
    microdata, marks = microdata_types(markup)
    return Declared(types=types, og_type=og_type, controls={tag: len(marked[tag]) for tag in _CONTROLS},
                    free=_free(objects), microdata=microdata, microdata_marks=marks)


def paywall_marks(stats: Stats, main: int | None) -> int:
    """Elements named as a paywall: among those the survey found hidden (overlays wait
    hidden until a script shows them), the end of the chosen region and what follows it."""
    page = stats.page
    end = page.ends[main] if main is not None else 0
    near = page.elements[max(end - _NEAR, 0):end + _NEAR]
    elements = (*page.hidden, *near)
    # Spaces between names: no paywall name spans two of them.
    names = " ".join(filter(None, [*map(_get, elements, repeat("class")), *map(_get, elements, repeat("id"))]))
    # One search over all the names (pages hide hundreds of elements), after a cheap test.
    folded = names.lower()
    if not any(hint in folded for hint in _HINTS):
        return 0
    return len(_PAYWALL.findall(names))

