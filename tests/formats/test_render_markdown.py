"""Markdown: golden pages through the whole pipeline, and the renderer on hand-made Blocks.

Golden pairs: tests/golden/markdown/NAME.html -> NAME.md (`extract --format markdown`).
"""
from __future__ import annotations

from pathlib import Path

import pytest

from extract import (Block, BlockKind, Cell, Document, Image, Mark, Metadata, Options, Origin, OutputFormat, Row,
                     Style, extract)
from extract.formats import render_as as render
from extract.formats.markdown import blocks_to_markdown, escape

from support import GOLDEN

MARKDOWN = Options(output_format=OutputFormat.MARKDOWN)
PAGES = sorted((GOLDEN / "markdown").glob("*.html"))


@pytest.mark.parametrize("page", PAGES, ids=[page.stem for page in PAGES])
def test_golden_markdown(page: Path, assert_same_text) -> None:
    document = extract(page.read_text(encoding="utf-8"), options=MARKDOWN)
    expected = page.with_suffix(".md").read_text(encoding="utf-8").removesuffix("\n")
    assert_same_text(render(document, MARKDOWN), expected, page.with_suffix(".md").name)


@pytest.mark.parametrize(
    ("text", "markdown"),
    [
        ("a *b* _c_ snake_case", r"a \*b\* \_c\_ snake\_case"),
        ("x | y", r"x \| y"),
        ("# not a heading", r"\# not a heading"),
        ("C# is fine mid-line", "C# is fine mid-line"),
        ("- not an item", r"\- not an item"),
        ("+ not an item", r"\+ not an item"),
        ("1. not a list", r"1\. not a list"),
        ("2) not a list", r"2\) not a list"),
        ("2024. A year", r"2024\. A year"),
        ("2024 was a year", "2024 was a year"),
        ("> not a quote", r"\> not a quote"),
        ("---", r"\---"),
        ("[x](y) `z` <b> ~~s~~ \\", r"\[x\](y) \`z\` \<b> \~\~s\~\~ \\"),
        ("&amp; stays", r"\&amp; stays"),
        ("AT&T", "AT&T"),
    ],
)
def test_escape(text: str, markdown: str) -> None:
    assert escape(text) == markdown


def test_headings_escape_a_closing_hash() -> None:
    blocks = [Block(BlockKind.HEADING, "Issue #1 of C#", level=2), Block(BlockKind.HEADING, "Deep", level=9)]
    assert blocks_to_markdown(blocks, Options()) == "## Issue \\#1 of C#\n\n###### Deep"


def test_nested_and_ordered_lists() -> None:
    blocks = [
        Block(BlockKind.LIST_ITEM, "one", level=1, ordered=True),
        Block(BlockKind.LIST_ITEM, "a", level=2),
        Block(BlockKind.LIST_ITEM, "i", level=3, ordered=True),
        Block(BlockKind.LIST_ITEM, "ii", level=3, ordered=True),
        Block(BlockKind.LIST_ITEM, "two", level=1, ordered=True),
        Block(BlockKind.PARAGRAPH, "Between."),
        Block(BlockKind.LIST_ITEM, "fresh", level=1, ordered=True),
    ]
    assert blocks_to_markdown(blocks, Options()) == (
        "1. one\n   - a\n     1. i\n     2. ii\n2. two\n\nBetween.\n\n1. fresh"
    )


def test_table_without_header_gets_an_empty_one() -> None:
    table = Block(BlockKind.TABLE, "a | b\nc", rows=(Row((Cell("a"), Cell("b"))), Row((Cell("c"),))))
    assert blocks_to_markdown([table], Options()) == "|  |  |\n| --- | --- |\n| a | b |\n| c |  |"


def test_two_tables_in_a_row_stay_two_tables() -> None:
    table = Block(BlockKind.TABLE, "a", rows=(Row((Cell("a", header=True),), header=True),))
    assert blocks_to_markdown([table, table], Options()) == "| a |\n| --- |\n\n| a |\n| --- |"


def test_spans_leave_the_places_they_cover_empty() -> None:
    rows = (Row((Cell("Team", True, rowspan=2), Cell("Score", True, colspan=2)), header=True),
            Row((Cell("home"), Cell("away"))),
            Row((Cell("Reds"), Cell("2"), Cell("1"))))
    assert blocks_to_markdown([Block(BlockKind.TABLE, "", rows=rows)], Options()) == (
        "| Team | Score |  |\n| --- | --- | --- |\n|  | home | away |\n| Reds | 2 | 1 |")


def test_cells_keep_formatting_breaks_and_escape_pipes() -> None:
    text = "a|b bold code|x link\n- item"
    marks = (Mark(4, 8, Style.STRONG), Mark(9, 15, Style.CODE), Mark(16, 20, Style.LINK, "https://e.org/a b"),
             Mark(16, 20, Style.EMPHASIS))
    table = Block(BlockKind.TABLE, text, rows=(Row((Cell(text, marks=marks),)),))
    assert blocks_to_markdown([table], Options()).splitlines()[-1] == (
        "| a\\|b **bold** `code\\|x` [*link*](https://e.org/a%20b)<br>- item |")


def test_code_fence_outgrows_backticks_inside() -> None:
    code = Block(BlockKind.CODE, "x = 1\n```\ny = `2`")
    assert blocks_to_markdown([code], Options()) == "````\nx = 1\n```\ny = `2`\n````"


def test_quotes_and_line_breaks() -> None:
    blocks = [Block(BlockKind.QUOTE, "first *line*\nsecond"), Block(BlockKind.QUOTE, "again")]
    assert blocks_to_markdown(blocks, Options()) == "> first \\*line\\*\\\n> second\n>\n> again"


def test_links_and_images_only_when_asked() -> None:
    block = Block(
        BlockKind.PARAGRAPH, "See the report and the map.",
        links=(("report", "https://example.org/a report (final).pdf"), ("map", "https://example.org/map")),
    )
    image = Block(BlockKind.IMAGE, "", image=Image("https://example.org/map.png", "A *map*", "The map."))
    assert blocks_to_markdown([block, image], Options()) == "See the report and the map."
    assert blocks_to_markdown([block, image], Options(links=True, images=True)) == (
        "See the [report](https://example.org/a%20report%20%28final%29.pdf) and the "
        "[map](https://example.org/map).\n\n![A \\*map\\*](https://example.org/map.png)\n\n*The map.*"
    )


def test_an_image_writes_its_caption_once() -> None:
    image = Block(BlockKind.IMAGE, "", image=Image("https://example.org/a.png", "", "Dawn."))
    caption = Block(BlockKind.CAPTION, "Dawn.")
    for blocks in ([image, caption], [caption, image]):
        assert blocks_to_markdown(blocks, Options(images=True)) == "![](https://example.org/a.png)\n\n*Dawn.*"
    assert blocks_to_markdown([image, caption], Options()) == "*Dawn.*"


def test_with_metadata_front_matter() -> None:
    document = Document(
        blocks=(Block(BlockKind.PARAGRAPH, "Body."),),
        metadata=Metadata(title='A "quoted" title', authors=("Ann Lee", "Bo Kim"), date_published="2024-05-14"),
        origin=Origin(url="https://example.org/a"),
    )
    options = Options(output_format=OutputFormat.MARKDOWN, with_metadata=True)
    assert render(document, options) == (
        '---\ntitle: "A \\"quoted\\" title"\nauthor: "Ann Lee, Bo Kim"\ndate: "2024-05-14"\n'
        'url: "https://example.org/a"\n---\n\nBody.'
    )
