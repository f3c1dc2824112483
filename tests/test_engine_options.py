"""The HTML engine honours the knobs of Options: comments, links, images, tables, favor."""
from __future__ import annotations

from pathlib import Path

import extract
from extract import BlockKind, Favor, Image, Options

GOLDEN = Path(__file__).parent / "golden" / "html"

LINKED_PAGE = """<html><head><title>Ferry timetable changes</title></head><body><article>
<h1>Ferry timetable changes</h1>
<p>The harbour board has published a new winter timetable for the island ferry, with two
fewer crossings on weekdays and a later first sailing on Sundays, after a consultation
that drew more than four hundred responses from residents and businesses.</p>
<p>Details are on the <a href="https://example.org/timetable">board's timetable page</a>, and
the old timetable stays valid until the end of October for anyone who has booked already.</p>
<figure><img src="/img/ferry.jpg" alt="The ferry leaving the harbour"></figure>
<p>The board said the changes would save fuel and let the crew train on the new vessel,
which arrives in the spring and will restore the weekday crossings from April.</p>
</article></body></html>"""


def test_comments_go_to_their_own_field_only_when_asked() -> None:
    page = (GOLDEN / "comments.html").read_bytes()
    plain = extract.extract(page)
    with_comments = extract.extract(page, options=Options(comments=True))
    assert plain.comments == ()
    assert with_comments.comments, "the comment thread should be read"
    assert with_comments.text == plain.text, "comments never enter the body"
    thread = " ".join(block.text for block in with_comments.comments)
    assert "Grumpy_in_Gorsey" in thread and "Reply" not in [b.text for b in with_comments.comments]


def test_links_and_images_are_kept_only_on_request() -> None:
    plain = extract.extract(LINKED_PAGE)
    assert all(not block.links and block.kind is not BlockKind.IMAGE for block in plain.blocks)
    rich = extract.extract(LINKED_PAGE, options=Options(links=True, images=True))
    assert ("board's timetable page", "https://example.org/timetable") in [
        link for block in rich.blocks for link in block.links]
    assert Image("/img/ferry.jpg", "The ferry leaving the harbour") in [block.image for block in rich.blocks]
    assert rich.text == plain.text


def test_tables_can_be_dropped() -> None:
    page = (GOLDEN / "table.html").read_bytes()
    assert any(b.kind is BlockKind.TABLE for b in extract.extract(page).blocks)
    assert not any(b.kind is BlockKind.TABLE
                   for b in extract.extract(page, options=Options(tables=False)).blocks)


def test_precision_keeps_no_more_than_recall() -> None:
    page = (GOLDEN / "related-teasers.html").read_bytes()
    precise = extract.extract(page, options=Options(favor=Favor.PRECISION)).text
    generous = extract.extract(page, options=Options(favor=Favor.RECALL)).text
    assert len(precise.split()) <= len(generous.split())
    assert precise, "precision still finds the article"
