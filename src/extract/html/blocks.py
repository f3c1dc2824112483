"""Walk the main element in document order and turn what is kept into Blocks.

Inline text accumulates until a block boundary (any non-inline tag, or `<br>`), then
becomes one Block whose kind comes from the nearest enclosing heading, list item, quote or
caption. Tables with data become rows of cells; layout tables are walked like divs.
`<pre>` keeps its whitespace. A block whose text already appeared is not repeated.
"""
from __future__ import annotations

import re
from enum import Enum

from lxml import etree

from .. import lexicon
from ..model import Block, BlockKind
from ..options import Options
from .select import is_skipped
from .stats import Stats
from .vocab import BOILERPLATE_TAGS, HEADINGS, INLINE_TAGS, is_section_title
from ..dom import text_of

_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\xad]")
_CONTEXT_TAGS = frozenset(("li", "blockquote", "figcaption", "caption", *HEADINGS))
_LIST_TAGS = frozenset(("ul", "ol", "menu"))
_HEAD_MAX = 400
_SENTENCE_END = frozenset(".!?\u3002\uff01\uff1f\"\u201d\u00bb')")
# Short lines that are interface, not article, in any article.
_CHROME_LINES = lexicon.alternation(
    "sharing.line", "read_more.line", "advert.line", "sponsored.line", "related.line", "follow.line",
    "newsletter.line", "comment_prompt.line", "navigation.line", "interface.line", "tags.line",
    "embed_notice.line",
)
_CHROME = re.compile(
    rf"^(?:{_CHROME_LINES}|\d* ?(?:{lexicon.alternation('comments.line')}))\W*$|"
    rf"^(?:{lexicon.alternation('tags.lead')})\s*[:：]|"
    r"^\[\w+[^\]]*\].*\[/\w+\]$",
    re.I,
)
# Photo credits and attributions: a caption's tail, not article text.
_CREDIT = re.compile(
    rf"^\(?(?:(?:{lexicon.alternation('credit.lead')})s?(?: copyright| credit)?\s*[:©]|image copyright|©)|"
    rf"(?:{lexicon.alternation('credit_agency.tail')})\)?$",
    re.I,
)


class _Read(Enum):
    """How the walk reads an element it opens."""

    SKIPPED = "skipped"  # left out, with its subtree
    INLINE = "inline"    # its text flows into the block being read
    BLOCK = "block"      # it opens a block of its own


_UNIQUE_MIN = 80
# How an article signs off when the story is over: where to write, whom to follow.
_SIGN_OFF = re.compile(
    r"\b(?:" + lexicon.alternation("follow.sign_off", "contact.sign_off", "newsletter.sign_off",
                                   "copyright.sign_off", "sharing.sign_off") + r")\b|"
    rf"^©|^(?:{lexicon.alternation('citation.sign_off')})\s*:",
    re.I,
)
_SIGN_OFF_MAX = 300
_CHROME_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
_CHROME_MAX = 120
_CREDIT_MAX = 100
_CAPTION_CREDIT = re.compile(
    rf"\b(?:{lexicon.alternation('credit.caption')})s?\s*:|{lexicon.alternation('credit_agency.caption')}|©|"
    # a credit span run into the caption
    rf"(?-i:(?<=[a-z.])(?:{lexicon.alternation('credit.run_in').title()})s?\s*:)",
    re.I,
)
# A slideshow's counter ("1 of 4", "2/12") opening a caption: a gallery, not the story.
_GALLERY_COUNTER = re.compile(r"^\d{1,3}\s*(?:of|/)\s*\d{1,3}(?!\d)")


def normalize(text: str) -> str:
    """Collapse whitespace (no-break spaces included) and drop invisible characters.

    `str.split()` splits on exactly what the regex `\\s` matches, several times faster.
    """
    if not text.isascii():
        text = _INVISIBLE.sub("", text)
    return " ".join(text.split())


class _Builder:
    """Accumulates inline text and emits Blocks at block boundaries."""

    def __init__(self, stats: Stats, options: Options, judge: bool = True) -> None:
        self.stats, self.options, self.judge = stats, options, judge
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.contexts: list[str] = []
        self.seen: set[str] = set()
        self.links: list[tuple[str, str]] = []
        self.images: list[tuple[str, str]] = []
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
        if not self.buffer:
            return
        text = normalize("".join(self.buffer))
        self.buffer.clear()
        links, self.links = tuple(self.links), []
        if not text or text in self.seen or (self.blocks and self.blocks[-1].text == text):
            return
        kind, level, ordered = self.kind()
        if kind in _CHROME_KINDS and len(text) < _CHROME_MAX and _CHROME.search(text):
            return
        if len(text) < _CREDIT_MAX and _CREDIT.search(text):
            return
        if kind is BlockKind.CAPTION and (_CAPTION_CREDIT.search(text) or _GALLERY_COUNTER.match(text)):
            # A caption carrying a photo credit describes an agency picture, not the story;
            # one numbered in a slideshow belongs to the gallery.
            return

        if len(text) >= _UNIQUE_MIN:
            # Long paragraphs twice are a page printed twice (mobile and desktop copies);
            # short lines may recur by design (a recipe's "1 cup water").
            self.seen.add(text)
        self.blocks.append(Block(kind, text, level=level, ordered=ordered, links=links,
                                 images=tuple(self.images)))
        self.images.clear()

    def inline(self, element: etree._Element) -> None:
        """Note a link or an image for the block being read, when the options ask for them."""
        if element.tag == "a" and self.options.links and (href := element.get("href")):
            self.links.append((normalize(text_of(element)), href))
        elif element.tag == "img" and self.options.images and (src := element.get("src")):
            self.images.append((normalize(element.get("alt") or ""), src))

    def emit(self, block: Block) -> None:
        self.flush()
        self.blocks.append(block)

    def table(self, table: etree._Element) -> None:
        """A data table as rows of cells (caption first)."""
        self.flush()
        if not self.options.tables:
            return
        for caption in table.iterchildren("caption"):
            text = normalize(text_of(caption))
            if text:
                self.blocks.append(Block(BlockKind.CAPTION, text))
        for row in table.iter("tr"):
            cells = tuple(normalize(text_of(cell)) for cell in row if cell.tag in ("td", "th"))
            if any(cells):
                header = all(cell.tag == "th" for cell in row if cell.tag in ("td", "th")) or \
                    row.getparent().tag == "thead"
                self.blocks.append(Block(BlockKind.TABLE_ROW, " | ".join(cells), header=header, cells=cells))

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
                return _Read.SKIPPED
        if parent >= 0:  # the root of the walk is read whatever it says
            if labels[index]:
                level = HEADINGS.get(tag, 0)
                if level and self.judge and is_section_title(text_of(element)):
                    # A heading labelled "Comments" or "Related" silences what follows it, up
                    # to the next heading of its rank or the end of the section that holds it.
                    self.silenced_by, self.silenced_level = parent, level
                return _Read.SKIPPED
            if is_skipped(index, stats) if self.judge else tag in BOILERPLATE_TAGS:
                return _Read.SKIPPED
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


def is_prose(block: Block) -> bool:
    """A paragraph a reader reads as running text: long enough, or a full sentence."""
    text = block.text
    if len(text) >= 100:
        return True
    spaces = text.count(" ")
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


def build_blocks(root: int, stats: Stats, options: Options) -> list[Block]:
    """The Blocks of the main element (at position root), boilerplate subtrees left out."""
    return trim_tail(trim_head(_Builder(stats, options).walk(root)))


def section_blocks(root: int, stats: Stats, options: Options) -> list[Block]:
    """The Blocks of a section read as it is (reader comments): only navigation and forms go."""
    return _Builder(stats, options, judge=False).walk(root)
