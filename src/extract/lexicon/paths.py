"""Words of URL paths, by the kind of page they name ("/services/", "/collections/", "/docs/").

Sites name the sections of their addresses by a few common conventions: a business's
offers under "services" or "pricing", a shop's categories under "collections" or
"category", a blog's index under "blog" or "tag", manuals under "docs" or "wiki", threads
under "forum". The trust signals (signals/structure.py) read them from the address's
segments, as whole words (a segment's hyphenated words for its last one), never a site's
name. English only: addresses are mostly written in it, and no other language's were
measured.
"""
from __future__ import annotations

_WORDS = {
    "path_article": {"en": "article articles story stories post posts"},
    "path_forum": {"en": "forum forums thread threads showthread community discussion discussions questions q t r "
                         "viewtopic"},
    "path_product": {"en": "product p dp item buy sku"},
    "path_documentation": {"en": "docs doc documentation api reference guide guides manual handbook wiki learn "
                                 "tutorial tutorials howto kb help"},
    "path_listing": {"en": "blog news topics topic tag tags archive archives list lists latest jobs events podcasts "
                           "courses chart rankings search page recipes reviews"},
    "path_collection": {"en": "collections collection category categories shop store c cat browse catalog catalogue "
                              "products department brands"},
    "path_service": {"en": "service services solutions solution consulting pricing plans contact contact-us about "
                           "about-us careers programs program tuition admissions hire agency support quote "
                           "get-started signup sign-up login register apply"},
}

PHRASES: dict[str, dict[str, dict[str, str]]] = {
    concept: {language: dict.fromkeys(words.split(), "") for language, words in table.items()}
    for concept, table in _WORDS.items()
}
