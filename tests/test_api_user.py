"""Issue 17, through the API: dates that do not depend on whether the URL is known, and
word counts per script."""
from __future__ import annotations

import extract

BODY = "<p>" + "The council met on Tuesday to vote on the new flood park for the town. " * 12 + "</p>"


def _page(head: str = "") -> str:
    return f"<html><head><title>Flood park</title>{head}</head><body><article><h1>Flood park</h1>{BODY}</article></body></html>"


def test_the_url_only_fills_in_a_missing_date() -> None:
    stated = _page('<meta property="article:published_time" content="2019-11-18T11:00:09+00:00">')
    url = "https://news.test/2019/11/19/flood-park"
    assert extract.extract(stated).date_published == extract.extract(stated, url=url).date_published
    assert extract.extract(stated, url=url).date_published.startswith("2019-11-18")
    assert extract.extract(_page(), url=url).date_published == "2019-11-19"


def test_word_count_counts_cjk_characters_and_the_schema_says_so() -> None:
    japanese = "<html><body><article><p>東京都は新しい公園を作ると発表しました。住民は喜んでいます。</p></article></body></html>"
    document = extract.extract(japanese)
    assert document.found and document.word_count == 28  # each character but the two 。, not 1 whitespace run
    description = extract.document_schema()["oneOf"][0]["properties"]["word_count"]["description"]
    assert "Chinese, Japanese" in description
