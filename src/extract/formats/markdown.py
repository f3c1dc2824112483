"""Markdown (CommonMark + GitHub pipe tables) from a Document's Blocks.

Text from the page is escaped so that it reads back as the same text: `*`, `_`, `` ` ``,
`[`, `]`, `<`, `|`, `~` and `\\` everywhere, and whatever would start a heading, list, quote
or rule at the start of a line. Links and images are written only when the options ask.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..model import Block, BlockKind, Document
from ..options import Options

_INLINE = re.compile(r"([\\`*_\[\]<|~])|&(?=#?\w+;)")
_LINE_START = re.compile(r"^(\s*)(#|>|[-+=](?=\s|[-+=]*\s*$)|\d+(?=[.)](?:\s|$)))", re.M)
_HEADING_CLOSE = re.compile(r"(?<=\s)#")
_BACKTICKS = re.compile(r"`+")


def escape(text: str) -> str:
    """Text that Markdown renders as itself."""
    text = _INLINE.sub(lambda m: "\\" + m.group(0), text)
    return _LINE_START.sub(_escape_line_start, text)


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


def _pictures(block: Block, options: Options) -> str:
    """The block's images, when asked for."""
    if not (options.images and block.images):
        return ""
    return " ".join(f"![{escape(alt)}]({_url(src)})" for alt, src in block.images)


def _code(text: str) -> str:
    fence = "`" * max(3, 1 + max((len(run) for run in _BACKTICKS.findall(text)), default=0))
    return f"{fence}\n{text}\n{fence}"


def _table(rows: list[Block]) -> str:
    """A pipe table; a table without a header row gets an empty one, as GFM needs one."""
    width = max(len(row.cells) or 1 for row in rows)

    def line(cells: tuple[str, ...] | list[str]) -> str:
        cells = [escape(" ".join(cell.split())) for cell in cells] + [""] * (width - len(cells))
        return "| " + " | ".join(cells) + " |"

    body = [row.cells or (row.text,) for row in rows]
    header = body.pop(0) if rows[0].header else [""] * width
    return "\n".join([line(header), "|" + " --- |" * width, *(line(cells) for cells in body)])


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
        text = " ".join(filter(None, (_inline(item, options), _pictures(item, options))))
        text = text.replace("\n", "\n" + " " * indents[depth - 1])
        lines.append(f"{pad}{marker} {text}")
    return "\n".join(lines)


_GROUPED = (BlockKind.LIST_ITEM, BlockKind.TABLE_ROW, BlockKind.QUOTE)


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
    if block.kind is BlockKind.TABLE_ROW:
        return _table(run)
    if block.kind is BlockKind.CODE:
        return _code(block.text)
    if block.kind is BlockKind.QUOTE:
        quoted = (" ".join(filter(None, (_inline(b, options), _pictures(b, options)))) for b in run)
        return "\n>\n".join("\n".join("> " + line for line in text.split("\n")) for text in quoted)
    text = _inline(block, options)
    if block.kind is BlockKind.HEADING:
        text = "#" * min(max(block.level, 1), 6) + " " + _HEADING_CLOSE.sub(r"\\#", text.replace("\\\n", " "))
    elif block.kind is BlockKind.CAPTION and text:
        text = f"*{text}*"
    return "\n\n".join(filter(None, (text, _pictures(block, options))))


def blocks_to_markdown(blocks: Sequence[Block], options: Options) -> str:
    return "\n\n".join(text for run in _runs(blocks) if (text := _render(run, options)))


def to_markdown(document: Document, options: Options) -> str:
    """The article body as Markdown; the title and other facts go to --with-metadata."""
    return blocks_to_markdown(document.blocks, options)
