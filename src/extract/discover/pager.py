"""Which link leads to the next page of the same article, and which page of it a URL is.

A link is a later page of an article only when its URL is the first page's URL with a page
number added: `?page=2` (or p, pg, paged, pagina, seite...), `/2/`, `/page/2/`, `-2.html`,
`_2.html`. Comparing with the first page's own URL, rather than guessing a page number from
any URL, is what keeps the follower inside one article: a `rel=next` that points at the
next story (some blogs do that), a numbered pager of a section front, or a story whose
slug ends in digits (`/covid-19`) never qualify. `rel=next` links are tried first, then
every link, for the page numbered one more than the current one.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, urldefrag, urljoin, urlsplit

from lxml import etree

from ..model import RawPage

_PAGE_KEYS = frozenset(("page", "p", "pg", "paged", "pagina", "seite", "pagenum", "pn", "pagenumber"))
_EXTENSION = re.compile(r"(\.[a-z]{2,5})?/?$", re.I)
_PARSER = etree.HTMLParser(no_network=True, remove_comments=True, remove_pis=True)


def page_number(url: str, first: str) -> int | None:
    """The page of `first`'s article that `url` is (1 for `first` itself), or None when
    `url` is not a page of that article."""
    try:
        candidate, start = urlsplit(url), urlsplit(first)
    except ValueError:
        return None
    if candidate.netloc.lower() != start.netloc.lower():
        return None
    rest, numbers = _split_query(candidate.query)
    start_rest, _ = _split_query(start.query)
    if candidate.path.rstrip("/") == start.path.rstrip("/"):
        if rest != start_rest or len(numbers) > 1:
            return None
        return numbers[0] if numbers else 1
    if numbers or rest != start_rest:
        return None
    stem = _EXTENSION.sub("", start.path)
    extension = start.path[len(stem):].rstrip("/")
    marker = rf"{re.escape(stem)}(?:/page/|/|-|_)(\d{{1,4}}){re.escape(extension)}/?"
    match = re.fullmatch(marker, candidate.path)
    return int(match[1]) if match and stem else None


def _split_query(query: str) -> tuple[list[tuple[str, str]], list[int]]:
    """A query's other parameters (sorted) and its page numbers."""
    rest, numbers = [], []
    for key, value in parse_qsl(query, keep_blank_values=True):
        if key.lower() in _PAGE_KEYS and value.isdigit():
            numbers.append(int(value))
        else:
            rest.append((key, value))
    return sorted(rest), numbers


def next_page(page: RawPage, first: str, wanted: int) -> str | None:
    """The URL of page `wanted` of `first`'s article, if `page` links to it."""
    try:
        root = etree.fromstring(page.data, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    base = page.final_url or page.url or first
    links = [element for element in root.iter("link", "a") if element.get("href")]
    ranked = [e for e in links if "next" in (e.get("rel") or "").lower().split()] + [e for e in links if e.tag == "a"]
    for element in ranked:
        url = urldefrag(urljoin(base, (element.get("href") or "").strip())).url
        if page_number(url, first) == wanted:
            return url
    return None
