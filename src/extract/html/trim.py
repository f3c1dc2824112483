"""After the walk: what stands above the article's first paragraph and below its last, a
second copy of the page, and heading levels made relative to the article.

The trimming judges text: images go with the text around them.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from ..lexicon import alternation
from ..model import Block, BlockKind

_HEAD_MAX = 400
_INTRO_SPACES = 8
_SENTENCE_END = frozenset(".!?\u3002\uff01\uff1f\"\u201d\u00bb')")
# How an article signs off when the story is over: where to write, whom to follow.
# Grouped by first letter: searched at every word of the last blocks, a third of the cost.
_SIGN_OFF = re.compile(
    r"\b(?:" + alternation("follow.sign_off", "contact.sign_off", "newsletter.sign_off",
                                   "copyright.sign_off", "sharing.sign_off", grouped=True) + r")\b|"
    rf"^©|^(?:{alternation('citation.sign_off', grouped=True)})\s*:",
    re.I,
)
_SIGN_OFF_MAX = 300
# A repeated run of blocks is a copy of the page from two blocks, one of them a paragraph
# this long: runs of short lines recur by design (a meal plan's "Meal 1", "1 cup water").
_COPY_RUN = 2
_COPY_MIN = 80


def is_prose(block: Block) -> bool:
    """A paragraph a reader reads as running text: long enough, or a full sentence. A table
    is where the text starts when one of its rows would be."""
    if block.kind is BlockKind.TABLE:
        return any(_is_prose_text(line) for line in block.text.split("\n"))
    return _is_prose_text(block.text)


def _is_prose_text(text: str) -> bool:
    if len(text) >= 100:
        return True
    spaces = text.count(" ")
    if text[-1] == ":":  # a sentence that introduces a quote or a list, not a label ("Posted in:")
        return spaces >= _INTRO_SPACES
    # Scripts written without spaces (Chinese, Japanese) pack a sentence in fewer characters.
    return text[-1] in _SENTENCE_END and (spaces >= 6 if spaces else len(text) >= 20)


def trim_head(blocks: list[Block]) -> list[Block]:
    """Drop what sits above the first paragraph of prose and is not a heading or a lead.

    Bylines, datelines, kickers, photo credits and gallery captions stand there; a
    standfirst, being a sentence, stays. A long run of short lines is content of its own
    (a schedule, a list) and stays too; captions never count towards that.
    """
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING and is_prose(block) and block.kind is not BlockKind.CAPTION:
            head = [b for b in blocks[:index] if b.kind is BlockKind.HEADING or
                    (b.kind is BlockKind.PARAGRAPH and is_prose(b))]
            dropped = sum(len(b.text) for b in blocks[:index] if b.kind is not BlockKind.CAPTION) \
                - sum(len(b.text) for b in head)
            return head + blocks[index:] if dropped <= _HEAD_MAX else blocks
    return blocks


def trim_tail(blocks: list[Block]) -> list[Block]:
    """Drop the sign-off after the last paragraph: contact lines, follow-us and copyright."""
    end = len(blocks)
    while end > 0 and len(blocks[end - 1].text) < _SIGN_OFF_MAX and _SIGN_OFF.search(blocks[end - 1].text):
        end -= 1
    return blocks[:end]


def without_copies(blocks: list[Block]) -> list[Block]:
    """Drop runs of blocks that repeat an earlier run block for block: a second copy of
    the page. A lone block that recurs is the author's choice, and stays; a table counts
    as its rows, so a table printed twice is a copy."""
    texts = [block.text for block in blocks]
    first: dict[str, int] = {}
    for index, text in enumerate(texts):
        first.setdefault(text, index)
    kept, index, count = [], 0, len(texts)
    while index < count:
        origin = first[texts[index]]
        run = 0
        while index + run < count and origin + run < index and texts[index + run] == texts[origin + run]:
            run += 1
        lines = [line for block in blocks[index:index + run]
                 for line in (block.text.split("\n") if block.kind is BlockKind.TABLE else (block.text,))]
        if len(lines) >= _COPY_RUN and max(len(line) for line in lines) >= _COPY_MIN:
            index += run
            continue
        kept.append(blocks[index])
        index += 1
    return kept


def text_trimmed(trim: Callable[[list[Block]], list[Block]], blocks: list[Block]) -> list[Block]:
    """Trim the text blocks alone; an image stays when the text block before or after it does."""
    text = [block for block in blocks if block.kind is not BlockKind.IMAGE]
    if len(text) == len(blocks):
        return trim(blocks)
    kept = {id(block) for block in trim(text)}
    result: list[Block] = []
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.IMAGE:
            if id(block) in kept:
                result.append(block)
            continue
        before = next((b for b in reversed(blocks[:index]) if b.kind is not BlockKind.IMAGE), None)
        after = next((b for b in blocks[index + 1:] if b.kind is not BlockKind.IMAGE), None)
        if id(before) in kept or id(after) in kept:
            result.append(block)
    return result


def relative_headings(blocks: list[Block]) -> list[Block]:
    """Section headings placed under the title: the article's top one becomes level 2
    (h3 and h4 sections read as ## and ###); an <h1> in the body stays level 1."""
    shift = min((b.level for b in blocks if b.kind is BlockKind.HEADING and b.level > 1), default=2) - 2
    if not shift:
        return blocks
    return [replace(b, level=b.level - shift) if b.kind is BlockKind.HEADING and b.level > 1 else b
            for b in blocks]
