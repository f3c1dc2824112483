"""Markdown (CommonMark + GitHub pipe tables) from a Document's Blocks.

Text from the page is escaped so that it reads back as the same text: `*`, `_`, `` ` ``,
`[`, `]`, `<`, `|`, `~` and `\\` everywhere, and whatever would start a heading, list, quote
or rule at the start of a line. Links and images are written only when the options ask.
Table cells keep their bold, italic, code and links; a cell spanning columns or rows
writes its text in the first place it covers and leaves the others empty, and line breaks
inside a cell are `<br>`, as pipe tables have one line per row.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Block, BlockKind, Cell, Document, Mark, Row, Style
from ..options import Options

_INLINE = re.compile(r"([\\`*_\[\]<|~])|&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)(#|>|[-+=](?=\s|[-+=]*\s*$)|\d+(?=[.)](?:\s|$)))", re.M)
_HEADING_CLOSE = re.compile(r"(?<=\s)#")
_BACKTICKS = re.compile(r"`+")


def _escape_inline(text: str) -> str:
    return _INLINE.sub(lambda m: "\\" + m.group(0), text)


def escape(text: str) -> str:
    """Text that Markdown renders as itself."""
    return _LINE_START.sub(_escape_line_start, _escape_inline(text))


def _escape_line_start(match: re.Match[str]) -> str:
    indent, marker = match.group(1), match.group(2)
    if marker[0].isdigit():  # "1." would start an ordered list: escape the dot instead
        return indent + marker + "\\"
    return indent + "\\" + marker


def _url(url: str) -> str:
    return url.replace(" ", "%20").replace("(", "%28").replace(")", "%29")


def _inline(block: Block, options: Options) -> str:
    """A block's text, escaped, with its links written in when asked."""
    if not (options.links and block.links):
        text = escape(block.text)
    else:
        parts, start = [], 0
        for label, url in block.links:
            at = block.text.find(label, start) if label else -1
            if at < 0:
                continue
            parts += [escape(block.text[start:at]), f"[{escape(label)}]({_url(url)})"]
            start = at + len(label)
        parts.append(escape(block.text[start:]))
        text = "".join(parts)
    return text.replace("\n", "\\\n")  # a line break inside a block stays one


def _code(text: str) -> str:
    fence = "`" * max(3, 1 + max((len(run) for run in _BACKTICKS.findall(text)), default=0))
    return f"{fence}\n{text}\n{fence}"


def _code_span(text: str) -> str:
    fence = "`" * (1 + max((len(run) for run in _BACKTICKS.findall(text)), default=0))
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return fence + pad + text.replace("|", "\\|") + pad + fence


def _cell_text(text: str) -> str:
    return _escape_inline(text).replace("\n", "<br>")


def _marked(text: str, marks: list[Mark], start: int, end: int) -> str:
    """text[start:end] with its marks (sorted, nested as the page's tags were) written in."""
    parts: list[str] = []
    at, index = start, 0
    while index < len(marks):
        mark = marks[index]
        inner = index + 1
        while inner < len(marks) and marks[inner].start < mark.end:
            inner += 1
        parts.append(_cell_text(text[at:mark.start]))
        content = _marked(text, marks[index + 1:inner], mark.start, mark.end)
        if mark.style is Style.CODE:
            parts.append(_code_span(text[mark.start:mark.end]))
        elif mark.style is Style.LINK:
            parts.append(f"[{content}]({_url(mark.url)})")
        else:
            fence = "**" if mark.style is Style.STRONG else "*"
            parts.append(f"{fence}{content}{fence}")
        at, index = mark.end, inner
    parts.append(_cell_text(text[at:end]))
    return "".join(parts)


def _grid(rows: tuple[Row, ...]) -> list[list[Cell | None]]:
    """The cells in the columns the page lays them out in; None where a span covers."""
    grid: list[list[Cell | None]] = []
    covered: dict[int, int] = {}  # column -> rows below still covered by a rowspan
    for row in rows:
        line: list[Cell | None] = []
        for cell in row.cells:
            while covered.get(len(line)):
                covered[len(line)] -= 1
                line.append(None)
            column = len(line)
            line += [cell] + [None] * (cell.colspan - 1)
            if cell.rowspan > 1:
                covered.update(dict.fromkeys(range(column, len(line)), cell.rowspan - 1))
        for column in sorted(c for c, left in covered.items() if left and c >= len(line)):
            line += [None] * (column + 1 - len(line))
            covered[column] -= 1
        grid.append(line)
    return grid


def _table(block: Block) -> str:
    """A pipe table; a table without a header row gets an empty one, as GFM needs one."""
    grid = _grid(block.rows)
    width = max(len(line) for line in grid)

    def line(cells: list[Cell | None]) -> str:
        texts = [_marked(cell.text, list(cell.marks), 0, len(cell.text)) if cell else "" for cell in cells]
        return "| " + " | ".join(texts + [""] * (width - len(texts))) + " |"

    header = grid.pop(0) if block.rows[0].header else []
    return "\n".join([line(header), "|" + " --- |" * width, *(line(cells) for cells in grid)])


def _list(items: list[Block], options: Options) -> str:
    """Nested lists: each level indented to its parent's text, numbers counted per level."""
    lines: list[str] = []
    indents: list[int] = []  # where the text of each open level starts
    counters: list[int] = []
    kinds: list[bool] = []  # ordered or not, per open level
    for item in items:
        depth = min(max(item.level, 1), len(indents) + 1)
        del indents[depth:], counters[depth:], kinds[depth:]
        if len(counters) < depth:
            counters.append(0)
            indents.append(0)
            kinds.append(item.ordered)
        if kinds[depth - 1] != item.ordered:  # another kind of list starts: count afresh
            kinds[depth - 1], counters[depth - 1] = item.ordered, 0
        counters[depth - 1] += 1
        marker = f"{counters[depth - 1]}." if item.ordered else "-"
        pad = " " * (indents[depth - 2] if depth > 1 else 0)
        indents[depth - 1] = len(pad) + len(marker) + 1
        text = _inline(item, options).replace("\n", "\n" + " " * indents[depth - 1])
        lines.append(f"{pad}{marker} {text}")
    return "\n".join(lines)


_GROUPED = (BlockKind.LIST_ITEM, BlockKind.QUOTE)


def _runs(blocks: Sequence[Block]) -> Iterator[list[Block]]:
    """Blocks grouped so that one list, one table or one quote is rendered at once."""
    run: list[Block] = []
    for block in blocks:
        if run and (block.kind is not run[-1].kind or block.kind not in _GROUPED):
            yield run
            run = []
        run.append(block)
    if run:
        yield run


def _render(run: list[Block], options: Options) -> str:
    block = run[0]
    if block.kind is BlockKind.LIST_ITEM:
        return _list(run, options)
    if block.kind is BlockKind.TABLE:
        return _table(block)
    if block.kind is BlockKind.CODE:
        return _code(block.text)
    if block.kind is BlockKind.IMAGE:
        image = block.image
        if not (image and options.images):
            return ""
        picture = f"![{escape(image.alt)}]({_url(image.src)})"
        return f"{picture}\n\n*{escape(image.caption)}*" if image.caption else picture
    if block.kind is BlockKind.QUOTE:
        quoted = (_inline(b, options) for b in run)
        return "\n>\n".join("\n".join("> " + line for line in text.split("\n")) for text in quoted)
    text = _inline(block, options)
    if block.kind is BlockKind.HEADING:
        text = "#" * min(max(block.level, 1), 6) + " " + _HEADING_CLOSE.sub(r"\\#", text.replace("\\\n", " "))
    elif block.kind is BlockKind.CAPTION and text:
        text = f"*{text}*"
    return text


def _own_caption(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block is the caption of an image beside it, which writes it itself."""
    caption = blocks[index]
    return caption.kind is BlockKind.CAPTION and any(
        0 <= near < len(blocks) and (image := blocks[near].image) is not None and image.caption == caption.text
        for near in (index - 1, index + 1))


def blocks_to_markdown(blocks: Sequence[Block], options: Options) -> str:
    if options.images:
        blocks = [block for index, block in enumerate(blocks) if not _own_caption(blocks, index)]
    return "\n\n".join(text for run in _runs(blocks) if (text := _render(run, options)))


def to_markdown(document: Document, options: Options) -> str:
    """The article body as Markdown; the title and other facts go to --with-metadata."""
    return blocks_to_markdown(document.blocks, options)
