"""The HTML engine: parse -> clean -> survey -> measure -> choose the main content -> Blocks.

Each stage is one module; this one reads top to bottom as the pipeline itself. Elements
are named by their position in document order from the survey on: the per-element facts
are flat lists, which is what keeps the passes over them cheap.
"""
from __future__ import annotations

from dataclasses import replace

from ..dom import by_tag, text_of
from ..meta import METADATA_TAGS, read_metadata, without_bylines
from ..model import Block, BlockKind, Extraction, Page, count_words
from ..options import Favor, Options
from .agreement import agreeing_blocks
from .blocks import build_blocks, normalize, section_blocks
from .clean import clean, drop
from .comments import comment_blocks
from .evidence import DECLARING_TAGS, Evidence
from .explain import Trace
from .grow import lead_elements, pieces
from .images import resolve_images
from .parse import markup_bytes, parse_markup
from .scripts import weigh_script
from .select import item_positions, main_element
from .stats import Reading, Stats, lifted_vetoes, measure
from .survey import Survey, survey
from .urls import page_base, resolve_links, without_own_address


# Scores (about: characters of prose) above which a page has a long article of its own,
# and a short one.
_ARTICLE_MIN = 2000
_SHORT_ARTICLE_MIN = 1000
# Sibling cards from which an element is a listing's row of items.
_CARD_ROW = 3
# How many times the best region's score a class name's vetoed paragraphs must weigh to
# be lifted (stats.lifted_vetoes): a comment thread under a short article weighs 2-4 times.
_LIFT_RATIO = 5
# Words below which a body of text blocks alone is a stray label ("Support", "Loading..."),
# not an article: the page has none.
_SCRAP_WORDS = 4
_TEXT_KINDS = frozenset((BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.LIST_ITEM, BlockKind.QUOTE, BlockKind.CAPTION))


def extract_html(page: Page, options: Options) -> Extraction:
    """Extract the article of one HTML page, and what the page says about itself."""
    return analyse_html(page, options)[0]


def analyse_html(page: Page, options: Options) -> tuple[Extraction, Evidence | None]:
    """extract_html, and the figures it computed on the way (for signals/; None when the
    page has no markup to speak of)."""
    text, url = page.text, page.url
    markup = markup_bytes(text)
    root = parse_markup(markup)
    if root is None:
        return Extraction(), None
    # Before clean(), which drops what both read: the head, scripts, metas, form controls.
    marked = by_tag(root, DECLARING_TAGS + METADATA_TAGS)  # one walk for both
    metadata, declared_body, one_item = read_metadata(root, url, text, marked)
    title = metadata.title or _title(root)
    metadata = replace(metadata, title=title)
    if options.images or options.links:  # before clean(), which drops <base>, <source>s, <noscript>s
        base = page_base(root, url, metadata.canonical_url)
        if options.images:
            resolve_images(root, base)
        if options.links:
            resolve_links(root, base)
    clean(root)
    surveyed = survey(root)
    trace = Trace() if options.explain else None
    if trace is not None:
        trace.hide(text_of(element) for element in surveyed.hidden)
    drop(surveyed.hidden)  # found by the survey, which reads every element's attributes anyway
    weigh_script(surveyed, markup)
    stats = measure(surveyed, options.favor)
    main = main_element(stats)
    best = stats.score[main] if main is not None else 0.0
    reading = Reading.ARTICLE
    # A class name that vetoes the page's one run of paragraphs leaves only scraps.
    lifted = lifted_vetoes(stats, max(_ARTICLE_MIN, _LIFT_RATIO * best)) if best < _ARTICLE_MIN else frozenset()
    if lifted:
        retried = measure(surveyed, options.favor, lifted=lifted)
        retried_main = main_element(retried)
        if retried_main is not None and retried.score[retried_main] >= _ARTICLE_MIN:
            stats, main, best = retried, retried_main, retried.score[retried_main]
    if best < _ARTICLE_MIN:
        # No long article stands out: a short one, a listing, a forum, a product page.
        # Short lines then count as content. Lists of cards become the content, not
        # teasers around it, only where not even a short article stands out and the
        # page does hold a row of cards: a page is a listing by what it has, not by
        # what it lacks.
        favor = options.favor if options.favor is Favor.PRECISION else Favor.RECALL
        listing = best < _SHORT_ARTICLE_MIN and _has_card_row(surveyed)
        reading = Reading.LISTING if listing else Reading.SHORT
        stats = measure(surveyed, favor, reading, linked_items=listing and not one_item)
        main = main_element(stats)
        if listing and main is not None and not one_item:
            # A listing's items are links: link density no longer judges them (select.py).
            stats.items = item_positions(main, stats)
    parts = pieces(main, stats) if main is not None else []
    blocks = _region_blocks(parts, stats, options, trace) if parts else []
    steps = [blocks, agreeing_blocks(blocks, declared_body)]
    steps.append(_without_title(steps[-1], title))
    steps.append(without_bylines(steps[-1], metadata))
    steps.append(without_own_address(steps[-1], url, metadata.canonical_url))
    steps.append(_without_scrap(steps[-1]))
    blocks = steps[-1]
    comments = comment_blocks(main, stats, options) if options.comments else []
    explanation = None
    if trace is not None:
        trace.steps = steps
        trace.page = section_blocks(0, stats, options)
        trace.reading = reading.value
        if main is not None:
            trace.region = root.getroottree().getpath(surveyed.elements[main])
            trace.score = round(stats.score[main], 1)
        explanation = trace.explanation(blocks)
    extraction = Extraction(blocks=tuple(blocks), comments=tuple(comments), metadata=metadata, explanation=explanation)
    return extraction, Evidence(marked, stats, main, declared_body, markup, len(parts))


def _region_blocks(parts: list[int], stats: Stats, options: Options, trace: Trace | None) -> list[Block]:
    """The blocks of the chosen region grown over the rest of a split article: `parts`, the
    region and its siblings from grow.pieces."""
    blocks = [block for part in parts for block in build_blocks(part, stats, options, trace.built if trace else None)]
    if blocks:
        lead = [block for index in lead_elements(parts[0], stats) for block in section_blocks(index, stats, options)]
        blocks = [block for block in lead if block not in blocks] + blocks
    return blocks


def _has_card_row(page: Survey) -> bool:
    """Whether some element holds a row of teaser cards (a headline link and a blurb each)."""
    return any(count >= _CARD_ROW for count in page.cards)


def _title(root) -> str | None:
    """The first <h1>, else the document <title>."""
    for tag in ("h1", "title"):
        for element in root.iter(tag):
            text = normalize(text_of(element))
            if text:
                return text
    return None


def _without_scrap(blocks: list[Block]) -> list[Block]:
    """No blocks when all there is is a few words of text (see _SCRAP_WORDS)."""
    if any(block.kind not in _TEXT_KINDS for block in blocks):
        return blocks  # an image, a table or code is content however short its words
    words = 0
    for block in blocks:  # counted only until there are enough: a body runs to thousands
        words += count_words(block.text)
        if words >= _SCRAP_WORDS:
            return blocks
    return []


def _without_title(blocks: list[Block], title: str | None) -> list[Block]:
    """Drop the headline from the body: it is the title, not article text."""
    if not blocks or not title:
        return blocks
    key = title.casefold()
    texts = [index for index, block in enumerate(blocks) if block.kind is not BlockKind.IMAGE]
    for index in texts[:5]:  # images above the headline do not count
        if blocks[index].kind is BlockKind.HEADING and blocks[index].text.casefold() == key:
            return blocks[:index] + blocks[index + 1:]
    return blocks

