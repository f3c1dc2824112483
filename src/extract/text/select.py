"""Inside the main run: which units are kept.

The run bridges short interruptions to keep the article whole; what it bridged is then
judged as a stretch, not line by line: a stretch of short title-cased lines with no
sentence among them (a teaser column, a staff list) sits inside the run but is not article.
"""
from __future__ import annotations

import os

from .classify import dropped_inside
from .features import Features
from .segment import Unit

_STRETCH_MIN = 3
_STRETCH_CAPITALS = float(os.environ.get("CAPS", "0.7"))
_STRETCH_STOPS = float(os.environ.get("STOPS", "0.2"))
_BRIDGED_MAX = 1.0


def _title_stretch(units: list[Unit], features: list[Features], members: list[int]) -> bool:
    """Several lines that read like titles or names, not like the article's own list."""
    if len(members) < _STRETCH_MIN or units[members[0] - 1].text.endswith(":"):
        return False
    capitals = sum(features[k].capitals for k in members) / len(members)
    stops = sum(features[k].stop_ratio for k in members) / len(members)
    return capitals >= _STRETCH_CAPITALS and stops < _STRETCH_STOPS


def kept_units(
    units: list[Unit], features: list[Features], values: list[float], span: tuple[int, int], headline: int | None
) -> list[int]:
    """Indexes of the units kept from the main run [start, end)."""
    start, end = span
    keep: list[int] = []
    i = start
    while i < end:
        j = i
        while j < end and values[j] <= _BRIDGED_MAX:
            j += 1
        j = max(j, i + 1)
        members = [k for k in range(i, j) if k != headline and not dropped_inside(features[k])]
        if j - i == 1 or not (os.environ.get("GAP") and _title_stretch(units, features, members)):
            keep.extend(members)
        i = j
    return keep
