"""The body's edges, where extractions go wrong: figures for the confidence model.

An extraction that fails on a good page usually fails at its edges: a "Related" label, a
share line or an author's note kept after the last paragraph, or a lead kept before the
first. The core of prose (paragraphs ending like sentences) is the body's most certain
part; the fringe before and after it, and the short unpunctuated lines inside it, are
where boilerplate that got through sits.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..model import Block

_PROSE = 80
_SHORT = 40
_SENTENCE_END = frozenset(".!?\u3002\uff01\uff1f:;\"'\u201d)")


@dataclass(frozen=True, slots=True)
class BodyFigures:
    """Lengths at the body's edges and the size of the fringe around its core of prose."""

    first: int = 0           # characters of the first text block
    last: int = 0            # of the last one
    before_last: int = 0     # of the one before it
    longest: int = 0
    texts: int = 0           # blocks with text
    short: int = 0           # of which short
    closed: bool = False     # the last block ends like a sentence
    colons: int = 0          # blocks ending with a colon: labels of what follows
    short_tail: int = 0      # short blocks among the last three
    open_tail: int = 0       # unpunctuated blocks among the last three
    short_head: int = 0      # short blocks among the first three
    prose: int = 0           # prose blocks (long, ending like a sentence)
    fringe_before: int = 0   # blocks before the first prose block, and their characters
    fringe_before_chars: int = 0
    fringe_after: int = 0    # after the last one
    fringe_after_chars: int = 0
    loose: int = 0           # short unpunctuated blocks between the first and last prose block


def body_figures(blocks: list[Block]) -> BodyFigures:
    """The figures of a body (see the module doc).

        >>> from extract.model import BlockKind
        >>> paragraph = "The council voted for the new park after a long debate in the town hall. " * 2
        >>> body = [Block(BlockKind.PARAGRAPH, paragraph), Block(BlockKind.PARAGRAPH, "Related stories")]
        >>> figures = body_figures(body)
        >>> figures.fringe_after, figures.closed, figures.short_tail
        (1, False, 1)
    """
    texts = [block.text for block in blocks if block.text]
    if not texts:
        return BodyFigures()
    lengths = list(map(len, texts))
    marks = [text.rstrip()[-1:] for text in texts]  # how each block ends
    closed = list(map(_SENTENCE_END.__contains__, marks))
    prose = [n >= _PROSE and end for n, end in zip(lengths, closed)]
    first = prose.index(True) if True in prose else len(texts)
    last = len(texts) - 1 - prose[::-1].index(True) if True in prose else -1
    loose = sum(1 for n, end in zip(lengths[first:last + 1], closed[first:last + 1]) if n < _SHORT and not end)
    short = list(map(_SHORT.__gt__, lengths))
    return BodyFigures(
        first=lengths[0], last=lengths[-1], before_last=lengths[-2] if len(texts) > 1 else 0,
        longest=max(lengths), texts=len(texts), short=sum(short), closed=closed[-1], colons=marks.count(":"),
        short_tail=sum(short[-3:]), open_tail=closed[-3:].count(False), short_head=sum(short[:3]),
        prose=prose.count(True), fringe_before=first, fringe_before_chars=sum(lengths[:first]),
        fringe_after=len(texts) - 1 - last if last >= 0 else len(texts),
        fringe_after_chars=sum(lengths[last + 1:]) if last >= 0 else sum(lengths), loose=loose,
    )
