"""The page's structure in figures, from what the HTML engine already computed.

One `Shape` per page feeds both the page-type model and the confidence model: the survey's
per-element counts (tags, text, links, teaser cards), the chosen region and its score, and
the blocks the engine kept. Only elements with three or more block children are visited
one by one (lists, grids, threads), which keeps this a small share of the extraction.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from itertools import compress
from dataclasses import dataclass
from urllib.parse import urlsplit

from ..dom import text_of
from ..html.stats import Stats
from ..lexicon import word_set
from ..model import Block, BlockKind, Metadata
from .body import BodyFigures, body_figures
from .voice import persons

_POST_MIN = 200          # characters: a child this long with little link text is a post or a section
_POST_LINKS = 0.3
_SENTENCE_END = frozenset(".!?\u3002\uff01\uff1f:;\"'\u201d)")
# A currency sign before or after a figure: "$19.99", "19,99 €". Signs are found first (a
# substring search per sign runs at C speed), then their neighbours checked: a pattern
# that could start at any digit would cost more than all the other signals.
_CURRENCY = "$€£¥₹"
_GRID_ROWS = 1  # rows of cards read for prices, those with the most cards (a grid outnumbers menus)
# The words of address segments that name a kind of page (lexicon/paths.py), in the
# page-type model's order of kinds.
_PATH_KINDS = ("article", "forum", "product", "documentation", "listing", "collection", "service")
_PATH_WORDS = tuple(word_set(f"path_{kind}") for kind in _PATH_KINDS)
_DATE_PATH = re.compile(r"/(?:19|20)\d\d[/-](?:[01]?\d)(?:[/-]|$)")


@dataclass(frozen=True, slots=True)
class Shape:
    """Figures about one page's structure and its extraction (see the module doc)."""

    tags: Counter[str]
    elements: int
    text: int
    link_share: float
    max_cards: int
    card_rows: int
    max_posts: int
    max_links_row: int
    best: float
    second: float
    main_share: float
    main_links: float
    reading: str
    body_chars: int
    blocks: Counter[str]
    prose_share: float
    short_share: float
    url: tuple[float, ...]
    max_items: int
    prices: int
    dated: bool
    credited: bool
    grid_prices: tuple[int, int]
    about: tuple[float, ...]
    body: BodyFigures
    persons: tuple[float, ...]
    path_kinds: tuple[float, ...]


def _url_figures(url: str | None) -> tuple[float, ...]:
    """The shape of the address, never its words: path depth, hyphens in the last segment
    (a slug), a date in the path, a query, a trailing slash, a file extension, digits in
    the path (ids); then the last segment's length, digits and words, whether it is a
    number, the first segment's length, one- or two-character segments (/p/, /c/), the
    longest segment, the query's parameters, and whether the path is the site's root."""
    if not url:
        return (0.0,) * 16
    parts = urlsplit(url)
    segments = [part for part in parts.path.split("/") if part]
    last = segments[-1] if segments else ""
    stem = last.split(".")[0]
    return (float(len(segments)), float(min(last.count("-"), 12)), float(bool(_DATE_PATH.search(parts.path))),
            float(bool(parts.query)), float(parts.path.endswith("/")), float("." in last),
            float(min(sum(map(str.isdigit, parts.path)), 20)),
            float(len(last)), float(sum(map(str.isdigit, last))),
            float(len(stem.replace("_", "-").split("-")) if stem else 0), float(stem.isdigit()),
            float(len(segments[0]) if segments else 0), float(sum(len(part) <= 2 for part in segments)),
            float(max(map(len, segments), default=0)), float(parts.query.count("&") + 1 if parts.query else 0),
            float(not segments))


def path_kinds(url: str | None) -> tuple[float, ...]:
    """Which kinds of page the address's segments name (lexicon/paths.py): for each kind,
    whether a segment before the last is one of its words, then whether the last segment
    (without its extension) or one of its hyphenated words is.

        >>> path_kinds("https://shop.test/collections/summer-sale")[:7]
        (0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0)
        >>> path_kinds("https://law.test/services/business-planning")[7:]
        (0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0)
    """
    if not url:
        return (0.0,) * (2 * len(_PATH_WORDS))
    segments = [segment for segment in urlsplit(url).path.lower().split("/") if segment]
    inner = set(segments[:-1])
    stem = segments[-1].split(".")[0] if segments else ""
    last = {stem, *stem.replace("_", "-").split("-")}
    return (*(float(not inner.isdisjoint(words)) for words in _PATH_WORDS),
            *(float(not last.isdisjoint(words)) for words in _PATH_WORDS))


def _rows(stats: Stats) -> tuple[int, int, int, list[int], int, int]:
    """The most teaser-card rows, posts (long children with little link text) and link-only
    children under one parent, over the parents with three or more block children; the
    outermost rows of cards (a row of three cards has three block children); and the most
    cards and block children under one parent, anywhere (cards are among the block
    children, so a parent with three cards or more is among those visited: the rest of the
    page is read only when none is)."""
    page = stats.page
    text, links, ends, items, cards = page.text, page.links, page.ends, page.items, page.cards
    card_rows = max_posts = max_links = reached = max_cards = max_items = 0
    outermost: list[int] = []
    for index in compress(range(len(items)), map((3).__le__, items)):  # the filter runs in C
        if items[index] > max_items:
            max_items = items[index]
        if cards[index] > max_cards:
            max_cards = cards[index]
        if cards[index] >= 3:
            card_rows += 1
            if index >= reached:  # not inside a row already listed
                outermost.append(index)
                reached = ends[index]
        posts = linked = 0
        child, end = index + 1, ends[index]
        while child < end:
            length = text[child]
            if length >= _POST_MIN and links[child] < _POST_LINKS * length:
                posts += 1
            elif length and links[child] >= 0.8 * length:
                linked += 1
            child = ends[child]
        if posts > max_posts:  # comparisons, not max(): this runs for every row of the page
            max_posts = posts
        if linked > max_links:
            max_links = linked
    if max_cards < 3:
        max_cards = max(cards, default=0)
    if max_items < 3:
        max_items = max(items, default=0)
    return card_rows, max_posts, max_links, outermost, max_cards, max_items


def _prices(text: str) -> int:
    """Figures with a currency sign next to them (see _CURRENCY)."""
    found = 0
    for sign in _CURRENCY:
        at = text.find(sign)
        while at >= 0:
            if text[at + 1:at + 3].lstrip(" ")[:1].isdigit() or text[max(at - 2, 0):at].rstrip(" ")[-1:].isdigit():
                found += 1
            at = text.find(sign, at + 1)
    return found


def _grid_prices(stats: Stats, rows: list[int]) -> tuple[int, int]:
    """Prices in the page's largest rows of cards (a grid of products shows one per card),
    and currency signs with or without a figure there. Only the _GRID_ROWS outermost rows
    with the most cards are read: a page lists many small rows (menus, footers), and
    reading their text would cost more than the rest of the page's figures."""
    page = stats.page
    largest = sorted(rows, key=page.cards.__getitem__, reverse=True)[:_GRID_ROWS]
    text = "\0".join([text_of(page.elements[index]) for index in sorted(largest)])
    return _prices(text), sum(map(text.count, _CURRENCY))


def _second_best(stats: Stats, main: int) -> float:
    """The best score outside the chosen element, its subtree and its ancestors: the
    runner-up region, whose closeness says the choice was hard.

    Before the region, what is neither the region nor an ancestor lies between one
    ancestor and the next on the way down: a few slices, each searched at C speed."""
    ends, score = stats.page.ends, stats.score
    best = max(score[ends[main]:], default=0.0)
    ancestor = 0
    while ancestor < main:
        child = ancestor + 1
        while ends[child] <= main:  # the children before the one that holds the region
            child = ends[child]
        if child > ancestor + 1:
            best = max(best, max(score[ancestor + 1:child]))
        ancestor = child
    return max(best, 0.0)


def _about(metadata: Metadata, body: str) -> tuple[float, ...]:
    """What the page says about itself: the title's words, the description's length and
    whether the body repeats it, a site name, a modification date, tags, sections, an image."""
    description = metadata.description or ""
    return (float(len((metadata.title or "").split())), float(len(description)),
            float(bool(description) and description[:50] in body), float(bool(metadata.site_name)),
            float(bool(metadata.date_modified)), float(len(metadata.tags)), float(len(metadata.categories)),
            float(bool(metadata.image)))


def shape_of(stats: Stats, main: int | None, blocks: list[Block], metadata: Metadata, url: str | None) -> Shape:
    """The figures of one page, from the engine's statistics, its choice, its blocks and
    what its metadata says."""
    page = stats.page
    tags = Counter(page.tags)
    del tags[""]
    total = page.text[0] if page.text else 0
    best = stats.score[main] if main is not None else 0.0
    card_rows, max_posts, max_links, grid_rows, max_cards, max_items = _rows(stats)
    texts = [block.text for block in blocks]
    body = list(map(len, texts))
    body_chars = sum(body) or 1
    prose = sum(n for n, block in zip(body, blocks)
                if block.kind is BlockKind.PARAGRAPH and n >= 80 and block.text.rstrip()[-1:] in _SENTENCE_END)
    short = sum(n for n, block in zip(body, blocks) if n < 40 and block.kind is not BlockKind.HEADING)
    joined = "\0".join(texts)
    return Shape(
        tags=tags, elements=sum(tags.values()), text=total,
        link_share=page.links[0] / total if total else 0.0,
        max_cards=max_cards, card_rows=card_rows, max_posts=max_posts, max_links_row=max_links,
        best=max(best, 0.0), second=_second_best(stats, main) if main is not None else 0.0,
        main_share=page.text[main] / total if main is not None and total else 0.0,
        main_links=stats.link_density(main) if main is not None else 0.0,
        reading=stats.reading.name.lower(), body_chars=sum(body),
        blocks=Counter(str(block.kind) for block in blocks),
        prose_share=prose / body_chars, short_share=short / body_chars, url=_url_figures(url),
        max_items=max_items, prices=_prices(joined), dated=metadata.date_published is not None,
        credited=bool(metadata.authors), grid_prices=_grid_prices(stats, grid_rows),
        about=_about(metadata, joined), body=body_figures(blocks), persons=persons(joined), path_kinds=path_kinds(url),
    )


def log(value: float) -> float:
    """Counts enter the models on a log scale: ten cards or a hundred differ less than one or ten."""
    return math.log1p(max(value, 0.0))
