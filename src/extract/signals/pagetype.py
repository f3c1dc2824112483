"""Which kind of page this is, from generic evidence: a multinomial logistic model over
structure (cards, posts, lists, code, tables, forms, prices), declared types (JSON-LD,
microdata, OpenGraph), what the metadata says, the shape of
the URL path and the kinds of page its segments name, and the body's voice (voice.py; the
words of both are the lexicon's); no site names.

The coefficients live in pagetype.json, fitted by bench/train_signals.py on the WCXB
development labels only; `features` is the one definition of what the model sees.
"""
from __future__ import annotations

from math import log1p
from typing import Final

from ..model import PageType
from .evidence import Declared
from .model import load
from .structure import Shape, log

# schema.org types, grouped by the kind of page that declares them.
TYPE_GROUPS: Final[dict[str, frozenset[str]]] = {
    "article": frozenset({"article", "newsarticle", "blogposting", "reportagenews", "opinionnewsarticle",
                          "analysisnewsarticle", "scholarlyarticle", "liveblogposting"}),
    "product": frozenset({"product", "offer", "aggregateoffer", "productgroup", "aggregaterating", "review",
                          "individualproduct", "productmodel"}),
    "forum": frozenset({"discussionforumposting", "qapage", "question", "answer", "comment", "socialmediaposting"}),
    "collection": frozenset({"itemlist", "collectionpage", "searchresultspage", "listitem", "offercatalog"}),
    "service": frozenset({"service", "localbusiness", "contactpage", "professionalservice", "organization",
                          "corporation", "postaladdress", "openinghoursspecification"}),
    "documentation": frozenset({"techarticle", "apireference", "softwaresourcecode", "softwareapplication", "howto"}),
    "faq": frozenset({"faqpage"}),
    "breadcrumb": frozenset({"breadcrumblist"}),
    "person": frozenset({"person", "profilepage"}),
    "event": frozenset({"event", "recipe", "videoobject", "course", "jobposting"}),
    "site": frozenset({"website", "webpage", "sitenavigationelement", "searchaction"}),
}
# Each type -> the positions in TYPE_GROUPS of the groups that hold it.
_GROUPS_OF: Final = {kind: tuple(index for index, group in enumerate(TYPE_GROUPS.values()) if kind in group)
                     for group in TYPE_GROUPS.values() for kind in group}
_OG: Final = ("article", "product", "website")
_TAGS: Final = ("a", "p", "li", "pre", "code", "table", "td", "h1", "h2", "h3", "article", "dl", "blockquote",
                "section", "span", "div", "strong")
_BLOCKS: Final = ("paragraph", "heading", "list_item", "code", "table_row", "quote")
# Tags counted on a log scale, after cleaning (the survey's).
_COUNTED: Final = ("a", "p", "li", "pre", "code", "table", "td", "h2", "h3", "h4", "article", "section", "aside",
                   "nav", "footer", "header", "img", "figure", "dt", "dd", "form", "input", "button", "select",
                   "label", "time", "span", "div", "strong", "small", "br", "svg")
_ZEROS: Final = (0,) * len(_COUNTED)
_KINDS: Final = {kind.value: kind for kind in PageType}  # by the model's names: no Enum call a page


def features(shape: Shape, declared: Declared) -> list[float]:
    """The model's input: shares and log counts of structure, declared types, URL shape."""
    n = shape.elements or 1
    blocks = sum(shape.blocks.values()) or 1
    count = shape.tags.get
    vector = [log(shape.elements), log(shape.text), shape.link_share, log(shape.max_cards), log(shape.card_rows),
              log(shape.max_posts), log(shape.max_links_row), log(shape.best), shape.main_share, shape.main_links,
              float(shape.reading == "article"), float(shape.reading == "listing"), log(shape.body_chars),
              shape.prose_share, shape.short_share, log(blocks)]
    vector += [count(tag, 0) / n for tag in _TAGS]
    vector += map(log1p, map(count, ("h1", "h2", "h3", "pre", "table", "article", "li"), _ZEROS))
    vector += [shape.blocks.get(kind, 0) / blocks for kind in _BLOCKS]
    vector += map(log1p, declared.controls.values())
    vector += [log(shape.prices), float(shape.prices > 0)]
    vector += _groups(declared.types)
    vector += [float(declared.og_type == kind) for kind in _OG] + [float(not declared.og_type)]
    vector += list(shape.url)
    vector += [log(shape.max_items), float(shape.dated), float(shape.credited), log(count("a", 0))]
    vector += map(log1p, map(count, _COUNTED, _ZEROS))  # counts: never negative, no need of log()
    vector += _groups(declared.microdata) + [log(declared.microdata_marks)]
    prices, signs = shape.grid_prices
    vector += [log(prices), log(signs), 1000.0 * prices / max(shape.text, 1)]
    vector += map(log1p, shape.url[7:])
    vector += map(log1p, shape.about)
    vector += shape.persons
    vector += shape.path_kinds
    return vector


def _groups(types: frozenset[str]) -> list[float]:
    """For each group of TYPE_GROUPS, whether `types` names one of its types: a lookup per
    declared type (a page declares a few), not a set operation per group."""
    flags = [0.0] * len(TYPE_GROUPS)
    for kind in types:
        for index in _GROUPS_OF.get(kind, ()):
            flags[index] = 1.0
    return flags


def page_type(vector: list[float]) -> tuple[PageType, float, dict[str, float]]:
    """The likeliest type, its probability, and every type's probability."""
    probabilities = load("pagetype").probabilities(vector)
    best = max(probabilities, key=probabilities.__getitem__)
    return _KINDS[best], probabilities[best], probabilities
