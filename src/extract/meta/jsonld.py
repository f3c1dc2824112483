"""JSON-LD (schema.org): the most explicit metadata a page carries, parsed once.

Top-level objects and `@graph` members are the candidates; nested objects serve only to
resolve `{"@id": ...}` references (authors and publishers are often declared once in the
graph and pointed to). The article object answers first; a WebPage object fills its gaps.
"""
from __future__ import annotations

import html
import json
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from typing import Any

from lxml.etree import _Element as Element

from .dates import parse_date
from ..model import Metadata
from .strings import names_in, split_list, squash

_ARTICLE_TYPES = frozenset({
    "article", "newsarticle", "blogposting", "liveblogposting", "reportagenews", "analysisnewsarticle",
    "opinionnewsarticle", "reviewnewsarticle", "backgroundnewsarticle", "techarticle", "scholarlyarticle",
    "report", "socialmediaposting", "discussionforumposting", "posting", "advertisercontentarticle",
    "satiricalarticle", "medicalscholarlyarticle", "question", "howto", "recipe", "videoobject", "podcastepisode",
})
_PAGE_TYPES = frozenset({"webpage", "itempage", "qapage", "faqpage", "aboutpage", "profilepage", "medicalwebpage"})
_SITE_TYPES = frozenset({"website", "organization", "newsmediaorganization", "corporation"})
Node = dict[str, Any]


@lru_cache(maxsize=16)
def _load(text: str) -> Any:
    """The JSON of one script, parsed once per page: metadata here and the trust signals
    (declared_objects) both read it, and neither changes it."""
    text = text.strip().removeprefix("<!--").removesuffix("-->").strip()
    text = text.removeprefix("//<![CDATA[").removesuffix("//]]>").strip().rstrip(";")
    try:
        return json.loads(text, strict=False)
    except (ValueError, RecursionError):
        return None


def _types(node: Node) -> set[str]:
    kind = node.get("@type")
    kinds = kind if isinstance(kind, list) else [kind]
    return {k.rsplit("/", 1)[-1].lower() for k in kinds if isinstance(k, str)}


def _walk(value: Any) -> Iterator[Node]:
    """Every object nested anywhere in a JSON value, in document order (iteratively: pages
    can nest deeper than Python's recursion limit)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            yield item
            stack.extend(reversed(item.values()))
        elif isinstance(item, list):
            stack.extend(reversed(item))


def _top_level(data: Any) -> Iterator[Node]:
    """The objects a page states about itself: top level, `@graph` members, `mainEntity`."""
    for node in data if isinstance(data, list) else [data]:
        if not isinstance(node, dict):
            continue
        members = node.get("@graph")
        for member in (members if isinstance(members, list) else [node]):
            if isinstance(member, dict):
                yield member
                main = member.get("mainEntity")
                if isinstance(main, dict):
                    yield main


class _Graph:
    """All JSON-LD of a page: its candidate objects and an index of objects by `@id`."""

    def __init__(self, scripts: list[str]) -> None:
        self.nodes: list[Node] = []
        self.ids: dict[str, Node] = {}
        for script in scripts:
            data = _load(script)
            if data is None:
                continue
            self.nodes.extend(_top_level(data))
            for node in _walk(data):
                node_id = node.get("@id")
                if isinstance(node_id, str) and len(node) > 1:
                    self.ids.setdefault(node_id, node)

    def resolve(self, value: Any) -> Any:
        if isinstance(value, dict) and len(value) == 1 and isinstance(value.get("@id"), str):
            return self.ids.get(value["@id"], value)
        return value

    def first(self, types: frozenset[str]) -> Node | None:
        return next((node for node in self.nodes if _types(node) & types), None)

    def names(self, value: Any) -> tuple[str, ...]:
        """Names of the people or organisations a value points to."""
        raw: list[str] = []
        for item in value if isinstance(value, list) else [value]:
            item = self.resolve(item)
            if isinstance(item, str) and "://" not in item:
                raw.append(item)
            elif isinstance(item, dict):
                name = item.get("name")
                if not isinstance(name, str):
                    name = " ".join(str(item.get(k, "")) for k in ("givenName", "familyName")).strip()
                if name and "://" not in name:
                    raw.append(html.unescape(name) if "&" in name else name)
        return names_in(raw)


def _text(value: Any) -> str | None:
    """A JSON-LD string; entities are decoded, as script content is not parsed as HTML."""
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("@value") or value.get("name")
    if not isinstance(value, str):
        return None
    return squash(html.unescape(value) if "&" in value else value) or None


def _body(value: Any) -> str | None:
    """The declared article text, its line breaks kept: they part its paragraphs."""
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, str):
        return None
    value = html.unescape(value) if "&" in value else value
    return "\n".join(filter(None, (squash(line) for line in value.splitlines()))) or None


def _url(value: Any) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        value = value.get("url") or value.get("contentUrl") or value.get("@id")
    return value.strip() or None if isinstance(value, str) else None


def _strings(value: Any) -> tuple[str, ...]:
    items = value if isinstance(value, list) else [value]
    return split_list(item for item in items if isinstance(item, str))


def _facts(graph: _Graph, node: Node) -> Metadata:
    publisher = graph.resolve(node.get("publisher"))
    language = node.get("inLanguage")
    return Metadata(
        title=_text(node.get("headline")) or _text(node.get("name")),
        authors=graph.names(node.get("author") or node.get("creator")),
        date_published=parse_date(_text(node.get("datePublished")) or _text(node.get("dateCreated"))
                                  or _text(node.get("uploadDate"))),
        date_modified=parse_date(_text(node.get("dateModified"))),
        site_name=_text(publisher) if isinstance(publisher, dict) else None,
        language=_text(language) if isinstance(language, (str, list)) else None,
        description=_text(node.get("description")),
        canonical_url=_url(node.get("mainEntityOfPage")),
        image=_url(node.get("image")) or _url(node.get("thumbnailUrl")),
        tags=_strings(node.get("keywords")),
        categories=_strings(node.get("articleSection")),
    )


def declared_objects(scripts: list[Element]) -> list[Node]:
    """Every JSON-LD object of a page, nested ones too, in document order: what signals/
    reads types and access flags from."""
    found: list[Node] = []
    for script in scripts:
        if "ld+json" in (script.get("type") or "").lower() and script.text:
            found.extend(_walk(_load(script.text)))
    return found


def types_of(node: Node) -> set[str]:
    """A JSON-LD object's types, lower-cased, without their vocabulary URL."""
    return _types(node)


def read_jsonld(scripts: list[Element]) -> tuple[Metadata | None, Metadata, str | None]:
    """What the article object states (None: the page declares no article object), what
    the page/site objects state, and the article text it declares (`articleBody`), from
    the page's `<script>` elements."""
    scripts = [script.text for script in scripts
               if "ld+json" in (script.get("type") or "").lower() and script.text]
    if not scripts:
        return None, Metadata(), None
    graph = _Graph(scripts)
    article = graph.first(_ARTICLE_TYPES)
    page = graph.first(_PAGE_TYPES)
    site = graph.first(_SITE_TYPES)
    page_facts = _facts(graph, page) if page else Metadata()
    if site and not page_facts.site_name:
        page_facts = replace(page_facts, site_name=_text(site.get("name")))
    if article is None:
        return None, page_facts, None
    return _facts(graph, article), page_facts, _body(article.get("articleBody"))
