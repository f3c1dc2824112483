"""Words of URL paths, by the kind of page they name ("/services/", "/collections/", "/docs/").

Sites name the sections of their addresses by a few common conventions: a business's
offers under "services" or "pricing", a shop's categories under "collections" or
"category", a blog's index under "blog" or "tag", manuals under "docs" or "wiki", threads
under "forum". The trust signals (signals/structure.py) read them from the address's
segments, as whole words (a segment's hyphenated words for its last one), never a site's
name. English only: addresses are mostly written in it, and no other language's were
measured. Only common conventions are listed: words added after reading the development
pages' addresses ("tuition", "recipes") changed nothing in cross-validation.
"""
from __future__ import annotations

_WORDS = {
    "path_article": {"en": "article articles story stories post posts"},
    "path_forum": {"en": "forum forums thread threads showthread community discussion questions viewtopic"},
    "path_product": {"en": "product p dp item"},
    "path_documentation": {"en": "docs doc documentation api reference manual wiki tutorial help"},
    "path_listing": {"en": "blog news tag tags archive archives latest search page"},
    "path_collection": {"en": "collections collection category categories shop store catalog products"},
    "path_service": {"en": "service services solutions pricing plans contact about careers support"},
}

PHRASES: dict[str, dict[str, dict[str, str]]] = {
    concept: {language: dict.fromkeys(words.split(), "") for language, words in table.items()}
    for concept, table in _WORDS.items()
}
