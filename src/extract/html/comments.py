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
from .vocab import is_section_title, name_words

_COMMENT_WORDS = frozenset(("comment", "comments", "commentlist", "disqus", "responses", "replies"))


def _names_comments(element: etree._Element) -> bool:
    names = f"{element.get('class') or ''} {element.get('id') or ''}"
    return not _COMMENT_WORDS.isdisjoint(name_words(names))


def _opens_with_comment_title(element: etree._Element, stats: Stats) -> bool:
    first = next((child for child in element if stats.text.get(child)), None)
    return first is not None and first in stats.labels and is_section_title(text_of(first)) \
        and "comment" in text_of(first).casefold()


def comment_blocks(root: etree._Element, main: etree._Element | None, stats: Stats,
                   options: Options) -> list[Block]:
    """The blocks of the page's comment thread, without its title; [] when it has none."""
    best, best_length = None, 0
    for element in root.iter():
        length = stats.text.get(element, 0)
        if length <= best_length or not (_names_comments(element) or _opens_with_comment_title(element, stats)):
            continue
        if main is not None and (element is main or any(a is element for a in main.iterancestors())):
            continue
        best, best_length = element, length
    if best is None:
        return []
    return [block for block in section_blocks(best, stats, options)
            if not (block.kind is BlockKind.HEADING and is_section_title(block.text))]
