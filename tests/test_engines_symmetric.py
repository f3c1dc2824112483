"""Symmetric engines (issue 11): each engine turns a Page into an Extraction and the API
completes the facts the same way for both: text pages get metadata too, and the language
comes from the one detector (meta/language.py), once a page, only when asked."""
from __future__ import annotations

import pytest

from extract.meta import language
from extract import InputFormat, Options, extract
from extract.html import extract_html
from extract.model import Origin, Page, PageKind
from extract.text import extract_text

BODY = ("Der Stadtrat hat am Montag den Plan für die neue Brücke über den Fluss beschlossen. "
        "Die Arbeiten sollen im Frühjahr beginnen und zwei Jahre dauern, sagte die Bürgermeisterin. ") * 4
TEXT_PAGE = f"Neue Brücke beschlossen\n\nBy Anna Berg\n\nPublished May 21, 2024\n\n{BODY}\n"
HTML_PAGE = f"<html><body><article><h1>Neue Brücke beschlossen</h1><p>{BODY}</p></article></body></html>"
PAGES = {PageKind.TEXT: (TEXT_PAGE, InputFormat.TEXT), PageKind.HTML: (HTML_PAGE, InputFormat.HTML)}


def test_a_text_page_gets_its_metadata_from_the_api() -> None:
    document = extract(TEXT_PAGE, options=Options(input_format=InputFormat.TEXT, detect_language=False))
    assert (document.title, document.authors, document.date_published) == (
        "Neue Brücke beschlossen", ("Anna Berg",), "2024-05-21")
    assert "Anna Berg" not in document.text and "Published" not in document.text


@pytest.mark.parametrize("kind", list(PAGES))
def test_the_engines_leave_the_language_to_the_api(kind: PageKind) -> None:
    text, _ = PAGES[kind]
    engine = extract_text if kind is PageKind.TEXT else extract_html
    extraction = engine(Page(text, Origin(input_kind=kind)), Options())
    assert extraction.blocks and extraction.metadata.language is None


@pytest.mark.parametrize("kind", list(PAGES))
def test_one_detector_once_a_page_and_only_when_asked(kind: PageKind, monkeypatch) -> None:
    text, input_format = PAGES[kind]
    calls: list[str] = []
    # Counted at the model, not by replacing detect_language: compiled callers (setup.py)
    # call the function they were built with, whatever the module's name now points to.
    model = type(language._identifier())
    classify = model.classify
    monkeypatch.setattr(model, "classify", lambda self, body: calls.append(body) or classify(self, body))
    assert extract(text, options=Options(input_format=input_format)).language == "de"
    assert len(calls) == 1
    assert extract(text, options=Options(input_format=input_format, detect_language=False)).language is None
    assert len(calls) == 1
