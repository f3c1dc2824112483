"""Reader comments, kept apart from the article when the options ask for them.

The engine leaves comment threads out of the body; `--comments` wants them back in their
own field. The thread is the largest element outside the article whose class or id names
it a comment section, or which opens with a heading such as "12 Comments".
"""
from __future__ import annotations

from lxml import etree

from ..dom import text_of
from ..model import Block, BlockKind
from ..options import Options
from .blocks import section_blocks
from .stats import Stats
from .vocab import is_comment_title, is_section_title, name_words

_COMMENT_WORDS = frozenset(("comment", "comments", "commentlist", "disqus", "responses", "replies"))


def _names_comments(element: etree._Element) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return not _COMMENT_WORDS.isdisjoint(name_words(names))


def _opens_with_comment_title(index: int, stats: Stats) -> bool:
    page = stats.page
    first = next((child for child in page.children(index) if page.text[child]), None)
    if first is None or not page.labels[first]:
        return False
    title = text_of(page.elements[first])
    return is_section_title(title) and is_comment_title(title)


def comment_blocks(main: int | None, stats: Stats, options: Options) -> list[Block]:
    """The blocks of the page's comment thread, without its title; [] when it has none."""
    page = stats.page
    best, best_length = -1, 0
    for index, element in enumerate(page.elements):
        length = page.text[index]
        if length <= best_length or not page.tags[index]:
            continue
        if main is not None and index <= main < page.ends[index]:
            continue  # the article, or an element around it
        if _names_comments(element) or _opens_with_comment_title(index, stats):
            best, best_length = index, length
    if best < 0:
        return []
    return [block for block in section_blocks(best, stats, options)
            if not (block.kind is BlockKind.HEADING and is_section_title(block.text))]
