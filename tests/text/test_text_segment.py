"""segment(): text -> units, in both layouts (blank-line paragraphs, one block per line)."""
from __future__ import annotations

from extract.text.segment import clean_line, segment


def test_blank_lines_separate_and_each_short_line_is_a_unit() -> None:
    units = segment("Title\n\nFirst paragraph here.\n\nHome\nNews\nSport\n")
    assert [u.text for u in units] == ["Title", "First paragraph here.", "Home", "News", "Sport"]
    assert [u.gap for u in units] == [True, True, True, False, False]


def test_wet_layout_keeps_one_unit_per_line() -> None:
    text = "A headline\n" + "\n".join(f"Sentence number {i} of the article body." for i in range(5))
    assert len(segment(text)) == 6


def test_hard_wrapped_paragraph_is_joined() -> None:
    text = (
        "Volunteers in the valley counted more than four hundred swifts nesting\n"
        "under the eaves of houses this summer, the highest number since the\n"
        "survey began twelve years ago, the trust said.\n"
    )
    units = segment(text)
    assert len(units) == 1
    assert units[0].text.startswith("Volunteers in the valley") and "nesting under" in units[0].text


def test_short_lines_of_a_menu_are_not_joined() -> None:
    assert len(segment("Home\nAbout us\nContact\n")) == 3


def test_bullets_are_list_items_without_their_marker() -> None:
    units = segment("- first point of the list\n• second point\n")
    assert [(u.text, u.bullet) for u in units] == [("first point of the list", True), ("second point", True)]


def test_whitespace_and_no_break_spaces_collapse() -> None:
    assert clean_line("  Neither US Or UK\u00a0 Investigated\u200b  Chips\t") == "Neither US Or UK Investigated Chips"


def test_crlf_and_empty_input() -> None:
    assert [u.text for u in segment("One\r\n\r\nTwo\r")] == ["One", "Two"]
    assert segment("") == [] and segment("\n \n\t\n") == []
