"""A data table as one Block: rows of cells that keep their spans, lists, line breaks and
inline formatting, so JSON and Markdown can show the table as the page does.

The block's text (what plain text and the benchmarks read) is each row's cells, their
lines run together with a space and without list markers, joined by " | ", one row a line:
the table as a reader scans it.
"""
from __future__ import annotations

from lxml import etree

from ..dom import normalize, text_of
from ..model import Block, BlockKind, Cell, Mark, Row, Style
from .vocab import INLINE_TAGS

_CELLS = ("td", "th")
_STYLES = {
    "strong": Style.STRONG, "b": Style.STRONG, "em": Style.EMPHASIS, "i": Style.EMPHASIS,
    "code": Style.CODE, "kbd": Style.CODE, "samp": Style.CODE, "tt": Style.CODE,
}
_LISTS = ("ul", "ol", "menu")
_SPAN_MAX = 1000  # the HTML limit on colspan; beyond it a page is broken, not wide


def _span(cell: etree._Element, name: str) -> int:
    value = (cell.get(name) or "").strip()
    return min(max(int(value), 1), _SPAN_MAX) if value.isdigit() else 1


class _CellText:
    """Writes a cell's subtree as lines: blocks and <br> break lines, list items become
    "- item" / "1. item" lines indented per depth, inline formatting becomes Marks."""

    def __init__(self, links: bool) -> None:
        self.links = links
        self.text = ""
        self.marks: list[Mark] = []
        self.lists: list[list[int]] = []  # per open list: [ordered, items so far]
        self.markers: list[tuple[int, int]] = []  # where list markers stand in the text

    def add(self, text: str | None) -> None:
        """Text with its whitespace collapsed, as a reader sees it."""
        if not text:
            return
        blank = not self.text or self.text[-1] in " \n"
        words = normalize(text)
        if text[0].isspace() and not blank:
            words = " " + words
        if words and text[-1].isspace():
            words += " "
        self.text += words

    def newline(self) -> None:
        self.text = self.text.rstrip(" ")
        if self.text and self.text[-1] != "\n":
            self.text += "\n"

    def read(self, element: etree._Element) -> None:
        tag = element.tag
        if not isinstance(tag, str):  # comments and processing instructions
            return
        block = tag not in INLINE_TAGS
        if block or tag == "br":
            self.newline()
        if tag in _LISTS:
            self.lists.append([tag == "ol", 0])
        elif tag == "li" and self.lists:
            ordered, count = self.lists[-1]
            self.lists[-1][1] = count + 1
            marker = "  " * (len(self.lists) - 1) + (f"{count + 1}. " if ordered else "- ")
            self.markers.append((len(self.text), len(self.text) + len(marker)))
            self.text += marker
        start = len(self.text)
        self.content(element)
        url = element.get("href", "") if tag == "a" and self.links else ""
        style = Style.LINK if url else _STYLES.get(tag)
        if style is not None:
            self.marks.append(Mark(start, len(self.text), style, url))
        if tag in _LISTS:
            self.lists.pop()
        if block:
            self.newline()

    def content(self, element: etree._Element) -> None:
        self.add(element.text)
        for child in element:
            self.read(child)
            self.add(child.tail)

    def cell(self, element: etree._Element) -> tuple[Cell, str]:
        """The cell, and its text on one line without list markers (for plain text)."""
        self.content(element)
        text = self.text.rstrip()
        marks = (_trimmed(mark, text) for mark in self.marks)
        cell = Cell(text, element.tag == "th", _span(element, "colspan"), _span(element, "rowspan"),
                    tuple(sorted((mark for mark in marks if mark), key=lambda m: (m.start, -m.end))))
        words, at = [], 0
        for start, end in self.markers:
            words.append(text[at:start])
            at = end
        words.append(text[at:])
        return cell, " ".join(" ".join(words).split())


def _trimmed(mark: Mark, text: str) -> Mark | None:
    """The mark without the spaces at its edges (Markdown needs `**x**`, not `** x**`)."""
    start, end = mark.start, min(mark.end, len(text))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Mark(start, end, mark.style, mark.url) if start < end else None


def table_blocks(table: etree._Element, links: bool) -> list[Block]:
    """The table's caption (a caption block) and the table itself, rows without text left out."""
    blocks: list[Block] = []
    for caption in table.iterchildren("caption"):
        text = normalize(text_of(caption))
        if text:
            blocks.append(Block(BlockKind.CAPTION, text))
    rows: list[Row] = []
    lines: list[str] = []
    for row in table.iter("tr"):
        elements = [cell for cell in row if cell.tag in _CELLS]
        cells, flat = zip(*(_CellText(links).cell(cell) for cell in elements)) if elements else ((), ())
        if not any(flat):
            continue
        header = all(cell.tag == "th" for cell in elements) or row.getparent().tag == "thead"
        rows.append(Row(tuple(cells), header))
        lines.append(" | ".join(flat))
    if rows:
        blocks.append(Block(BlockKind.TABLE, "\n".join(lines), rows=tuple(rows)))
    return blocks
