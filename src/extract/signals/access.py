"""Whether the page is behind a paywall, and whether the body is only its teaser.

Only what the page itself says and shows is used; nothing is ever fetched around a paywall.
Access is `paywalled` when the page declares its content not free (schema.org
`isAccessibleForFree: false`, on the article or on a locked part) or carries paywall
markup; `free` when it declares it free and shows no paywall; `unknown` otherwise.
The body is truncated when it is much shorter than the article body the page declares,
when it ends on a short subscription prompt, or when a paywalled page shows only a few
paragraphs.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from ..dom import text_of
from ..html.blocks import normalize
from ..html.stats import Stats
from ..html.survey import Survey
from ..html.vocab import INLINE_TAGS
from ..lexicon import alternation
from ..model import Access, Block
from .evidence import Declared

_SHORTER: Final = 0.6      # body under this share of the declared article body: a teaser
_DECLARED_MIN: Final = 600  # characters: a declared body shorter than this is a summary, not the text
_TEASER_WORDS: Final = 150
_PROMPT_MAX: Final = 300
_SHORT_BODY_WORDS: Final = 400
# Subscription prompts close teasers in many languages (the lexicon's stems), grouped by
# first letter: searched at every character of the closing lines, a quarter cheaper. The
# stems are lower-case and searched in lower-cased text: re.I would cost six times more.
_PROMPT: Final = re.compile(alternation("paywall.closing", "read_more.closing", grouped=True))


def access_of(declared: Declared, paywall_marks: int) -> Access:
    """What the page says about access (see the module doc)."""
    if declared.free is False or paywall_marks:
        return Access.PAYWALLED
    return Access.FREE if declared.free else Access.UNKNOWN


def _prompt(text: str) -> bool:
    return len(text) <= _PROMPT_MAX and _PROMPT.search(text.lower()) is not None


def closing_lines(stats: Stats, main: int | None, count: int = 3) -> list[str]:
    """The last few lines of text inside the chosen region (which the engine may have left
    out as boilerplate) and the first few after it: where a teaser's prompt sits."""
    if main is None:
        return []
    page = stats.page
    end = page.ends[main]
    inside, after = _lines(page, range(end - 1, main, -1), count), _lines(page, range(end, len(page.own)), count)
    return [normalize(text_of(page.elements[index])) for index in inside + after]


def _lines(page: Survey, positions: range, count: int) -> list[int]:
    """The first `count` of `positions` where a block's own text is (a loop that stops
    there: compiled, cheaper than a generator)."""
    own, tags = page.own, page.tags
    found: list[int] = []
    for index in positions:
        if len(found) == count:
            break
        if own[index] and tags[index] not in INLINE_TAGS:
            found.append(index)
    return found


def _words_below(blocks: list[Block], limit: int) -> int:
    """The body's words, counted only until `limit` is reached (a long article stops early)."""
    words = 0
    for block in blocks:
        words += len(block.text.split())
        if words >= limit:
            break
    return words


def truncation(blocks: list[Block], body_chars: int, access: Access, declared_chars: int,
               closing: Callable[[], list[str]]) -> str | None:
    """Why the body looks like a teaser, or None when it does not. A prompt among the
    `closing` lines counts on a paywalled page or a short body only: a newsletter box
    after a whole free article says nothing about the article, so on most pages the
    lines are never read (`closing` gives them when asked). `body_chars`: the blocks'
    characters."""
    if declared_chars >= _DECLARED_MIN and body_chars < _SHORTER * declared_chars:
        return f"the body holds {body_chars} of the {declared_chars} characters the page declares (JSON-LD articleBody)"
    if len(blocks) > 1 and _prompt(blocks[-1].text):
        return "a subscription prompt closes the text"
    paywalled = access is Access.PAYWALLED
    words = _words_below(blocks, _SHORT_BODY_WORDS)
    if not paywalled and words >= _SHORT_BODY_WORDS:
        return None  # most pages: a whole free article, whatever follows it
    if any(map(_prompt, closing())):
        return "a subscription prompt closes the text"
    if paywalled and words < _TEASER_WORDS:
        return "a paywalled page shows only a few lines"
    return None
