"""Plain text: one block per paragraph, blocks separated by a blank line.

List items of one list and rows of one table are kept on consecutive lines, as a reader
would lay them out; everything else is separated by a blank line.
"""
from __future__ import annotations

from collections.abc import Iterable

from ..model import Block, BlockKind, Document
from ..options import Options

_TIGHT = (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW)


def block_line(block: Block) -> str:
    if block.kind is BlockKind.LIST_ITEM:
        return "  " * max(block.level - 1, 0) + "- " + block.text
    if block.kind is BlockKind.TABLE_ROW:
        return " | ".join(block.cells) if block.cells else block.text
    return block.text


def blocks_to_text(blocks: Iterable[Block]) -> str:
    parts: list[str] = []
    previous: BlockKind | None = None
    for block in blocks:
        if parts:
            parts.append("\n" if block.kind is previous and block.kind in _TIGHT else "\n\n")
        parts.append(block_line(block))
        previous = block.kind
    return "".join(parts)


def to_text(document: Document, options: Options) -> str:
    """The article body; the title and other facts belong to --with-metadata and JSON."""
    return blocks_to_text(document.blocks)
