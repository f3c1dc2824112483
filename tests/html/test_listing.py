"""A page read as a listing keeps its items, links and all; menus and teasers beside an
article are still judged by their links (select.item_positions)."""
from __future__ import annotations

from pathlib import Path

import pytest

import extract
from extract import Options

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "listing"
OPTIONS = Options(detect_language=False)


@pytest.mark.parametrize("page", sorted(GOLDEN.glob("*.html")), ids=lambda page: page.stem)
def test_a_listing_keeps_every_item(page: Path) -> None:
    # listing-link-cards: items that are all links; listing-wrapped-cards: each item is
    # one link wrapped around its blocks, which on an article page marks a teaser.
    text = extract.extract(page.read_bytes(), options=OPTIONS).text
    assert text == page.with_suffix(".txt").read_text(encoding="utf-8").rstrip("\n")


def test_menu_entries_are_not_items() -> None:
    menu = "".join(f"<li><a href='/s/{i}'>Section {i}</a></li>" for i in range(12))
    card = ("<div class='card'><a href='/n/{0}'>A headline of some length, number {0}</a>"
            "<p>A blurb of the story number {0}, which says what it is about in a sentence.</p></div>")
    page = f"<html><body><ul class='x'>{menu}</ul><div>{''.join(card.format(i) for i in range(4))}</div></body></html>"
    text = extract.extract(page, options=OPTIONS).text
    assert "A headline of some length, number 0" in text and "number 3" in text
    assert "Section 1" not in text


def test_a_declared_article_is_not_read_for_items() -> None:
    # Teasers that are all links beside a short story: the items of a listing page, but
    # not on a page that declares itself one article.
    story = ("<p>The council met on Monday and agreed the budget, after a debate of three hours.</p>"
             "<p>Most of the new money goes to the harbour, whose sea wall was breached in the winter storms.</p>"
             "<p>The opposition voted against, saying the rise in the parking charges had not been explained.</p>")
    teasers = "".join(f"<li><h3><a href='/n/{i}'>Another story from the coast this week, number {i}</a></h3>"
                      f"<a href='/n/{i}'>More</a></li>" for i in range(8))
    texts = {}
    for kind in ("article", "website"):
        head = f"<head><meta property='og:type' content='{kind}'></head>"
        page = f"<html>{head}<body><div>{story}<ul>{teasers}</ul></div></body></html>"
        texts[kind] = extract.extract(page, options=OPTIONS).text
    assert "The council met on Monday" in texts["article"]
    assert "Another story from the coast" not in texts["article"]
    assert "Another story from the coast this week, number 7" in texts["website"]


def test_a_menu_of_short_links_does_not_outweigh_a_short_story() -> None:
    # Class names that say nothing (hashed by a CSS-in-JS build): on a page read as a
    # listing, hundreds of one-word menu links count for nothing, so the region chosen is
    # the one around the story, not the whole page; the wrappers between that region and
    # the story, mostly sidebar links, are not dropped whole, since they hold its prose.
    page = (GOLDEN.parent / "hashed" / "mega-menu-and-sidebar.html").read_bytes()
    document = extract.extract(page, options=Options(detect_language=False, explain=True))
    assert document.explanation is not None and document.explanation.reading == "listing"
    assert document.explanation.region not in ("/html", "/html/body")
    assert document.text.startswith("Staff at the home care service in Brookside")
    assert "Finance" not in document.text and "January" not in document.text
