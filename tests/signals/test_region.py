"""The region figures the confidence model reads: the share of the region the body kept,
where the region ends and starts, the pieces the body was grown from, the headline left in
it, what the region's markup says."""
from __future__ import annotations

from extract import Options
from extract.html import analyse_html
from extract.html.evidence import Evidence
from extract.model import Block, BlockKind, Extraction, Page
from extract.signals.region import region_figures

PROSE = "The council voted for the new park after a long debate in the town hall, and work starts soon. "
FOOTER = "".join(f"<li><a href='/p{i}'>Page number {i} of the site</a></li>" for i in range(40))


def _paragraphs(count: int, word: str = "Part") -> str:
    """Distinct paragraphs (the engine keeps no paragraph twice)."""
    return "".join(f"<p>{word} {i}. {PROSE * 4}</p>" for i in range(count))


def _analysed(markup: str) -> tuple[Extraction, Evidence]:
    """The engine's extraction of one page and the figures it hands to signals/."""
    extraction, evidence = analyse_html(Page(markup), Options(detect_language=False))
    assert evidence is not None
    return extraction, evidence


def _figures(markup: str) -> tuple[float, ...]:
    """region_figures as the API computes them for one page."""
    extraction, evidence = _analysed(markup)
    blocks = list(extraction.blocks)
    return region_figures(evidence.stats, evidence.main, evidence.pieces, blocks, sum(len(b.text) for b in blocks),
                          extraction.metadata.title)


def _page(body: str, after: str = "") -> str:
    return f"<html><head><title>Flood defences</title></head><body>{body}{after}</body></html>"


def test_a_clean_article_is_kept_whole_from_one_piece() -> None:
    kept, _, pieces, title, *_ = _figures(_page(f"<article>{_paragraphs(4)}</article>"))
    assert 0.9 <= kept <= 1.0 and pieces == 1.0 and title == 0.0


def test_a_footer_after_the_region_moves_its_end_up_the_page() -> None:
    article = f"<article>{_paragraphs(4)}</article>"
    alone = _figures(_page(article))[1]
    followed = _figures(_page(article, f"<footer><ul>{FOOTER}</ul></footer>"))[1]
    assert followed < alone


def test_an_article_split_over_siblings_is_grown_from_several_pieces() -> None:
    first, second = (f"<div class='part'>{_paragraphs(6, word)}</div>" for word in ("Part", "Section"))
    figures = _figures(_page(f"<div>{first}<aside><ul>{FOOTER * 4}</ul></aside>{second}</div>"))
    assert figures[2] >= 2.0


def test_the_headline_counts_when_it_is_still_in_the_first_blocks() -> None:
    evidence = _analysed(_page(f"<article>{_paragraphs(2)}</article>"))[1]
    headed = [Block(BlockKind.HEADING, "Flood defences"), Block(BlockKind.PARAGRAPH, PROSE)]
    assert region_figures(evidence.stats, evidence.main, evidence.pieces, headed, 200, "Flood defences")[3] == 1.0
    assert region_figures(evidence.stats, evidence.main, evidence.pieces, headed[1:], 200, "Flood defences")[3] == 0.0
    assert region_figures(evidence.stats, None, 0, headed, 200, "Flood defences") == (0.0,) * 7


def test_a_region_after_a_long_header_starts_further_down_the_page() -> None:
    article = f"<article>{_paragraphs(4)}</article>"
    alone = _figures(_page(article))[5]
    headed = _figures(_page(f"<header><ul>{FOOTER}</ul></header>{article}"))[5]
    assert headed > alone


def test_the_verdict_of_the_regions_markup_is_read() -> None:
    named = _figures(_page(f"<div class='article-body'>{_paragraphs(4)}</div>"))[6]
    silent = _figures(_page(f"<div class='x'>{_paragraphs(4)}</div>"))[6]
    assert named > silent == 0.0
