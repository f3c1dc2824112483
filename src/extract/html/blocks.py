"""Walk the main element in document order and turn what is kept into Blocks.

Inline text accumulates until a block boundary (any non-inline tag, or `<br>`), then
becomes one Block whose kind comes from the nearest enclosing heading, list item, quote or
caption. A table with data becomes one block of rows and cells (tables.py); layout tables
are walked like divs. `<pre>` keeps its whitespace. A block that repeats the one just
before it is dropped, and so is a run of blocks repeating an earlier run (a page printed
twice: mobile and desktop copies); a single paragraph that recurs further on (a refrain, a
repeated quote) stays. Text comes out NFC-normalised, so that "é" is one character
whichever way the page wrote it. When images are asked for, each one becomes an image
block where it stands (after the text it sits in the middle of); the trimming of the head
and tail judges the text alone (trim.py), and images go with the text around them.
Heading levels are made relative to the article: its top section heading is 2, under the
title.
"""
from __future__ import annotations

from enum import Enum

from lxml import etree

from ..deadline import CHECK_EVERY, checkpoint
from ..dom import normalize, text_of
from ..model import Block, BlockKind
from ..options import Options
from .furniture import furniture
from .images import image_of
from .scripts import weighed_length
from .select import is_skipped
from .stats import Stats
from .tables import table_blocks
from .trim import relative_headings, text_trimmed, trim_head, trim_tail, without_copies
from .vocab import BOILERPLATE_TAGS, HEADINGS, INLINE_TAGS, is_comment_title, is_section_title

_CONTEXT_TAGS = frozenset(("li", "blockquote", "figcaption", "caption", *HEADINGS))
_LIST_TAGS = frozenset(("ul", "ol", "menu"))
class _Read(Enum):
    """How the walk reads an element it opens."""

    SKIPPED = "skipped"  # left out, with its subtree
    INLINE = "inline"    # its text flows into the block being read
    BLOCK = "block"      # it opens a block of its own


# A forum thread: an opening post under this many characters, and replies of more than this
# many times its length in the section the "Replies" heading opens.
_THREAD_OPENING, _THREAD_SHARE = 1500, 4


class _Builder:
    """Accumulates inline text and emits Blocks at block boundaries."""

    def __init__(self, stats: Stats, options: Options, judge: bool = True,
                 trace: list[tuple[str, str]] | None = None) -> None:
        self.stats, self.options, self.judge = stats, options, judge
        self.trace = trace  # (text, rule) of what is left out, for --explain
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.contexts: list[str] = []
        self.links: list[tuple[str, str]] = []
        self.images: list[Block] = []  # images met inside the text being read
        self.last = ""  # the text of the last block emitted
        self.silenced_by = -1  # position of the section a "Comments" heading silences
        self.silenced_level = 0

    def kind(self) -> tuple[BlockKind, int, bool]:
        for index in range(len(self.contexts) - 1, -1, -1):
            tag = self.contexts[index]
            if tag in HEADINGS:
                return BlockKind.HEADING, HEADINGS[tag], False
            if tag == "li":
                depth = sum(1 for t in self.contexts[:index] if t in _LIST_TAGS)
                ordered = any(t == "ol" for t in self.contexts[:index][-1:])
                return BlockKind.LIST_ITEM, max(depth, 1), ordered
            if tag == "blockquote":
                return BlockKind.QUOTE, 0, False
            if tag in ("figcaption", "caption"):
                return BlockKind.CAPTION, 0, False
        return BlockKind.PARAGRAPH, 0, False

    def flush(self) -> None:
        if self.buffer:
            self._text_block()
        if self.images:
            self.blocks += self.images
            self.images.clear()

    def _text_block(self) -> None:
        text = normalize("".join(self.buffer))
        self.buffer.clear()
        links, self.links = tuple(self.links), []
        if not text:
            return
        if text == self.last:
            return self._left_out(text, "repeat of the block just before")
        kind, level, ordered = self.kind()
        rule = furniture(text, kind)
        if rule:
            return self._left_out(text, rule)
        self.emit(Block(kind, text, level=level, ordered=ordered, links=links))

    def _opens_thread(self, section: int) -> bool:
        """Whether a "Replies" heading opens the bulk of the page rather than a tail to it:
        a forum thread, whose short opening post is followed by many times its length of
        replies. Comments under an article follow a long text."""
        said = sum(weighed_length(block.text) for block in self.blocks)  # in the survey's terms
        return said < _THREAD_OPENING and self.stats.page.text[section] > _THREAD_SHARE * max(said, 1)

    def _left_out(self, text: str, rule: str) -> None:
        if self.trace is not None and text:
            self.trace.append((text, rule))

    def _skip(self, element: etree._Element, rule: str) -> _Read:
        """Leave a subtree out; its text is only read when --explain records it."""
        if self.trace is not None:
            self._left_out(normalize(text_of(element)), rule)
        return _Read.SKIPPED

    def inline(self, element: etree._Element) -> None:
        """Note a link or an image for the block being read, when the options ask for them."""
        if element.tag == "a" and self.options.links and (href := element.get("href")):
            self.links.append((normalize(text_of(element)), href))
        elif element.tag == "img" and self.options.images and (image := image_of(element)):
            block = Block(BlockKind.IMAGE, "", image=image)
            if "".join(self.buffer).strip():  # inside text: after the block it belongs to
                self.images.append(block)
            else:
                self.blocks.append(block)

    def emit(self, block: Block) -> None:
        """Append a block that is not an image; the text of the last one is remembered,
        since the same text twice in a row is one paragraph printed twice."""
        self.blocks.append(block)
        self.last = block.text

    def table(self, table: etree._Element) -> None:
        """A data table as one block of rows (its caption first)."""
        self.flush()
        if self.options.tables:
            for block in table_blocks(table, self.options.links):
                self.emit(block)

    def walk(self, root: int) -> list[Block]:
        """The blocks of the subtree at position root, in document order."""
        self._visit(root, -1)
        self.flush()
        return self.blocks

    def _visit(self, index: int, parent: int) -> None:
        """Read one element and its subtree; `parent` is the position of its parent (-1 for
        the root of the walk, whose tail is not the walk's business)."""
        page = self.stats.page
        tag = page.tags[index]
        if not tag:  # hidden: taken out of the tree, its tail moved to the text before it
            return
        if index % CHECK_EVERY == 0:
            checkpoint()
        element = page.elements[index]
        state = self._open(index, element, tag, parent)
        if state is not _Read.SKIPPED:
            for child in page.children(index):
                self._visit(child, index)
        if index == self.silenced_by:
            self.silenced_by = -1
        if state is _Read.SKIPPED:
            if self.silenced_by >= 0:
                return
            if tag not in INLINE_TAGS:  # a block left out still parts the words around it
                self.buffer.append(" ")
        elif state is _Read.BLOCK:
            self.flush()
            self.contexts.pop()
        if parent >= 0 and element.tail:
            self.buffer.append(element.tail)

    def _open(self, index: int, element: etree._Element, tag: str, parent: int) -> _Read:
        """Start an element: skip it, read it as inline text, or open a block."""
        stats, labels = self.stats, self.stats.page.labels
        if self.silenced_by >= 0:
            level = HEADINGS.get(tag, 0)
            if level and level <= self.silenced_level and not labels[index]:
                self.silenced_by = -1
            else:
                return self._skip(element, "after a comments or related heading")
        if parent >= 0:  # the root of the walk is read whatever it says
            if labels[index]:
                level = HEADINGS.get(tag, 0)
                if level and self.judge and is_section_title(title := text_of(element)) \
                        and not (is_comment_title(title) and self._opens_thread(parent)):
                    # A heading labelled "Comments" or "Related" silences what follows it, up
                    # to the next heading of its rank or the end of the section that holds it.
                    self.silenced_by, self.silenced_level = parent, level
                    return self._skip(element, "heading of a comments or related section")
                return self._skip(element, "labelled section (label-led box)")
            if is_skipped(index, stats) if self.judge else tag in BOILERPLATE_TAGS:
                return self._skip(element, "boilerplate subtree (markup, link density)")
        if tag in INLINE_TAGS:
            self.inline(element)
            if element.text:
                self.buffer.append(element.text)
            return _Read.INLINE
        self.flush()
        if tag == "br":
            return _Read.INLINE
        if tag == "pre":
            code = text_of(element).strip("\n")
            if code.strip():
                self.emit(Block(BlockKind.CODE, code))
            return _Read.SKIPPED
        if tag == "table" and is_data_table(element):
            self.table(element)
            return _Read.SKIPPED
        self.contexts.append(tag)
        if element.text:
            self.buffer.append(element.text)
        return _Read.BLOCK


def is_data_table(table: etree._Element) -> bool:
    """A table laid out for data, not for the page: no nested tables or long prose cells."""
    for element in table.iter("table", "td", "th", "p", "div"):
        if element is table:
            continue
        if element.tag == "table":
            return False
        if element.tag in ("p", "div") and len(text_of(element)) > 400:
            return False
    return True


def build_blocks(root: int, stats: Stats, options: Options,
                 trace: list[tuple[str, str]] | None = None) -> list[Block]:
    """The Blocks of the main element (at position root), boilerplate subtrees left out;
    `trace` collects (text, rule) of what the builder left out, for --explain."""
    built = _Builder(stats, options, trace=trace).walk(root)
    # A listing's first item opens with a short line (its kicker, its headline): no head to trim.
    head_trimmed = built if stats.items else text_trimmed(trim_head, built)
    blocks = text_trimmed(trim_tail, text_trimmed(without_copies, head_trimmed))
    if trace is not None and len(blocks) < len(built):
        kept = {id(block) for block in blocks}
        trace.extend((b.text, "head or tail of the body, or a second copy of the page") for b in built
                     if id(b) not in kept and b.kind is not BlockKind.IMAGE)
    return relative_headings(blocks)


def section_blocks(root: int, stats: Stats, options: Options) -> list[Block]:
    """The Blocks of a section read as it is (reader comments, --explain's view of the whole
    page): only navigation and forms go."""
    return _Builder(stats, options, judge=False).walk(root)
