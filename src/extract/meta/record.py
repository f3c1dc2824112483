"""The facts about a page, as one source of evidence or as the final answer.

Every reader (JSON-LD, meta tags, microdata, visible bylines) fills a `Metadata` with what it
saw; `merged` then keeps, field by field, the first source that had a value, so the order of
the sources is the order of trust.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields


@dataclass(slots=True)
class Metadata:
    """What is known about a page besides its body text. Dates are ISO 8601 strings."""

    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date_published: str | None = None
    date_modified: str | None = None
    site_name: str | None = None
    language: str | None = None
    description: str | None = None
    url: str | None = None
    canonical_url: str | None = None
    image: str | None = None
    tags: list[str] = field(default_factory=list)
    categories: list[str] = field(default_factory=list)
    # The article text a page declares (JSON-LD articleBody): evidence for the HTML engine
    # to cross-check its blocks against, not a fact for the Document.
    body: str | None = field(default=None, metadata={"evidence": True})


FIELD_NAMES = tuple(f.name for f in fields(Metadata) if not f.metadata.get("evidence"))


def merged(*sources: Metadata) -> Metadata:
    """One Metadata taking each field from the first source that has it."""
    result = Metadata()
    for name in FIELD_NAMES:
        for source in sources:
            value = getattr(source, name)
            if value:
                setattr(result, name, value)
                break
    return result
