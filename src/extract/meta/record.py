"""Several sources of evidence about a page, merged into one Metadata by trust.

Every reader (JSON-LD, meta tags, microdata, visible bylines) returns a `Metadata` of what it
saw; `merged` keeps, field by field, the first source that had a value, so the order of
the sources is the order of trust.
"""
from __future__ import annotations

from dataclasses import fields
from typing import Any

from ..model import Metadata

FIELD_NAMES = tuple(f.name for f in fields(Metadata))


def merged(*sources: Metadata) -> Metadata:
    """One Metadata taking each field from the first source that has it."""
    values: dict[str, Any] = {}
    for name in FIELD_NAMES:
        for source in sources:
            if value := getattr(source, name):
                values[name] = value
                break
    return Metadata(**values)
