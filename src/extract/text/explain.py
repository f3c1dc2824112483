"""--explain for plain-text pages: every unit of the page with its fate and the rule behind it.

The text engine decides by unit (a paragraph or a line): the headline and the byline and
date lines at the top become metadata, the main run of valuable units is the article, and
within it what the trimming or the per-unit checks leave out. The first rule that fits is
the one reported, in the order the engine applies them.
"""
from __future__ import annotations

from collections.abc import Collection

from ..model import Decision, Explanation, PageKind
from .features import Features


def _rule(index: int, f: Features, value: float, start: int, end: int, comments_at: int | None) -> tuple[str, str]:
    if comments_at is not None and index >= comments_at:
        return "classify", "reader comments (after a comments heading)"
    if index < start or index >= end:
        return "select", "outside the main run of prose"
    if f.copy or f.twin:
        return "classify", "repeat of an earlier line"
    if f.record:
        return "classify", "record of a repeated list (name then blurb, teasers)"
    if f.furniture or f.marker or f.links_heading:
        return "classify", "furniture (menu, share or follow line, navigation marker)"
    if f.meta:
        return "classify", "byline, dateline or picture credit"
    if value <= 0:
        return "select", "too little prose to keep (low value)"
    return "select", "trimmed at the edge of the main run"


def explain_units(texts: list[str], features: list[Features], values: list[float], kept: Collection[int],
                  headline: int | None, metadata_lines: Collection[int], start: int, end: int,
                  comments_at: int | None) -> Explanation:
    """The fate of every unit, in page order."""
    decisions = []
    for index, text in enumerate(texts):
        if index == headline:
            decisions.append(Decision(text, False, "title", "the headline: it is the title"))
        elif index in metadata_lines:
            decisions.append(Decision(text, False, "metadata", "byline or date line at the top"))
        elif index in kept:
            decisions.append(Decision(text, True, "output"))
        else:
            stage, rule = _rule(index, features[index], values[index], start, end, comments_at)
            decisions.append(Decision(text, False, stage, rule))
    return Explanation(PageKind.TEXT, tuple(decisions))
