"""Issue 7, item 2: properties that hold for any page (hypothesis).

For any generated HTML or plain text: extract() returns a Document (or raises only the
library's own ExtractError); every word of its output occurs in the input's text; and
extracting its own text output again does not make the text grow.
"""
from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree

import extract
from extract import InputFormat, Options
from extract.html.clean import clean, drop
from extract.html.parse import parse
from extract.html.survey import survey

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])

WORDS = st.sampled_from(
    ["the", "council", "voted", "to", "turn", "rail", "yard", "into", "a", "flood", "park", "mayor", "said", "work", "start", "spring", "café", "naïve", "Ελλάδα", "данные", "東京", "2024", "100%", "&", "<", ">", '"', "'", "—", "…", "read", "more", "share"]
)
SENTENCE = st.lists(WORDS, min_size=1, max_size=40).map(" ".join)
BLOCK_TAGS = ["p", "div", "h1", "h2", "li", "blockquote", "pre", "td", "span", "a", "b", "article",
              "section", "nav", "footer", "header", "aside", "figure", "figcaption", "script", "style"]
ATTRS = st.sampled_from(["", ' class="content"', ' class="nav menu"', ' id="main"', ' hidden',
                         ' style="display:none"', ' href="/x"', ' role="article"'])


@st.composite
def html_pages(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 6))):
        if depth < 4 and draw(st.booleans()):
            tag = draw(st.sampled_from(BLOCK_TAGS))
            inner = draw(html_pages(depth + 1))
            parts.append(f"<{tag}{draw(ATTRS)}>{inner}</{tag}>")
        else:
            parts.append(escape(draw(SENTENCE)))
    body = "".join(parts)
    if depth:
        return body
    title = escape(draw(SENTENCE))
    return f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>"


def escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# Free text and markup-looking text, including control characters and lone surrogates'
# replacements: anything a str page may hold.
ANY_TEXT = st.one_of(
    st.text(max_size=2000),
    st.lists(st.one_of(SENTENCE, st.sampled_from(["\n", "\n\n", "<p>", "</p>", "<div>", "<br>", "\t", "\x00"])),
             max_size=60).map("".join),
)
FORMATS = st.sampled_from(list(InputFormat))


def squash(text: str) -> str:
    """Text without whitespace and without the invisible characters (soft hyphens,
    zero-width spaces) both engines drop, as a reader sees it: "co\xadop" reads "coop"."""
    return re.sub(r"[\s\u200b\u200c\u200d\u2060\ufeff\xad]+", "", text)


def input_text(page: str, kind: extract.PageKind) -> str:
    """The text a reader of the input sees: every text node of the tree but those of what a
    browser never shows (script, style, hidden elements: html/clean.py), or the text itself.
    Leaving out something invisible may join the words around it, as a browser does."""
    if kind is extract.PageKind.HTML:
        root = parse(page)
        if root is None:
            return ""
        clean(root)
        drop(survey(root).hidden)
        return "".join(root.itertext())
    return page


def check(page: str, options: Options) -> extract.Document:
    try:
        document = extract.extract(page, options=options)
    except extract.ExtractError:
        raise AssertionError("a str page within the size limit must give a document") from None
    assert isinstance(document.text, str)
    source = squash(input_text(page, document.input_kind))
    # Words, not the marks the renderer adds ("- " before a list item): every run of word
    # characters. Whitespace may be added between blocks or normalised away: compare without.
    for word in re.findall(r"\w+", document.text):
        assert word in source, (word, document.text[:500])
    return document


def check_does_not_grow(document: extract.Document) -> None:
    if not document.text:
        return
    again = extract.extract(document.text)
    assert len(again.text) <= len(document.text), (document.text[:300], again.text[:300])
    # Words as \w+ runs: "the<p>the" in a text page's markup is one whitespace run but two
    # words once read as HTML.
    assert len(re.findall(r"\w+", again.text)) <= len(re.findall(r"\w+", document.text))


@SETTINGS
@given(html_pages(), FORMATS)
def test_generated_html(page: str, input_format: InputFormat) -> None:
    check_does_not_grow(check(page, Options(input_format=input_format)))


@SETTINGS
@given(ANY_TEXT, FORMATS)
def test_any_text(page: str, input_format: InputFormat) -> None:
    check_does_not_grow(check(page, Options(input_format=input_format)))


@SETTINGS
@given(st.binary(max_size=3000), FORMATS)
def test_any_bytes_never_raise_anything_but_extract_errors(page: bytes, input_format: InputFormat) -> None:
    try:
        document = extract.extract(page, options=Options(input_format=input_format))
    except extract.ExtractError:
        return
    assert isinstance(document.text, str)


def test_parse_keeps_entities_unresolved() -> None:
    page = '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><p>a &x; b</p>'
    root = parse(page)
    assert root is not None
    assert "root:" not in etree.tostring(root, encoding=str)
