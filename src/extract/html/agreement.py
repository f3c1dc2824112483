"""Cross-check the blocks found in the DOM against the article body a page declares.

Many news pages repeat their article as JSON-LD `articleBody`. It is never trusted alone
(it may be truncated, stale or a teaser), but where it and the DOM agree on most of the
text, it says where the article ends: blocks after its last paragraph (author bios,
credits, promos) go. Blocks before it stay even if the declared body lacks them, since
embedded posts, quotes and standfirsts are part of the story (and the head of the
article is trimmed by the block builder already). Where the DOM shows almost none of a
declared body (a paywall prompt, an article rendered by a script), the body stands in.
"""
from __future__ import annotations

import re
from html import unescape

from ..model import Block, BlockKind
from .blocks import normalize

_TAG = re.compile(r"<[^>]+>")
_PROBE = 40
# The declared body must be long enough to judge by, and the DOM's blocks must cover most
# of it: otherwise the two describe different texts and the DOM wins.
_BODY_MIN = 400
_AGREEMENT = 0.75
# Where the DOM's blocks hold less than this share of the declared body, and are shorter
# than it, the page shows a teaser, a paywall prompt or a box that won by mistake, and the
# article is only in the declaration: it is then the body.
_STANDS_IN = 0.1


def _key(text: str) -> str:
    return normalize(text).casefold()


def _contained(block: Block, body: str) -> bool:
    key = _key(block.text)
    if not key:  # an image: the declared body says nothing of it
        return False
    if len(key) <= 2 * _PROBE:
        return key in body
    return key[:_PROBE] in body and key[-_PROBE:] in body


def agreeing_blocks(blocks: list[Block], declared_body: str | None) -> list[Block]:
    """The blocks, less those the declared body leaves out when the two agree overall; the
    declared body itself when the blocks hold almost none of it and are shorter."""
    if not declared_body:
        return blocks
    paragraphs = [normalize(unescape(_TAG.sub(" ", line))) for line in declared_body.splitlines()]
    body = _key(" ".join(paragraphs))
    if len(body) < _BODY_MIN:
        return blocks
    found = [_contained(block, body) for block in blocks]
    covered = sum(len(block.text) for block, hit in zip(blocks, found) if hit)
    total = sum(len(block.text) for block in blocks)
    if covered < _STANDS_IN * len(body) and total < len(body):
        return [Block(BlockKind.PARAGRAPH, text) for text in paragraphs if text]
    if not blocks:
        return blocks
    # Both ways: the blocks hold most of the declared body, and the body most of the
    # blocks. A truncated body ("…") or a teaser agrees one way only.
    if covered < _AGREEMENT * len(body) or covered < _AGREEMENT * total:
        return blocks
    last = len(found) - 1 - found[::-1].index(True)
    return blocks[:last + 1]
