"""The plain-text engine: a page saved as text -> the article's title and blocks.

segment (text -> units) -> features (what each unit looks like) -> structure (repetition
across the page) -> classify (value of each unit, main contiguous run) -> title.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Block, BlockKind, Document, PageKind
from ..options import Options
from .classify import after_comments, dropped_inside, anchor, is_furniture, is_prose, main_run, page_stop_ratio, value
from .features import Features, describe
from .segment import Unit, segment
from .select import kept_units
from .stopwords import STOPWORDS, WORD, guess_language
from .structure import mark_page_structure, mark_record_runs
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


def analyse(text: str, options: Options) -> Analysis:
    """The whole pipeline up to the keep decision; bench/textpath.py shows it per unit."""
    units = segment(text)
    language = guess_language(text)
    stopwords = STOPWORDS[language]
    topic = frozenset(WORD.findall(units[0].text.lower())) if units else frozenset()
    features = [describe(unit, stopwords, topic) for unit in units]
    mark_page_structure(units, features, stopwords)
    min_stop_ratio = 0.5 * page_stop_ratio(features)
    prose = [is_prose(f, min_stop_ratio) and not is_furniture(f) for f in features]
    headline = find_headline(units, features, prose)
    mark_record_runs(features, prose)
    values = [value(f, min_stop_ratio) for f in features]
    anchor(values, features, headline, min_stop_ratio)
    after_comments(values, features, headline, min_stop_ratio)
    import os
    if os.environ.get('EXP') == '1' and headline:
        for i in range(headline):
            values[i] = min(values[i], -2.0)
    start, end = main_run(values)
    return Analysis(units, features, values, headline, start, end, language)


def extract_text(text: str, options: Options) -> Document:
    """The article in a plain-text page: its headline as the title, its body as blocks."""
    page = analyse(text, options)
    units, features, headline = page.units, page.features, page.headline
    keep = kept_units(units, features, page.values, (page.start, page.end), headline)
    blocks = [_block(units[i], features[i]) for i in keep]
    title = title_text(units[headline].text, headline == 0) if headline is not None else None
    return Document(blocks=blocks, title=title, language=page.language, input_kind=PageKind.TEXT)
