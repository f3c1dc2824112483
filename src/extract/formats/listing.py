"""--explain as people read it: one line per candidate block, kept or dropped and why.

    + output                      | Port Ellery's council has voted to turn the town's…
    - select: outside the chosen region | Share on Facebook Share on X…

Written to stderr beside text and Markdown output (JSON carries the same facts in `explain`).
"""
from __future__ import annotations

from ..model import Explanation

_WIDTH = 70


def explain_listing(explanation: Explanation) -> str:
    """The explanation as an annotated listing, headed by the engine's reading and region."""
    head = f"explain: {explanation.engine} engine"
    if explanation.reading:
        head += f", read as {explanation.reading}"
    if explanation.region:
        head += f", region {explanation.region} (score {explanation.score:g})"
    lines = [head]
    for decision in explanation.decisions:
        text = " ".join(decision.text.split())
        text = text if len(text) <= _WIDTH else text[: _WIDTH - 1] + "…"
        verdict = "+ kept" if decision.kept else f"- {decision.stage}: {decision.rule}"
        lines.append(f"{verdict:<60} | {text}")
    return "\n".join(lines)
