"""After the walk (html/trim.py): copies of the page, images beside trimmed text, headings."""
from __future__ import annotations

from extract import Block, BlockKind, Cell, Image, Row
from extract.html.trim import relative_headings, text_trimmed, trim_head, trim_tail, without_copies

LONG = "A paragraph long enough to be a copy of the page when it comes back in a run of blocks."


def test_a_table_printed_twice_is_a_copy_but_a_refrain_stays() -> None:
    table = Block(BlockKind.TABLE, LONG + "\nb | c", rows=(Row((Cell(LONG),)), Row((Cell("b"), Cell("c")))))
    paragraph = Block(BlockKind.PARAGRAPH, LONG)
    assert without_copies([table, paragraph, table]) == [table, paragraph]
    assert without_copies([paragraph, table, paragraph]) == [paragraph, table, paragraph]


def test_an_image_goes_with_the_text_beside_it() -> None:
    image = Block(BlockKind.IMAGE, "", image=Image("https://e.org/a.jpg"))
    story, sign_off = Block(BlockKind.PARAGRAPH, LONG), Block(BlockKind.PARAGRAPH, "Follow us on Mastodon")
    assert text_trimmed(trim_tail, [story, image, sign_off]) == [story, image]
    assert text_trimmed(trim_tail, [story, sign_off, image]) == [story]


def test_headings_count_from_the_top_section_heading() -> None:
    blocks = [Block(BlockKind.HEADING, "Title", level=1), Block(BlockKind.HEADING, "A", level=3),
              Block(BlockKind.HEADING, "B", level=5)]
    assert [block.level for block in relative_headings(blocks)] == [1, 2, 4]


def test_a_sentence_that_introduces_a_quote_is_no_label() -> None:
    intro = Block(BlockKind.PARAGRAPH, "On 2 December I received this message from the director of the project:")
    label = Block(BlockKind.PARAGRAPH, "Posted in:")
    quote = Block(BlockKind.QUOTE, LONG)
    assert trim_head([intro, quote]) == [intro, quote]
    assert trim_head([label, quote]) == [quote]
