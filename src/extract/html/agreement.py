"""Cross-check the blocks found in the DOM against the article body a page declares.

Many news pages repeat their article as JSON-LD `articleBody`. It is never trusted alone
(it may be truncated, stale or a teaser), but where it and the DOM agree on most of the
text, it says where the article ends: blocks after its last paragraph (author bios,
credits, promos) go. Blocks before it stay even if the declared body lacks them, since
embedded posts, quotes and standfirsts are part of the story (and the head of the
article is trimmed by the block builder already).
"""
from __future__ import annotations

import re
from html import unescape

from ..model import Block
from .blocks import normalize

_TAG = re.compile(r"<[^>]+>")
_PROBE = 40
# The declared body must be long enough to judge by, and the DOM's blocks must cover most
# of it: otherwise the two describe different texts and the DOM wins.
_BODY_MIN = 400
_AGREEMENT = 0.75


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
    """The blocks, less those the declared body leaves out when the two agree overall."""
    if not declared_body or not blocks:
        return blocks
    body = _key(unescape(_TAG.sub(" ", declared_body)))
    if len(body) < _BODY_MIN:
        return blocks
    found = [_contained(block, body) for block in blocks]
    covered = sum(len(block.text) for block, hit in zip(blocks, found) if hit)
    total = sum(len(block.text) for block in blocks)
    # Both ways: the blocks hold most of the declared body, and the body most of the
    # blocks. A truncated body ("…") or a teaser agrees one way only.
    if covered < _AGREEMENT * len(body) or covered < _AGREEMENT * total:
        return blocks
    last = len(found) - 1 - found[::-1].index(True)
    return blocks[:last + 1]
