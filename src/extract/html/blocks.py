"""Walk the main element in document order and turn what is kept into Blocks.

Inline text accumulates until a block boundary (any non-inline tag, or `<br>`), then
becomes one Block whose kind comes from the nearest enclosing heading, list item, quote or
caption. Tables with data become rows of cells; layout tables are walked like divs.
`<pre>` keeps its whitespace. A block that repeats the one just before it is dropped, and so
is a run of blocks repeating an earlier run (a page printed twice: mobile and desktop
copies); a single paragraph that recurs further on (a refrain, a repeated quote) stays.
Text comes out NFC-normalised, so that "é" is one character whichever way the page wrote it.
"""
from __future__ import annotations

import re
import unicodedata
from enum import Enum

from lxml import etree

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
_CHROME = re.compile(
    r"^(?:share(?: this(?: article| story| post)?)?|tweet|e-?mail|print|read more|continue reading|"
    r"advertisement|sponsored(?: content)?|related(?: articles| stories| posts)?|see also|"
    r"follow us(?: on \w+)?|sign up|subscribe(?: now)?|\d* ?comments?|click here|back to top|"
    r"skip to (?:main )?content|leave a (?:comment|reply)|like this|like loading|loading\W*|close|"
    r"menu|search|reply|report|media playback is unsupported on your device|adverts?|"
    r"sponsored links?|スポンサー(?:ド)?リンク|広告|tags|"
    r"this (?:slideshow|video|content|page|feature) requires javascript\.?)\W*$|"
    r"^(?:tags?|topics?|categories|category|filed under|posted in|タグ|カテゴリー?)\s*[:：]|"
    r"^\[\w+[^\]]*\].*\[/\w+\]$",
    re.I,
)
# Photo credits and attributions: a caption's tail, not article text.
_CREDIT = re.compile(
    r"^\(?(?:(?:image|photo|picture|foto|bild|credit|source|photograph)s?(?: copyright| credit)?\s*[:©]|"
    r"image copyright|©)|(?:getty(?: images)?|/ ?ap|shutterstock|afp|reuters|epa|istock(?:photo)?)\)?$",
    re.I,
)




class _Read(Enum):
    """How the walk reads an element it opens."""

    SKIPPED = "skipped"  # left out, with its subtree
    INLINE = "inline"    # its text flows into the block being read
    BLOCK = "block"      # it opens a block of its own


# How an article signs off when the story is over: where to write, whom to follow.
_SIGN_OFF = re.compile(
    r"\bfollow (?:us|him|her|them|me)\b|\be-?mail (?:\w+ ){0,3}at\b|\bjoin our\b|\bsign up\b|"
    r"\bsubscribe to\b|\bnewsletters?\b|^©|\bcopyright\b|\ball rights reserved\b|"
    r"\bcontact (?:us|the author)\b|\bshare this\b|^citation\s*:|\bsubject to copyright\b",
    re.I,
)
_SIGN_OFF_MAX = 300
# A repeated run of blocks is a copy of the page from two blocks, one of them a paragraph
# this long: runs of short lines recur by design (a meal plan's "Meal 1", "1 cup water").
_COPY_RUN = 2
_COPY_MIN = 80
_CHROME_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
_CHROME_MAX = 120
_CREDIT_MAX = 100
_CAPTION_CREDIT = re.compile(
    r"\b(?:credit|photo|image|picture|foto|bild)s?\s*:|getty images|\(ap\)|/ ?ap\b|\breuters\b|\bafp\b|"
    r"shutterstock|©|"
    r"(?-i:(?<=[a-z.])(?:Credit|Photo|Image|Picture)s?\s*:)",  # a credit span run into the caption
    re.I,
)
# A slideshow's counter ("1 of 4", "2/12") opening a caption: a gallery, not the story.
_GALLERY_COUNTER = re.compile(r"^\d{1,3}\s*(?:of|/)\s*\d{1,3}(?!\d)")


def normalize(text: str) -> str:
    """Collapse whitespace (no-break spaces included), drop invisible characters, compose
    accents (NFC).

    `str.split()` splits on exactly what the regex `\\s` matches, several times faster.
    """
    if not text.isascii():
        text = unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
    return " ".join(text.split())


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
        if not text:
            return
        if self.blocks and self.blocks[-1].text == text:
            return self._left_out(text, "repeat of the block just before")
        kind, level, ordered = self.kind()
        if kind in _CHROME_KINDS and len(text) < _CHROME_MAX and _CHROME.search(text):
            return self._left_out(text, "interface line (share, print, read more…)")
        if len(text) < _CREDIT_MAX and _CREDIT.search(text):
            return self._left_out(text, "credit line")
        if kind is BlockKind.CAPTION and (_CAPTION_CREDIT.search(text) or _GALLERY_COUNTER.match(text)):
            # A caption carrying a photo credit describes an agency picture, not the story;
            # one numbered in a slideshow belongs to the gallery.
            return self._left_out(text, "caption with a photo credit or gallery counter")
        self.blocks.append(Block(kind, text, level=level, ordered=ordered, links=links,
                                 images=tuple(self.images)))
        self.images.clear()

    def _left_out(self, text: str, rule: str) -> None:
        if self.trace is not None and text:
            self.trace.append((text, rule))

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
                self._left_out(normalize(text_of(element)), "after a comments or related heading")
                return _Read.SKIPPED
        if parent >= 0:  # the root of the walk is read whatever it says
            if labels[index]:
                level = HEADINGS.get(tag, 0)
                if level and self.judge and is_section_title(text_of(element)):
                    # A heading labelled "Comments" or "Related" silences what follows it, up
                    # to the next heading of its rank or the end of the section that holds it.
                    self.silenced_by, self.silenced_level = parent, level
                    self._left_out(normalize(text_of(element)), "heading of a comments or related section")
                    return _Read.SKIPPED
                self._left_out(normalize(text_of(element)), "labelled section (label-led box)")
                return _Read.SKIPPED
            if is_skipped(index, stats) if self.judge else tag in BOILERPLATE_TAGS:
                self._left_out(normalize(text_of(element)), "boilerplate subtree (markup, link density)")
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


def without_copies(blocks: list[Block]) -> list[Block]:
    """Drop runs of blocks that repeat an earlier run block for block: a second copy of
    the page. A lone block that recurs is the author's choice, and stays."""
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
        if run >= _COPY_RUN and max(len(text) for text in texts[index:index + run]) >= _COPY_MIN:
            index += run
            continue
        kept.append(blocks[index])
        index += 1
    return kept


def build_blocks(root: int, stats: Stats, options: Options,
                 trace: list[tuple[str, str]] | None = None) -> list[Block]:
    """The Blocks of the main element (at position root), boilerplate subtrees left out;
    `trace` collects (text, rule) of what the builder left out, for --explain."""
    built = _Builder(stats, options, trace=trace).walk(root)
    blocks = trim_tail(without_copies(trim_head(built)))
    if trace is not None and len(blocks) < len(built):
        kept = {id(block) for block in blocks}
        trace.extend((b.text, "head or tail of the body, or a second copy of the page") for b in built
                     if id(b) not in kept)
    return blocks


def section_blocks(root: int, stats: Stats, options: Options) -> list[Block]:
    """The Blocks of a section read as it is (reader comments, --explain's view of the whole
    page): only navigation and forms go."""
    return _Builder(stats, options, judge=False).walk(root)
