"""The figures the trust models read: the runner-up region, the body's edges, link shapes."""
from __future__ import annotations

from pathlib import Path

import extract.api as api
from extract import Options, extract
from extract.model import Block, BlockKind
from extract.signals.body import body_figures
from extract.signals.markup import link_figures, microdata_types
from extract.signals.structure import _second_best
from lxml import etree

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
PROSE = "The council voted for the new park after a long debate in the town hall, and work starts soon."


def _evidence(markup: str):
    """The engine's figures for one page, as the API hands them to signals/."""
    seen = []
    original = api.assess
    api.assess = lambda evidence, extraction, url: seen.append(evidence) or original(evidence, extraction, url)
    try:
        extract(markup, options=Options(detect_language=False))
    finally:
        api.assess = original
    return seen[0]


def test_the_runner_up_is_the_best_region_neither_inside_nor_around_the_choice() -> None:
    for path in sorted(SAMPLES.glob("*.html")):
        evidence = _evidence(path.read_text(encoding="utf-8", errors="replace"))
        stats, main = evidence.stats, evidence.main
        if main is None:
            continue
        ends = stats.page.ends
        outside = [score for index, score in enumerate(stats.score)
                   if index >= ends[main] or (index < main and ends[index] <= main)]
        assert _second_best(stats, main) == max([*outside, 0.0]), path.name


def test_lines_after_the_last_paragraph_are_the_bodys_fringe() -> None:
    clean = [Block(BlockKind.PARAGRAPH, PROSE), Block(BlockKind.PARAGRAPH, PROSE)]
    left_over = [*clean, Block(BlockKind.PARAGRAPH, "Share this"), Block(BlockKind.PARAGRAPH, "Related stories")]
    assert body_figures(clean).fringe_after == 0 and body_figures(clean).closed
    figures = body_figures(left_over)
    assert (figures.fringe_after, figures.fringe_after_chars, figures.short_tail) == (2, 25, 2)
    assert body_figures([]).texts == 0


def test_links_are_counted_by_the_shape_of_their_target() -> None:
    page = etree.fromstring(
        "<div><a href='#top'>Top</a><a href='mailto:desk@news.test'>Mail</a>"
        "<a href='https://news.test/2024/a-long-story-slug'>Own</a><a href='//cdn.test/x'>Other</a>"
        "<a href='/search?q=park'>Search</a><a href='#top'>Top again</a></div>")
    phone, mail, fragment, other, query, slug, targets, links = link_figures(list(page), "news.test")
    assert (phone, mail, fragment, other, query, slug) == (0, 1, 2, 1, 1, 1)
    assert (targets, links) == (5, 6)


def test_microdata_types_are_read_from_the_markup_whatever_the_quoting() -> None:
    types, marks = microdata_types("<li itemscope itemtype='http://schema.org/Product'>"
                                   "<div itemtype = \"https://schema.org/Offer/\"><p>itemtype is a word too</p>")
    assert types == {"product", "offer"} and marks == 3
