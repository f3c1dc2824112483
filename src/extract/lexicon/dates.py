"""Dates in words: month and weekday names, and the words a date line is made of.

MONTHS and WEEKDAYS map each name a page may print (full and abbreviated) to its number,
per language; the date readers and the text engine build their patterns from these names.
"""
from __future__ import annotations

MONTHS: dict[str, dict[str, int]] = {
    "en": {
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    },
}
WEEKDAYS: dict[str, dict[str, int]] = {
    "en": {
        "monday": 1, "mon": 1, "tuesday": 2, "tues": 2, "tue": 2, "wednesday": 3, "wed": 3,
        "thursday": 4, "thurs": 4, "thur": 4, "thu": 4, "friday": 5, "fri": 5,
        "saturday": 6, "sat": 6, "sunday": 7, "sun": 7,
    },
}

PHRASES: dict[str, dict[str, dict[str, str]]] = {
    # What a date line opens with: "Published", "Last updated".
    "date_lead": {
        "en": dict.fromkeys(("published", "posted", "updated", "last"), ""),
    },
    # The other words a date line may hold: "on", "at", "am", time zones, "5 min read".
    "date_words": {
        "en": dict.fromkeys(("modified", "created", "written", "dated?", "reviewed", "on", "at", "am",
                             "pm", "utc", "gmt", "[ecmp][sd]t", "et", "pt", "mins?", "minutes?", "read",
                             "ago"), ""),
    },
    # How long ago, after a number: "3 hours ago".
    "date_ago": {
        "en": {"(?:minutes?|hours?|days?|weeks?) ago": ""},
    },
}
