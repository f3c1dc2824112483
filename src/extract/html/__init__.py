"""The HTML engine: parse -> clean -> survey -> measure -> choose the main content -> Blocks.

Each stage is one module; this one reads top to bottom as the pipeline itself. Elements
are named by their position in document order from the survey on: the per-element facts
are flat lists, which is what keeps the passes over them cheap.
"""
from __future__ import annotations

from dataclasses import replace

from ..dom import text_of
from ..meta import read_metadata, without_bylines
from ..model import Block, BlockKind, Extraction, Page
from ..options import Favor, Options
from ..signals import assess, read_declared
from .agreement import agreeing_blocks
from .blocks import build_blocks, normalize
from .clean import clean, drop
from .comments import comment_blocks
from .parse import parse
from .select import main_element
from .stats import Reading, measure
from .survey import survey


# Scores (about: characters of prose) above which a page has a long article of its own,
# and a short one.
_ARTICLE_MIN = 2000
_SHORT_ARTICLE_MIN = 1000


def extract_html(page: Page, options: Options) -> Extraction:
    """Extract the article of one HTML page, and what the page says about itself."""
    text, url = page.text, page.url
    root = parse(text)
    if root is None:
        return Extraction()
    metadata, declared_body = read_metadata(root, url, text)  # before clean(): it reads the head, scripts, bylines
    declared = read_declared(root)  # the same: scripts, form controls
    title = metadata.title or _title(root)
    metadata = replace(metadata, title=title)
    clean(root)
    page = survey(root)
    drop(page.hidden)  # found by the survey, which reads every element's attributes anyway
    stats = measure(page, options.favor)
    main = main_element(stats)
    best = stats.score[main] if main is not None else 0.0
    if best < _ARTICLE_MIN:
        # No long article stands out: a short one, a listing, a forum, a product page.
        # Short lines then count as content; where not even a short article stands
        # out, lists of cards are the content too, not teasers around it.
        favor = options.favor if options.favor is Favor.PRECISION else Favor.RECALL
        reading = Reading.SHORT if best >= _SHORT_ARTICLE_MIN else Reading.LISTING
        stats = measure(page, favor, reading)
        main = main_element(stats)
    blocks = build_blocks(main, stats, options) if main is not None else []
    blocks = agreeing_blocks(blocks, declared_body)
    blocks = without_bylines(_without_title(blocks, title), metadata)
    comments = comment_blocks(main, stats, options) if options.comments else []
    assessment = assess(declared, stats, main, blocks, declared_body, metadata, url)
    return Extraction(blocks=tuple(blocks), comments=tuple(comments), metadata=metadata, assessment=assessment)


def _title(root) -> str | None:
    """The first <h1>, else the document <title>."""
    for tag in ("h1", "title"):
        for element in root.iter(tag):
            text = normalize(text_of(element))
            if text:
                return text
    return None


def _without_title(blocks: list[Block], title: str | None) -> list[Block]:
    """Drop the headline from the body: it is the title, not article text."""
    if not blocks or not title:
        return blocks
    key = title.casefold()
    for index, block in enumerate(blocks[:5]):
        if block.kind is BlockKind.HEADING and block.text.casefold() == key:
            return blocks[:index] + blocks[index + 1:]
    return blocks
