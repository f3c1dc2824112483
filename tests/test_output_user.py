"""Issue 17, what the output looks like: Markdown figures and addresses, numbered lists in
text, through the real entry point and the API."""
from __future__ import annotations

from pathlib import Path

import extract
from extract import Options

PROSE = "<p>" + "The council met on Tuesday to vote on the new flood park for the town. " * 8 + "</p>"
CLOSING = "<p>" + "Residents will be asked what they think of the plans before the summer. " * 8 + "</p>"


def _article(head: str, body: str) -> str:
    return f"<html><head><title>Flood park</title>{head}</head><body><article><h1>Flood park</h1>{PROSE}{body}{CLOSING}</article></body></html>"


def test_markdown_makes_addresses_absolute_against_the_canonical_url_and_puts_captions_after_images(
        tmp_path: Path, run_module) -> None:
    page = tmp_path / "saved.html"  # a saved page knows no URL: its canonical link anchors its addresses
    page.write_text(_article(
        '<link rel="canonical" href="https://news.test/2024/flood/park.html">',
        '<figure><figcaption>The park in spring</figcaption><img src="img/park.jpg" alt="Park"></figure>'
        '<p>Read <a href="../vote.html">the vote</a> and ' + "what the council said about it. " * 6 + "</p>"))
    result = run_module("--format", "markdown", "--links", "--images", str(page))
    assert result.code == 0, result
    assert "![Park](https://news.test/2024/flood/img/park.jpg)\n\n*The park in spring*" in result.stdout
    assert "[the vote](https://news.test/2024/vote.html)" in result.stdout


def test_links_resolve_against_base_then_the_page_url_in_text_and_tables() -> None:
    options = Options(links=True, images=True)
    body = ('<p>See <a href="other.html">the other story</a>, ' + "which the council read first. " * 6 + "</p>"
            '<table><tr><th>Item</th><th>Cost</th></tr><tr><td><a href="/costs">Land</a></td><td>3</td></tr></table>')
    based = extract.extract(_article('<base href="https://cdn.news.test/base/">', body), url="https://news.test/a/b.html", options=options)
    links = [link for block in based.blocks for link in block.links]
    assert links == [("the other story", "https://cdn.news.test/base/other.html")]
    table = next(block for block in based.blocks if block.rows)
    assert table.rows[1].cells[0].marks[0].url == "https://cdn.news.test/costs"
    plain = extract.extract(_article("", body), url="https://news.test/a/b.html", options=options)
    assert [link for block in plain.blocks for link in block.links] == [("the other story", "https://news.test/a/other.html")]


def test_text_numbers_the_items_of_ordered_lists(tmp_path: Path, run_module) -> None:
    page = tmp_path / "steps.html"
    page.write_text(_article("", "<ol><li>Write to the council.</li><li>Wait for the vote:<ul><li>in May</li>"
                                 "<li>or June</li></ul></li><li>Appeal.</li></ol><ul><li>A bullet.</li></ul>"))
    result = run_module(str(page))
    assert result.code == 0, result
    assert "1. Write to the council.\n2. Wait for the vote:\n  - in May\n  - or June\n3. Appeal.\n- A bullet." in result.stdout
