"""Blocks: the one currency between the engines and the renderers, and the plain text and
word count every output reads from them."""
from __future__ import annotations

import re

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum


class BlockKind(StrEnum):
    """What a block of the article is; renderers format each kind their own way.

        >>> BlockKind("list_item") is BlockKind.LIST_ITEM
        True
    """

    PARAGRAPH = "paragraph"
    HEADING = "heading"
    LIST_ITEM = "list_item"
    QUOTE = "quote"
    CODE = "code"
    TABLE = "table"
    CAPTION = "caption"
    IMAGE = "image"


class Style(StrEnum):
    """Inline formatting a table cell keeps for renderers that can show it.

        >>> Style("strong") is Style.STRONG
        True
    """

    STRONG = "strong"
    EMPHASIS = "emphasis"
    CODE = "code"
    LINK = "link"


@dataclass(frozen=True, slots=True)
class Mark:
    """Formatting over `text[start:end]` of a cell (code points); links carry their url.

        >>> Mark(0, 4, Style.LINK, "https://news.test/land")   # "Land" links to its page
        Mark(start=0, end=4, style=<Style.LINK: 'link'>, url='https://news.test/land')
    """

    start: int
    end: int
    style: Style
    url: str = ""


@dataclass(frozen=True, slots=True)
class Cell:
    """One table cell. `text` keeps the cell's line breaks as newlines and its list items as
    lines laid out as plain text lays lists out ("- item", "1. item", nested ones indented).

        >>> Cell("Land", header=True, colspan=2).colspan
        2
    """

    text: str
    header: bool = False
    colspan: int = 1
    rowspan: int = 1
    marks: tuple[Mark, ...] = ()


@dataclass(frozen=True, slots=True)
class Row:
    """One table row; `header` marks a header row (all <th>, or in <thead>).

        >>> Row((Cell("Item", header=True), Cell("Cost", header=True)), header=True).cells[1].text
        'Cost'
    """

    cells: tuple[Cell, ...]
    header: bool = False


@dataclass(frozen=True, slots=True)
class Image:
    """An image of the article: its absolute address, alt text and figure caption.

        >>> prose = "<p>" + "The council voted for the new park. " * 20 + "</p>"
        >>> page = f'<html><body>{prose}<figure><img src="park.jpg" alt="Park"><figcaption>The park</figcaption></figure>{prose.upper()}</body></html>'
        >>> [block.image for block in extract(page, url="https://news.test/a/", options=Options(images=True)).blocks if block.image]
        [Image(src='https://news.test/a/park.jpg', alt='Park', caption='The park')]
    """

    src: str
    alt: str = ""
    caption: str = ""


@dataclass(frozen=True, slots=True)
class Block:
    """One unit of article content, in document order.

    `level` is the heading level for headings (the article's top section heading is 2, its
    title being 1) and the nesting depth (1 = top) for list items; `ordered` marks items of
    numbered lists. A table is one block: `rows` holds its cells, `text` its rows as plain
    text ("cell | cell", one line each). An image block has no text, only `image`. `links`
    keeps (text, url) pairs for renderers that were asked for them.

        >>> prose = "<p>" + "The council voted for the new park. " * 20 + "</p>"
        >>> document = extract(f"<html><body>{prose}<ol><li>Apply.</li><li>Wait.</li></ol>{prose.upper()}</body></html>")
        >>> [(block.kind.value, block.ordered) for block in document.blocks]
        [('paragraph', False), ('list_item', True), ('list_item', True), ('paragraph', False)]
    """

    kind: BlockKind
    text: str
    level: int = 0
    ordered: bool = False
    rows: tuple[Row, ...] = ()
    links: tuple[tuple[str, str], ...] = ()
    image: Image | None = None



class ListNumbers:
    """Numbers of list items read in order, as a reader counts them: per nesting level,
    afresh when a level turns from numbered to bulleted or back, or when a deeper list
    closes and another opens. Text and Markdown count alike through it."""

    def __init__(self) -> None:
        self.levels: list[tuple[bool, int]] = []  # per open level: (ordered, items so far)

    def next(self, item: Block) -> tuple[int, int]:
        """The item's depth (at most one below the open levels) and its number in its list."""
        depth = min(max(item.level, 1), len(self.levels) + 1)
        del self.levels[depth:]
        if len(self.levels) < depth or self.levels[-1][0] != item.ordered:
            self.levels[depth - 1:] = [(item.ordered, 0)]
        number = self.levels[-1][1] + 1
        self.levels[-1] = (item.ordered, number)
        return depth, number


def plain_text(blocks: Iterable[Block]) -> str:
    """Blocks as plain text: one per paragraph, separated by a blank line; items of one
    list on consecutive lines, indented by depth, "1. " for numbered lists and "- " for the
    others, as a reader would lay them out. Images have no text."""
    parts: list[str] = []
    previous: BlockKind | None = None
    numbers = ListNumbers()
    for block in blocks:
        if block.kind is BlockKind.IMAGE:
            continue
        in_list = block.kind is previous is BlockKind.LIST_ITEM
        if parts:
            parts.append("\n" if in_list else "\n\n")
        if block.kind is BlockKind.LIST_ITEM:
            numbers = numbers if in_list else ListNumbers()
            number = numbers.next(block)[1]
            parts.append("  " * max(block.level - 1, 0) + (f"{number}. " if block.ordered else "- "))
        parts.append(block.text)
        previous = block.kind
    return "".join(parts)


# Scripts written without spaces between words: Thai, Burmese, Japanese kana, Han.
_SPACELESS = re.compile("[\u0e00-\u0e7f\u1000-\u109f\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def count_words(text: str) -> int:
    """Words as a reader counts them: runs between spaces, except that each character of a
    script written without spaces (Chinese, Japanese kana, Thai, Burmese) is one word."""
    if text.isascii() or _SPACELESS.search(text) is None:  # most text: one pass at C speed
        return len(text.split())
    total = 0
    for run in text.split():
        spaceless = len(_SPACELESS.findall(run))
        if not spaceless:
            total += 1
            continue
        rest = _SPACELESS.sub(" ", run).split()
        total += spaceless + sum(1 for part in rest if any(c.isalnum() for c in part))
    return total
