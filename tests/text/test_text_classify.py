"""Values and the main run: structure beats "it is a well-formed sentence"."""
from __future__ import annotations

from extract import Options
from extract.model import BlockKind
from support import text_page as extract_text
from extract.text.classify import main_run

PARAGRAPH = (
    "The committee met on Tuesday to discuss the proposal, and its members agreed that the "
    "work should begin as soon as the funding has been confirmed by the regional office."
)
SECOND = (
    "Residents who live near the bridge will be told about road closures two weeks before "
    "they start, and a temporary footbridge will keep the two halves of the town connected."
)
THIRD = (
    "The regional office is expected to answer before the end of the month, after which the "
    "contract for the first stage of the work can be signed with the chosen builder."
)


def test_main_run_is_the_largest_sum() -> None:
    assert main_run([-5, 10, -2, 10, -30, 15]) == (1, 4)
    assert main_run([-1, -2]) == (0, 0)
    assert main_run([]) == (0, 0)


def test_empty_and_boilerplate_only_pages_have_no_article() -> None:
    assert not extract_text("", Options()).found
    assert not extract_text("Home\nNews\nSport\nContact\n", Options()).found


def test_headline_is_the_title_not_a_block() -> None:
    page = f"Bridge Works To Begin In Spring\n\n{PARAGRAPH}\n\n{SECOND}\n"
    document = extract_text(page, Options())
    assert document.title == "Bridge Works To Begin In Spring"
    assert all("Bridge Works" not in block.text for block in document.blocks)


def test_document_title_loses_the_site_name() -> None:
    page = f"Bridge Works To Begin In Spring | The Daily Example\n\n{PARAGRAPH}\n"
    assert extract_text(page, Options()).title == "Bridge Works To Begin In Spring"


def test_directory_of_well_formed_blurbs_is_dropped() -> None:
    directory = "".join(
        f"{name}\n\n{name}\n\n{name} is a leading provider of security services for companies of every size.\n\n"
        for name in ("Acme Guard", "Blue Fort", "Castle Labs", "Delta Shield")
    )
    page = f"Bridge Works To Begin In Spring\n\n{PARAGRAPH}\n\n{SECOND}\n\nDirectory\n\n{directory}"
    document = extract_text(page, Options())
    assert [block.text for block in document.blocks] == [PARAGRAPH, SECOND]


def test_comments_after_the_article_are_dropped() -> None:
    comments = "".join(
        f"Reader {i} says:\nMay {i}, 2024 at 9:0{i} am\nI really enjoyed reading this and I hope the works go well for everyone.\n\n"
        for i in range(1, 4)
    )
    page = f"Bridge Works To Begin In Spring\n\n{PARAGRAPH}\n\n{SECOND}\n\n3 Comments\n\n{comments}"
    assert extract_text(page, Options()).text == f"{PARAGRAPH}\n\n{SECOND}"


def test_block_kinds() -> None:
    page = f"Title Of The Story\n\n{PARAGRAPH}\n\nWhat Happens Next\n\n{SECOND}\n\n- the first point of the plan\n- the second point of the plan\n\n{THIRD}\n"
    kinds = [block.kind for block in extract_text(page, Options()).blocks]
    assert kinds == [
        BlockKind.PARAGRAPH, BlockKind.HEADING, BlockKind.PARAGRAPH,
        BlockKind.LIST_ITEM, BlockKind.LIST_ITEM, BlockKind.PARAGRAPH,
    ]


def test_output_has_no_no_break_spaces() -> None:
    page = f"Title\u00a0Of The Story\n\n{PARAGRAPH.replace(' ', chr(0xA0), 3)}\n"
    document = extract_text(page, Options())
    assert "\u00a0" not in document.text and "\u00a0" not in (document.title or "")
