"""The plain-text engine: a page saved as text -> the article's title and blocks.

segment (text -> units) -> features (what each unit looks like) -> structure (repetition
across the page) -> classify (value of each unit, main contiguous run) -> title.
"""
from __future__ import annotations

from ..model import Block, BlockKind, Document, PageKind
from ..options import Options
from .classify import after_comments, anchor, is_furniture, is_prose, main_run, page_stop_ratio, value
from .features import Features, describe
from .segment import Unit, segment
from .stopwords import STOPWORDS, guess_language
from .structure import mark_page_structure, mark_record_runs
from .title import find_headline, title_text

_HEADING_MAX_WORDS = 12


def _block(unit: Unit, f: Features) -> Block:
    if unit.bullet:
        return Block(BlockKind.LIST_ITEM, unit.text, level=1)
    if f.words <= _HEADING_MAX_WORDS and not f.terminal and unit.text[:1].isupper():
        return Block(BlockKind.HEADING, unit.text, level=2)
    return Block(BlockKind.PARAGRAPH, unit.text)


def extract_text(text: str, options: Options) -> Document:
    """The article in a plain-text page: its headline as the title, its body as blocks."""
    units = segment(text)
    language = guess_language(text)
    stopwords = STOPWORDS[language]
    features = [describe(unit, stopwords) for unit in units]
    mark_page_structure(units, features, stopwords)
    min_stop_ratio = 0.5 * page_stop_ratio(features)
    mark_record_runs(features, [is_prose(f, min_stop_ratio) and not is_furniture(f) for f in features])
    values = [value(f, min_stop_ratio) for f in features]
    headline = find_headline(units, features)
    anchor(values, features, headline, min_stop_ratio)
    after_comments(values, features, headline, min_stop_ratio)
    start, end = main_run(values)
    blocks = [
        _block(units[i], features[i])
        for i in range(start, end)
        if i != headline and not is_furniture(features[i])
    ]
    title = title_text(units[headline].text, headline == 0) if headline is not None else None
    return Document(blocks=blocks, title=title, language=language, input_kind=PageKind.TEXT)
