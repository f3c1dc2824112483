"""The page's structure in figures, from what the HTML engine already computed.

One `Shape` per page feeds both the page-type model and the confidence model: the survey's
per-element counts (tags, text, links, teaser cards), the chosen region and its score, and
the blocks the engine kept. Only elements with three or more block children are visited
one by one (lists, grids, threads), which keeps this a small share of the extraction.
"""
from __future__ import annotations

import math
import re
from typing import Final
from urllib.parse import urlsplit

from ..html.stats import Stats
from ..lexicon import word_set
from ..model import Block, BlockKind, Metadata
from .body import BodyFigures, body_figures
from .prices import grid_prices, prices
from .voice import SAMPLE, persons

# Final: compiled, a constant is read where it is used, not looked up by name.
_POST_MIN: Final = 200          # characters: a child this long with little link text is a post or a section
_POST_LINKS: Final = 0.3
_SENTENCE_END: Final = frozenset(".!?\u3002\uff01\uff1f:;\"'\u201d)")
# The words of address segments that name a kind of page (lexicon/paths.py), in the
# page-type model's order of kinds.
_PATH_KINDS = ("article", "forum", "product", "documentation", "listing", "collection", "service")
_PATH_WORDS = tuple(word_set(f"path_{kind}") for kind in _PATH_KINDS)
_LOG1P: Final = math.log1p  # bound once: compiled, math.log1p is an attribute read a call
_DATE_PATH = re.compile(r"/(?:19|20)\d\d[/-](?:[01]?\d)(?:[/-]|$)")


class Shape:
    """Figures about one page's structure and its extraction (see the module doc). A plain
    class: compiled, its __init__ is native, where a dataclass's runs in Python (ten times
    slower to make, for these 27 fields)."""

    def __init__(self, *, tags: dict[str, int], elements: int, text: int, link_share: float, max_cards: int,
                 card_rows: int, max_posts: int, max_links_row: int, best: float, second: float, main_share: float,
                 main_links: float, reading: str, body_chars: int, blocks: dict[str, int], prose_share: float,
                 short_share: float, url: tuple[float, ...], max_items: int, prices: int, dated: bool,
                 credited: bool, grid_prices: tuple[int, int], about: tuple[float, ...], body: BodyFigures,
                 persons: tuple[float, ...], path_kinds: tuple[float, ...]) -> None:
        self.tags = tags  # elements of each tag, after cleaning
        self.elements = elements
        self.text = text
        self.link_share = link_share
        self.max_cards = max_cards
        self.card_rows = card_rows
        self.max_posts = max_posts
        self.max_links_row = max_links_row
        self.best = best
        self.second = second
        self.main_share = main_share
        self.main_links = main_links
        self.reading = reading
        self.body_chars = body_chars
        self.blocks = blocks  # blocks of each kind
        self.prose_share = prose_share
        self.short_share = short_share
        self.url = url
        self.max_items = max_items
        self.prices = prices
        self.dated = dated
        self.credited = credited
        self.grid_prices = grid_prices
        self.about = about
        self.body = body
        self.persons = persons
        self.path_kinds = path_kinds


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
    for index in range(len(items)):  # compiled: a typed loop, cheaper than a filter made in C
        if items[index] < 3:
            continue
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


def _second_best(stats: Stats, main: int) -> float:
    """The best score outside the chosen element, its subtree and its ancestors: the
    runner-up region, whose closeness says the choice was hard.

    Before the region, what is neither the region nor an ancestor lies between one
    ancestor and the next on the way down: a few runs of positions, each read in a typed
    loop (compiled, no slice is copied)."""
    ends, score = stats.page.ends, stats.score
    after = ends[main]
    best = score[after] if after < len(score) else 0.0
    for index in range(after + 1, len(score)):
        if score[index] > best:
            best = score[index]
    ancestor = 0
    while ancestor < main:
        child = ancestor + 1
        while ends[child] <= main:  # the children before the one that holds the region
            child = ends[child]
        for index in range(ancestor + 1, child):
            if score[index] > best:
                best = score[index]
        ancestor = child
    return max(best, 0.0)


def _about(metadata: Metadata, texts: list[str]) -> tuple[float, ...]:
    """What the page says about itself: the title's words, the description's length and
    whether the body (its blocks' `texts`) repeats it, a site name, a modification date,
    tags, sections, an image."""
    description = metadata.description or ""
    return (float(len((metadata.title or "").split())), float(len(description)),
            float(bool(description) and _repeats(texts, description[:50])), float(bool(metadata.site_name)),
            float(bool(metadata.date_modified)), float(len(metadata.tags)), float(len(metadata.categories)),
            float(bool(metadata.image)))


def _tag_counts(tags: list[str]) -> tuple[dict[str, int], int]:
    """How many elements of each tag the page has, and how many in all ("" is none: a
    hidden one, or not an element). Compiled, a typed loop: as fast as Counter's, without
    its set-up in Python."""
    counts: dict[str, int] = {}
    for tag in tags:
        counts[tag] = counts.get(tag, 0) + 1
    return counts, len(tags) - counts.pop("", 0)


def _repeats(texts: list[str], key: str) -> bool:
    """Whether `key` stands in the texts joined by "\\0" (what the signals read a body as),
    without joining them: only a key that holds a "\\0" can span two."""
    if "\0" in key:
        return key in "\0".join(texts)
    for text in texts:
        if key in text:
            return True
    return False


def _start(texts: list[str], size: int) -> str:
    """The first `size` characters of the texts joined by "\\0", copying only those (a
    text that fills the rest is cut, and a join of one text is that text)."""
    taken: list[str] = []
    room = size
    for text in texts:
        if len(text) >= room:
            taken.append(text[:room])
            break
        taken.append(text)
        room -= len(text) + 1
    return "\0".join(taken)


def _body_shape(blocks: list[Block]) -> tuple[list[str], int, int, int, dict[str, int]]:
    """The blocks' texts, their characters, those of prose paragraphs (long, ending like a
    sentence) and of short lines (headings aside), and how many blocks of each kind: one
    pass, each block's fields read once."""
    texts: list[str] = []
    chars = prose = short = 0
    kinds: dict[str, int] = {}
    for block in blocks:
        text, kind = block.text, block.kind
        length = len(text)
        texts.append(text)
        chars += length
        if kind is BlockKind.PARAGRAPH and length >= 80 and text.rstrip()[-1:] in _SENTENCE_END:
            prose += length
        if length < 40 and kind is not BlockKind.HEADING:
            short += length
        kinds[kind] = kinds.get(kind, 0) + 1  # a BlockKind is a str, its value: no str() copy
    return texts, chars, prose, short, kinds


def shape_of(stats: Stats, main: int | None, blocks: list[Block], metadata: Metadata, url: str | None) -> Shape:
    """The figures of one page, from the engine's statistics, its choice, its blocks and
    what its metadata says."""
    page = stats.page
    tags, elements = _tag_counts(page.tags)
    total = page.text[0] if page.text else 0
    best = stats.score[main] if main is not None else 0.0
    card_rows, max_posts, max_links, grid_rows, max_cards, max_items = _rows(stats)
    texts, chars, prose, short, kinds = _body_shape(blocks)
    body_chars = chars or 1
    return Shape(
        tags=tags, elements=elements, text=total,
        link_share=page.links[0] / total if total else 0.0,
        max_cards=max_cards, card_rows=card_rows, max_posts=max_posts, max_links_row=max_links,
        best=max(best, 0.0), second=_second_best(stats, main) if main is not None else 0.0,
        main_share=page.text[main] / total if main is not None and total else 0.0,
        main_links=stats.link_density(main) if main is not None else 0.0,
        reading=stats.reading.name.lower(), body_chars=chars, blocks=kinds,
        prose_share=prose / body_chars, short_share=short / body_chars, url=_url_figures(url),
        max_items=max_items, prices=prices(texts)[0], dated=metadata.date_published is not None,
        credited=bool(metadata.authors), grid_prices=grid_prices(stats, grid_rows),
        about=_about(metadata, texts), body=body_figures(blocks), persons=persons(_start(texts, SAMPLE)), path_kinds=path_kinds(url),
    )


def log(value: float) -> float:
    """Counts enter the models on a log scale: ten cards or a hundred differ less than one or ten."""
    return _LOG1P(0.0 if value < 0.0 else value)  # max(value, 0.0), compared natively
