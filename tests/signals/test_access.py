"""Access and truncation, on pages written for the purpose: what the page declares and
shows, never anything fetched."""
from __future__ import annotations

import json

from extract import Access, Options, extract

PARAGRAPH = "The council met on Tuesday to discuss the flood defences, which residents say came too late. "
OPTIONS = Options(detect_language=False)


def paragraphs(count: int, repeat: int) -> str:
    """Distinct paragraphs (the engine keeps no paragraph twice)."""
    return "".join(f"<p>Part {i}. {PARAGRAPH * repeat}</p>" for i in range(count))


def page(body: str, head: str = "") -> str:
    return f"<html><head><title>Floods</title>{head}</head><body><article><h1>Floods</h1>{body}</article></body></html>"


def ld(data: dict[str, object]) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_page_without_evidence_is_unknown_and_whole() -> None:
    document = extract(page(paragraphs(4, 6)), options=OPTIONS)
    assert document.access is Access.UNKNOWN
    assert not document.truncated and document.truncation is None


def test_declared_free_is_free() -> None:
    head = ld({"@type": "NewsArticle", "headline": "Floods", "isAccessibleForFree": True})
    assert extract(page(paragraphs(4, 6), head), options=OPTIONS).access is Access.FREE


def test_declared_not_free_on_a_locked_part_is_paywalled() -> None:
    head = ld({"@type": "NewsArticle", "headline": "Floods", "isAccessibleForFree": "False",
               "hasPart": {"@type": "WebPageElement", "isAccessibleForFree": "False", "cssSelector": ".locked"}})
    document = extract(page(f"<p>{PARAGRAPH * 3}</p>", head), options=OPTIONS)
    assert document.access is Access.PAYWALLED
    assert document.truncated and "paywalled" in document.truncation


def test_paywall_markup_is_paywalled() -> None:
    body = paragraphs(3, 8) + '<div class="article-paywall"><a href="/join">Join</a></div>'
    document = extract(page(body), options=OPTIONS)
    assert document.access is Access.PAYWALLED
    assert not document.truncated  # the whole text is there: a paywall that lets this page through


def test_a_body_much_shorter_than_the_declared_article_body_is_truncated() -> None:
    declared = PARAGRAPH * 40
    head = ld({"@type": "NewsArticle", "headline": "Floods", "articleBody": declared})
    document = extract(page(f"<p>{PARAGRAPH * 6}</p>", head), options=OPTIONS)
    assert document.truncated and "articleBody" in document.truncation


def test_a_subscription_prompt_closing_the_text_means_truncated() -> None:
    body = paragraphs(2, 5) + "<p>Subscribe to continue reading this story.</p>"
    document = extract(page(body), options=OPTIONS)
    assert "Subscribe" not in document.text  # the engine leaves the prompt out; signals still see it
    assert document.truncated and document.truncation == "a subscription prompt closes the text"


def test_a_newsletter_box_after_a_whole_article_is_no_truncation() -> None:
    body = paragraphs(8, 5) + "<p>Subscribe to our newsletter for the week's news.</p>"
    assert not extract(page(body), options=OPTIONS).truncated


def test_a_prompt_in_capitals_is_a_prompt() -> None:
    body = paragraphs(2, 5) + "<p>SUBSCRIBE TO CONTINUE READING THIS STORY.</p>"
    assert extract(page(body), options=OPTIONS).truncation == "a subscription prompt closes the text"
