"""Where the chosen region sits and what the body made of it: figures for the confidence model.

The engine's choice of region is where an extraction goes wrong before any line is
judged, and it leaves traces that cost nothing to read: how much of the region's text
the body kept (a body that is a sliver of its region, or holds far more, was cut or
grown on a guess), how far down the page the region ends (a region running to the end
takes the footer's neighbours with it), how many sibling pieces the body was grown from
(a split article is a guess about its parts), whether the headline still stands in the
body (it is taken out when the engine recognised it), how much the page hides, where the
region starts (far down: much came before it that the engine judged not the article) and
what the region's own markup said of it (a content name, a boilerplate one, nothing).
"""
from __future__ import annotations

from ..html.stats import Stats
from ..model import Block
from .structure import log

_TITLE_BLOCKS = 5  # the headline is looked for among the first blocks only, as the engine does


def region_figures(stats: Stats, main: int | None, pieces: int, blocks: list[Block], body_chars: int,
                   title: str | None) -> tuple[float, ...]:
    """The figures of the region and the body (see the module doc), in a fixed order;
    `pieces` as the engine counted them (html.evidence.Evidence)."""
    if main is None:
        return (0.0,) * 7
    page = stats.page
    region = page.text[main]
    key = (title or "").casefold()
    kept_title = bool(key) and any(key in block.text.casefold() for block in blocks[:_TITLE_BLOCKS])
    return (body_chars / region if region else 0.0, page.ends[main] / len(page.tags), float(pieces),
            float(kept_title), log(len(page.hidden)), main / len(page.tags), float(stats.evidence[main]))
