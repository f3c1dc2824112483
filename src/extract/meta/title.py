"""The title a reader sees: the page's headline, without the site's name tacked on.

The `<h1>` is the headline when a declared title (JSON-LD, OpenGraph, `<title>`), or one of
its segments, confirms it. An unconfirmed `<h1>` is still the headline on articles, but not
on pages declaring `og:type` "website" (home and landing pages, whose `<h1>` is a slogan),
nor when it only names the site (a logo). Otherwise the most explicit declared title is
used, without its site-name segments.
"""
from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from lxml.etree import _Element as Element

from ..dom import text_of
from .strings import squash

_SEGMENTS = re.compile(r"\s+[|–—·•»:]{1,2}\s+|\s+-{1,2}\s+")
_FOLD = re.compile(r"[\W_]+")
_QUOTES = str.maketrans("‘’‚‛“”„‟–—", "''''\"\"\"\"--")
_ANCHORS = " ¶§#🔗"
_MAX_HEADLINE = 250


def fold(text: str) -> str:
    """Text reduced to lower-case letters and digits, to compare titles written differently."""
    return _FOLD.sub("", text.translate(_QUOTES).casefold())


def clean_title(text: str | None) -> str:
    """A title without leftover entities ("&#8217;") and heading anchors ("¶")."""
    text = squash(text)
    if "&" in text:
        text = html.unescape(text)
    return text.rstrip(_ANCHORS)


def _host_label(url: str | None) -> str:
    """The distinctive part of a host name: "example" for www.news.example.co.uk."""
    host = urlsplit(url).hostname or "" if url else ""
    labels = [label for label in host.split(".") if label not in ("www", "com", "co", "org", "net", "uk")]
    return fold(max(labels, key=len)) if labels else ""


def names_site(text: str, site_name: str | None, url: str | None) -> bool:
    """Whether a text is the site's name (or its host name) rather than a headline or person."""
    return _is_site(text, fold(site_name or ""), _host_label(url))


def _is_site(segment: str, site: str, host: str) -> bool:
    folded = fold(segment)
    if not folded:
        return True
    if site and (folded == site or folded in site or site in folded):
        return True
    return bool(host) and len(host) > 3 and (host in folded or len(folded) > 3 and folded in host)


def strip_site_name(title: str, site_name: str | None, url: str | None) -> str:
    """A title without the segments that name the site ("Headline | Site" -> "Headline")."""
    parts = _SEGMENTS.split(title)
    if len(parts) == 1:
        return title
    site, host = fold(site_name or ""), _host_label(url)
    kept = [part for part in parts if not _is_site(part, site, host)]
    if not kept or len(kept) == len(parts):
        return title
    # What remains may itself contain a separator that belongs to the headline.
    start = title.find(kept[0])
    end = title.rfind(kept[-1]) + len(kept[-1])
    return title[start:end].strip() if 0 <= start < end else kept[0]


def choose_title(head: Element | None, h1s: list[Element], declared: list[str | None],
                 site_name: str | None, url: str | None, page_type: str = "") -> str | None:
    """The headline, confirmed by two sources when possible (see the module doc), from the
    page's `<title>` element and its `<h1>`s."""
    candidates = [clean_title(title) for title in [*declared, text_of(head) if head is not None else None]]
    candidates = [title for title in candidates if title]
    stripped = [strip_site_name(title, site_name, url) for title in candidates]
    site, host = fold(site_name or ""), _host_label(url)
    confirmed = {fold(title) for title in candidates + stripped}
    confirmed.update(fold(part) for title in candidates for part in _SEGMENTS.split(title)
                     if not _is_site(part, site, host))
    headings = [text for h1 in h1s if (text := clean_title(text_of(h1)))]
    for text in headings:
        if fold(text) in confirmed and fold(text) != site:
            return text
    if headings and page_type != "website":
        first = headings[0]
        if len(first) <= _MAX_HEADLINE and not _is_site(first, site, host):
            return first
    if stripped:
        return stripped[0]
    return headings[0] if headings else None
