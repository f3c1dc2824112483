"""--explain for HTML pages: what became of every candidate block, and why.

The candidates are the page as a reader sees it after hidden elements are gone (the whole
body read by the lenient builder, as reader comments are) plus the hidden elements
themselves. Each is then traced through the stages in order: hidden by the cleaner, left
outside the chosen region, left out by the block builder (with its rule), cut from the
head or tail of the body, cut after the declared articleBody ended (or replaced by it
where the page shows almost none of it), taken as the title or as a byline — or kept. Only runs when asked: the normal path pays nothing for it.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence

from ..model import Block, Decision, Explanation, PageKind
from .blocks import normalize

_STAGES = (
    ("agreement", "outside the article body the page declares (JSON-LD), or replaced by it"),
    ("title", "the headline: it is the title"),
    ("metadata", "byline or dateline: it is metadata"),
    ("address", "the page's own address printed as text"),
    ("scrap", "a few stray words are no article"),
)


class Trace:
    """What each stage of the engine left out, gathered while it runs."""

    def __init__(self) -> None:
        self.hidden: list[str] = []
        self.built: list[tuple[str, str]] = []  # the block builder's (text, rule)
        self.steps: list[list[Block]] = []  # the body before and after each of _STAGES
        self.page: list[Block] = []
        self.reading = ""
        self.region: str | None = None
        self.score: float | None = None

    def hide(self, texts: Iterable[str]) -> None:
        self.hidden.extend(text for text in (normalize(t) for t in texts) if text)

    def explanation(self, kept: Sequence[Block]) -> Explanation:
        decisions = [Decision(text, False, "clean", "hidden element") for text in self.hidden]
        fate = {block.text: Decision(block.text, True, "output") for block in kept if block.text}  # images: no text
        for text, rule in self.built:
            fate.setdefault(text, Decision(text, False, "blocks", rule))
        for (stage, rule), before, after in zip(_STAGES, self.steps, self.steps[1:]):
            remaining = {block.text for block in after}
            for block in before:
                if block.text not in remaining:
                    fate.setdefault(block.text, Decision(block.text, False, stage, rule))
        dropped = [decision for decision in fate.values() if not decision.kept]
        covered: set[str] = set()
        for block in (block for block in self.page if block.text):
            decision = fate.get(block.text) or _within(block.text, dropped) or Decision(
                block.text, False, "select", "outside the chosen region")
            covered.add(decision.text)
            decisions.append(Decision(block.text, decision.kept, decision.stage, decision.rule))
        # What the whole-page reading does not show as such (a table read as rows, a
        # subtree whose paragraphs were listed one by one) is listed once, at the end.
        decisions.extend(decision for text, decision in fate.items() if text not in covered)
        return Explanation(PageKind.HTML, tuple(decisions), self.reading, self.region, self.score)


def _within(text: str, dropped: list[Decision]) -> Decision | None:
    """The decision on a left-out subtree that holds this block of the page, if any."""
    return next((decision for decision in dropped if text in decision.text), None)
