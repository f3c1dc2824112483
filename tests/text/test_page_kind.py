"""HTML or plain text is decided from the content (decode.page_kind), overridable by option."""
from __future__ import annotations


from extract import InputFormat, PageKind
from extract.decode import page_kind

ARTICLE = (
    "How To Centre A Box\n\n"
    "Many readers asked how to centre a box on a page. The short answer is that the outer "
    "element needs a fixed width, and the inner one is given automatic margins.\n\n"
    "Older pages used a table for this, and some still wrap everything in a <div> with a "
    "class of its own, which works but is hard to maintain.\n"
)


def test_html_page_is_html() -> None:
    assert page_kind("<!DOCTYPE html><html><head><title>x</title></head><body><p>Hi</p></body></html>") is PageKind.HTML


def test_html_fragment_is_html() -> None:
    assert page_kind("<div class='a'><p>One paragraph</p><p>Another</p></div>") is PageKind.HTML


def test_plain_text_is_text() -> None:
    assert page_kind(ARTICLE.replace("<div>", "div")) is PageKind.TEXT


def test_plain_text_mentioning_one_tag_is_text() -> None:
    assert page_kind(ARTICLE) is PageKind.TEXT


def test_plain_text_mentioning_two_tags_is_text() -> None:
    assert page_kind(ARTICLE + "\nA <p> inside a <span> is a mistake, a <br> is not.\n") is PageKind.TEXT


def test_the_option_overrides_the_content() -> None:
    assert page_kind(ARTICLE, InputFormat.HTML) is PageKind.HTML
    assert page_kind("<html><body><p>x</p></body></html>", InputFormat.TEXT) is PageKind.TEXT
