"""The figures the trust models read: the runner-up region, the body's edges, microdata, the address."""
from __future__ import annotations

from pathlib import Path

import extract.api as api
from extract import Options, extract
from extract.model import Block, BlockKind
from extract.signals.body import body_figures
from extract.signals.markup import microdata_types
from extract.signals.structure import _second_best, path_kinds

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


def test_microdata_types_are_read_from_the_markup_whatever_the_quoting() -> None:
    types, marks = microdata_types("<li itemscope itemtype='http://schema.org/Product'>"
                                   "<div itemtype = \"https://schema.org/Offer/\"><p>itemtype is a word too</p>"
                                   "<p itemscope itemtype='https://schema.org/Person'>Zoë Ärger</p>".encode())
    assert types == {"product", "offer", "person"} and marks == 4


def test_the_address_names_the_kind_of_page_by_its_segments() -> None:
    collection = path_kinds("https://shop.test/collections/summer-sale")
    assert collection[5] == 1.0 and sum(collection) == 1.0  # a section before the last segment
    assert path_kinds("https://law.test/pricing/")[13] == 1.0  # the last segment, whole
    assert path_kinds("https://law.test/about-us")[13] == 1.0  # one of its words
    assert path_kinds("https://news.test/2024/05/council-votes-park.html") == (0.0,) * 14
    assert path_kinds(None) == path_kinds("https://news.test/") == (0.0,) * 14
