"""Microdata (`itemscope` / `itemprop`): schema.org facts written into the markup itself.

Only properties inside an article's `itemscope` count; a product page's reviews carry
authors and dates too, and those are not the page's.
"""
from __future__ import annotations

from lxml.etree import _Element as Element

from ..dom import text_of
from .dates import parse_date
from ..model import Metadata
from .strings import names_in, squash

_ARTICLE_SCOPES = ("article", "posting", "blog", "report", "question")
_WANTED = frozenset({"headline", "author", "creator", "datepublished", "datecreated", "datemodified"})


def _value(element: Element) -> str:
    for attribute in ("content", "datetime"):
        if value := element.get(attribute):
            return value
    names = element.xpath(".//*[@itemprop='name']")
    return squash(text_of((names[0] if names else element)))


def _is_article(scope: Element) -> bool:
    kind = (scope.get("itemtype") or "").rsplit("/", 1)[-1].lower()
    return any(word in kind for word in _ARTICLE_SCOPES)


def _owner(element: Element) -> Element | None:
    """The itemscope a property belongs to: its nearest ancestor with `itemscope`."""
    return next((a for a in element.iterancestors() if a.get("itemscope") is not None), None)


def _first_date(values: list[str]) -> str | None:
    return next(filter(None, map(parse_date, values)), None)


def read_microdata(root: Element) -> Metadata:
    """Headline, authors and dates of the first article-typed itemscope."""
    scope = next(filter(_is_article, root.xpath("//*[@itemscope][@itemtype]")), None)
    if scope is None:
        return Metadata()
    found: dict[str, list[str]] = {}
    for element in scope.xpath(".//*[@itemprop]"):
        if _owner(element) is not scope:
            continue
        for prop in element.get("itemprop", "").lower().split():
            if prop in _WANTED:
                found.setdefault(prop, []).append(_value(element))
    headlines = found.get("headline", [])
    return Metadata(
        title=squash(headlines[0]) or None if headlines else None,
        authors=names_in(found.get("author") or found.get("creator") or []),
        date_published=_first_date(found.get("datepublished", []) + found.get("datecreated", [])),
        date_modified=_first_date(found.get("datemodified", [])),
    )
