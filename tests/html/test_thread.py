"""A "Replies" heading after a short opening post opens a forum thread, which is the page;
after a long article it opens comments, which are not."""
from __future__ import annotations

import extract
from extract import Options

OPTIONS = Options(detect_language=False)


def _reply(number: int) -> str:
    return (f"<div class='post'><div class='author'>member{number} · Jun {number}, 2017</div>"
            f"<p>Reply number {number}: I started the same way, with a simple bench from construction "
            f"timber, and it taught me more about sawing square than any of the courses I watched.</p></div>")


def _page(opening: str, heading: str) -> str:
    replies = "".join(_reply(n) for n in range(1, 9))
    return (f"<html><body><main><h1>Starting out</h1><div class='post'>{opening}</div>"
            f"<h3>{heading}</h3>{replies}</main></body></html>")


def test_the_replies_of_a_forum_thread_are_kept() -> None:
    opening = "<p>I am new to woodworking and want to build a first workbench. Where should I start?</p>"
    text = extract.extract(_page(opening, "8 Replies"), options=OPTIONS).text
    assert "Where should I start?" in text
    assert "Reply number 1:" in text and "Reply number 8:" in text


def test_comments_under_a_long_article_are_left_out() -> None:
    opening = "".join(
        f"<p>Paragraph {n} of a long article on building a workbench: the top, the legs, the stretchers "
        f"and the vice each take a weekend, and the order in which you build them matters a great deal.</p>"
        for n in range(16))
    text = extract.extract(_page(opening, "8 Comments"), options=OPTIONS).text
    assert "Paragraph 15 of a long article" in text
    assert "Reply number" not in text
