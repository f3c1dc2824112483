"""The plain-text engine: a page saved as text -> the article's title and blocks.

segment (text -> units) -> features (what each unit looks like) -> structure (repetition,
records and introduced lists across the page) -> title (the headline, which anchors the body)
-> classify (value of each unit, end of the article, main contiguous run) -> select (trim
the run's ends, keep its units) -> comments (with `options.comments`, the thread after it).
`options.favor` moves the keep thresholds in classify and select.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..meta import text_metadata
from ..model import Block, BlockKind, Extraction, Metadata, Page
from ..options import Options
from .classify import (
    anchor,
    close_article,
    is_furniture,
    is_prose,
    main_run,
    page_stop_ratio,
    value,
)
from .comments import comment_units
from .explain import explain_units
from .features import Features, describe
from .segment import Unit, segment
from .select import kept_units, prose_end, trimmed
from .stopwords import STOPWORDS, WORD, stopword_language, page_languages
from .structure import mark_introduced_lists, mark_page_structure, mark_record_runs, unmark_inline_comment_links
from .title import find_headline, title_text

_HEADING_MAX_WORDS = 12


def _block(unit: Unit, f: Features) -> Block:
    if unit.bullet:
        return Block(BlockKind.LIST_ITEM, unit.text, level=1)
    if f.words <= _HEADING_MAX_WORDS and not f.terminal and unit.text[:1].isupper():
        return Block(BlockKind.HEADING, unit.text, level=2)
    return Block(BlockKind.PARAGRAPH, unit.text)


@dataclass(slots=True)
class Analysis:
    """Every unit with its figures and value, the headline and the main run [start, end)."""

    units: list[Unit]
    features: list[Features]
    values: list[float]
    headline: int | None
    start: int
    end: int
    language: str
    min_stop_ratio: float
    comments_at: int | None  # the comments heading that closed the article


def analyse(text: str, options: Options) -> Analysis:
    """The whole pipeline up to the keep decision; bench/textpath.py shows it per unit."""
    units = segment(text)
    language = stopword_language(text)
    stopwords = STOPWORDS[language]
    topic = frozenset(WORD.findall(units[0].text.lower())) if units else frozenset()
    languages = page_languages(text, language)
    features = [describe(unit, stopwords, topic, languages) for unit in units]
    mark_page_structure(units, features, stopwords)
    unmark_inline_comment_links(features)
    min_stop_ratio = 0.5 * page_stop_ratio(features)
    prose = [is_prose(f, min_stop_ratio) and not is_furniture(f) for f in features]
    headline = find_headline(units, features, prose)
    mark_record_runs(features, prose, headline)
    mark_introduced_lists(units, features, prose)
    values = [value(f, min_stop_ratio) for f in features]
    anchor(values, features, headline, min_stop_ratio)
    comments_at = close_article(values, features, headline, min_stop_ratio, options.favor)
    start, end = main_run(values)
    start, end = trimmed(values, start, end, options.favor)
    end = prose_end(prose, features, start, end)
    return Analysis(units, features, values, headline, start, end, language, min_stop_ratio, comments_at)


def extract_text(page: Page, options: Options) -> Extraction:
    """The article in a plain-text page: its headline as the title, its body as blocks, and
    the byline and date lines at its top as authors and date (they leave the body)."""
    found = analyse(page.text, options)
    units, features, headline = found.units, found.features, found.headline
    top, lines = text_metadata([unit.text for unit in units])
    keep = [i for i in kept_units(features, found.start, found.end, headline, options.favor,
                                    found.min_stop_ratio)
            if i not in lines or i == headline]
    blocks = tuple(_block(units[i], features[i]) for i in keep)
    comments: tuple[Block, ...] = ()
    if options.comments and found.comments_at is not None:
        comments = tuple(Block(BlockKind.PARAGRAPH, units[i].text)
                         for i in comment_units(features, found.comments_at, found.min_stop_ratio))
    title = title_text(units[headline].text, headline == 0) if headline is not None else None
    metadata = Metadata(title=title, authors=top.authors, date_published=top.date_published)
    explanation = explain_units([unit.text for unit in units], features, found.values, set(keep), headline,
                                lines, found.start, found.end, found.comments_at) if options.explain else None
    return Extraction(blocks=blocks, comments=comments, metadata=metadata, explanation=explanation)
