"""The headline: which line repeats the page's title above the body, and which does not."""
from __future__ import annotations

from extract import Options
from extract.text import analyse

BODY = (
    "The committee met on Tuesday to discuss the proposal, and its members agreed that the "
    "work should begin as soon as the funding has been confirmed by the regional office.\n\n"
    "Residents who live near the bridge will be told about road closures two weeks before "
    "they start, and a temporary footbridge will keep the two halves of the town connected.\n"
)
FOOTER_PROSE = (
    "The Riverside Courier is published by an independent trust and has served the valley "
    "since the first edition was printed in a room above the old market hall.\n"
)


def headline_of(page: str) -> str | None:
    analysis = analyse(page, Options())
    return None if analysis.headline is None else analysis.units[analysis.headline].text


def test_site_name_in_the_footer_is_not_the_headline() -> None:
    page = (
        "Bridge Works To Begin In Spring | Riverside Valley Courier\n\nHome\nNews\n\n"
        f"Bridge Works To Begin In Spring After A Long Delay\n\n{BODY}\nShare\n\n"
        f"Riverside Valley Courier\n\n{FOOTER_PROSE}"
    )
    assert headline_of(page) == "Bridge Works To Begin In Spring After A Long Delay"


def test_a_near_copy_of_the_title_is_the_headline_across_a_table_of_contents() -> None:
    contents = "".join(f"Part {n} of the plan\n" for n in range(1, 23))
    page = (
        "How The Town Will Rebuild Its Bridge - Riverside Courier\n\nHome\n\n"
        "How The Town Will Rebuild Its Bridge\n\nBy Tom Ashby\nMarch 3, 2025\n\n"
        f"{contents}\n{BODY}"
    )
    assert headline_of(page) == "How The Town Will Rebuild Its Bridge"


def test_a_comments_heading_quoting_the_title_is_not_the_headline() -> None:
    page = (
        "Bridge Works To Begin In Spring | Riverside Courier\n\n"
        f"Bridge Works To Begin In Spring\n\n{BODY}\n"
        "3 thoughts on \u201cBridge Works To Begin In Spring\u201d\n\n"
        "I really enjoyed reading this and I hope the works go well for everyone in town.\n"
    )
    assert headline_of(page) == "Bridge Works To Begin In Spring"
