"""Structural rules: where the article ends, which lists belong to it, favor and comments."""
from __future__ import annotations

import pytest

from extract import Favor, Options
from support import text_page as extract_text
from extract.text.features import describe
from extract.text.segment import segment
from extract.text.stopwords import STOPWORDS

EN = STOPWORDS["en"]
TITLE = "Bridge Works To Begin In Spring"
BODY = [
    ("The committee met on Tuesday to discuss the proposal, and its members agreed that the work "
     "should begin as soon as the funding has been confirmed by the regional office in the city."),
    ("Residents who live near the bridge will be told about road closures two weeks before they "
     "start, and a temporary footbridge will keep the two halves of the town connected all year."),
    ("The regional office is expected to answer before the end of the month, after which the "
     "contract for the first stage of the work can be signed with the builder that was chosen."),
    ("Work on the second stage, which includes new lighting and a wider pavement on both sides, "
     "will start once the first stage is finished and the road has been opened to traffic again."),
]


def page(*parts: str) -> str:
    return f"{TITLE} | Riverside Courier\n\nHome\nNews\n\n{TITLE}\n\n" + "\n\n".join(parts) + "\n"


def body_of(text: str, **options) -> list[str]:
    return [block.text for block in extract_text(text, Options(**options)).blocks]


@pytest.mark.parametrize("line", ["12 Comments", "Top Rated Comments", "Comments (3)", "Deixe uma resposta"])
def test_comments_headings(line: str) -> None:
    assert describe(segment(line)[0], EN).comments


def test_a_subheading_that_starts_with_comment_is_not_the_comments() -> None:
    assert not describe(segment("Comment engagement score (0-50 points)")[0], EN).comments


@pytest.mark.parametrize("line", ["More Great Example Stories", "Next Up In Science", "Artigos relacionados",
                                  "Weitere Beiträge zum Thema", "About Jane Doe"])
def test_link_and_bio_headings(line: str) -> None:
    assert describe(segment(line)[0], EN).links_heading


def test_a_stock_phrase_that_is_the_page_topic_is_not_furniture() -> None:
    line = segment("Pick a newsletter platform")[0]
    assert describe(line, EN).furniture
    assert not describe(line, EN, frozenset({"newsletter", "platforms"})).furniture


def test_wire_credits_are_meta() -> None:
    assert describe(segment("(Reporting by Jane Doe; editing by John Roe)")[0], EN).meta


def test_bio_after_the_share_buttons_is_cut_off() -> None:
    bio = "Jane Doe covers local government for the Courier and has lived in the town for twenty years."
    text = page(*BODY, "Share this article\nFacebook\nTwitter", bio)
    assert body_of(text) == BODY


def test_bio_under_a_heading_after_the_article_is_cut_off() -> None:
    bio = ("Jane Doe covers local government and community news for the Courier. She has lived in "
           "the town for twenty years and writes a weekly column about its history and its people.")
    assert body_of(page(*BODY, "About Jane Doe", bio)) == BODY


def test_an_inset_box_of_related_links_does_not_end_the_article() -> None:
    inset = "Related Stories\nCouncil Delays Vote On Market Hall\nNew Bus Route To The Hospital"
    body = body_of(page(BODY[0], BODY[1], inset, BODY[2], BODY[3]))
    assert [text for text in body if text in BODY] == BODY


def test_dated_teasers_after_the_article_are_records() -> None:
    teasers = "\n".join(
        f"Story Number {n} Headline\nPriya Natarajan\nMarch {n}, 2025\n"
        f"A short lead of story number {n} that tells the reader what happened in the town this week."
        for n in range(1, 5)
    )
    assert body_of(page(*BODY, teasers)) == BODY


def test_a_list_the_article_introduces_is_kept() -> None:
    dates = "The dates of the closures:\n" + "\n".join(f"March {n} - Bridge Street, both lanes" for n in range(1, 7))
    assert body_of(page(*BODY, dates))[len(BODY):] == [
        "The dates of the closures:", *(f"March {n} - Bridge Street, both lanes" for n in range(1, 7))
    ]


def test_favoring_recall_keeps_what_balanced_trims() -> None:
    bio = "Jane Doe covers local government for the Courier and has lived in the town for twenty years."
    text = page(*BODY, "Share this article\nFacebook\nTwitter", bio)
    assert body_of(text) == BODY
    recall = body_of(text, favor=Favor.RECALL)
    assert recall[:len(BODY)] == BODY and recall[-1] == bio


def test_favoring_precision_drops_repeated_shapes_inside_the_run() -> None:
    closures = ["Road closed on Monday", "Road closed on Tuesday", "Road closed on Friday"]
    text = page(BODY[0], BODY[1], "\n".join(closures), BODY[2], BODY[3])
    assert body_of(text) == [BODY[0], BODY[1], *closures, BODY[2], BODY[3]]
    assert body_of(text, favor=Favor.PRECISION) == BODY


def test_comments_go_to_their_own_field_when_asked() -> None:
    comments = [
        "I really enjoyed reading this and I hope the works go well for everyone.",
        "The footbridge is a good idea, the last closure cut the town in two for months.",
        "Does anyone know whether the buses will still stop at the bridge during the works?",
    ]
    thread = "\n\n".join(
        f"Reader {n} says:\nMay {n}, 2024 at 9:0{n} am\n{comment}" for n, comment in enumerate(comments, 1)
    )
    text = page(*BODY, "3 Comments", thread, "Leave a Reply", "Your email address will not be published.")
    without = extract_text(text, Options())
    with_comments = extract_text(text, Options(comments=True))
    assert [b.text for b in without.blocks] == [b.text for b in with_comments.blocks] == BODY
    assert without.comments == ()
    assert [b.text for b in with_comments.comments] == comments
