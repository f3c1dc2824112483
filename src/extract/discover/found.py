"""What a feed or sitemap lists: one article URL, its date if given, and who listed it.

`origin` (the feed or sitemap the URL came from) is kept because `--same-site` means "on
the site of the list that named it": a feed listing another site's articles is common
(aggregators, syndication) and is exactly what that filter is for.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime


@dataclass(frozen=True, slots=True)
class Found:
    url: str
    date: datetime | None
    origin: str


def parse_date(text: object) -> datetime | None:
    """A W3C / ISO 8601 date or datetime (sitemaps, JSON Feed) as an aware datetime.

    A date without a zone is taken as UTC, so every date compares with every other; a
    date that cannot be read is None rather than an error: one bad `<lastmod>` must not
    cost the whole sitemap.
    """
    if not isinstance(text, str) or not text:
        return None
    try:
        when = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return when if when.tzinfo else when.replace(tzinfo=UTC)
