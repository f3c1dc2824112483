"""Lines that are the page's furniture, not its text, whatever the markup around them:
interface lines (share, print, read more…), photo credits and agencies' attributions,
captions that carry a credit or a slideshow's counter, and a slideshow's counter alone.

The builder (blocks.py) asks about every block it reads; most lines are told apart at once
by their length.
"""
from __future__ import annotations

import re

from ..lexicon import alternation, phrases
from ..model import BlockKind

# Short lines that are interface, not article, in any article. Grouped by first letter:
# tried on most lines of a page, the ungrouped hundreds of phrases cost twice as much.
_CHROME_LINES = alternation(
    "sharing.line", "read_more.line", "advert.line", "sponsored.line", "related.line", "follow.line",
    "newsletter.line", "comment_prompt.line", "navigation.line", "interface.line", "tags.line",
    "embed_notice.line", grouped=True,
)
_CHROME = re.compile(
    rf"^(?:{_CHROME_LINES}|\d* ?(?:{alternation('comments.line', grouped=True)}))\W*$|"
    rf"^(?:{alternation('tags.lead', grouped=True)})\s*[:：]|"
    r"^\[\w+[^\]]*\].*\[/\w+\]$",
    re.I,
)
# Photo credits and attributions: a caption's tail, not article text. Its lead is matched
# at the start, its tail searched in the last few characters only, which an agency's name
# cannot be longer than (a phrase's pattern is never shorter than what it matches).
_CREDIT_LEAD = re.compile(
    rf"\(?(?:(?:{alternation('credit.lead')})s?(?: (?:{alternation('credit_suffix.lead')}))?\s*[:©]|"
    rf"{alternation('credit.bare')}|©)",
    re.I,
)
_CREDIT_TAIL = re.compile(rf"(?:{alternation('credit_agency.tail')})\)?$", re.I)
_CREDIT_TAIL_MAX = max(map(len, phrases("credit_agency.tail"))) + 2  # ")", and "$" before a final newline


def _is_credit(text: str) -> bool:
    """Whether a line is a photo credit or an agency's attribution (see _CREDIT_LEAD)."""
    return _CREDIT_LEAD.match(text) is not None or _CREDIT_TAIL.search(
        text, max(len(text) - _CREDIT_TAIL_MAX, 0)) is not None


_CHROME_KINDS = (BlockKind.PARAGRAPH, BlockKind.LIST_ITEM)
_CHROME_MAX = 120
_CREDIT_MAX = 100
_CREDITED_MAX = 250
# A © after a space or a bracket, not at the start (a copyright line), nor after a letter
# (mojibake: UTF-8's "é" read as cp1250 is "Ă©").
_CREDIT_SIGN = re.compile(r"(?<=[\s(|/])©")
# A credit run into a short paragraph after its sentence ("... the main hill. Photo: Name").
_RUN_IN = re.compile(rf"(?<=[.!?)] )(?:{alternation('credit.caption')})s?\s*:", re.I)
_CAPTION_CREDIT = re.compile(
    rf"\b(?:{alternation('credit.caption')})s?\s*:|{alternation('credit_agency.caption')}|©|"
    # a credit span run into the caption
    rf"(?-i:(?<=[a-z.])(?:{alternation('credit.run_in').title()})s?\s*:)",
    re.I,
)
# A slideshow's counter ("1 of 4", "2/12") opening a caption: a gallery, not the story.
_GALLERY_COUNTER = re.compile(rf"^\d{{1,3}}\s*(?:{alternation('counter_of')}|/)\s*\d{{1,3}}(?!\d)")
# ... or alone on its line, after at most one word ("Image 1 of 5"): the slideshow's own
# furniture, whatever the word. Only with the counter's word: "Ends 4/30" is a date. Lines
# longer than _COUNTER_MAX cannot be one, and are not tried.
_COUNTER_MAX = 30
_COUNTER_LINE = re.compile(rf"^(?:[^\W\d_]+\s+)?\d{{1,3}}\s+(?:{alternation('counter_of')})\s+\d{{1,3}}$")


def furniture(text: str, kind: BlockKind) -> str | None:
    """Why a block of this kind and text is furniture (the rule --explain shows), or None."""
    if kind in _CHROME_KINDS and len(text) < _CHROME_MAX and _CHROME.search(text):
        return "interface line (share, print, read more…)"
    if len(text) < _CREDIT_MAX and _is_credit(text):
        return "credit line"
    if len(text) < _COUNTER_MAX and _COUNTER_LINE.match(text):
        return "gallery counter"
    if kind is BlockKind.PARAGRAPH and len(text) < _CREDITED_MAX and (
            _CREDIT_SIGN.search(text) is not None or _RUN_IN.search(text) is not None):
        # A short line with a credit after its text is a picture's caption set as a
        # paragraph (a copyright line starts with its ©, and goes with the tail).
        return "caption with a photo credit or gallery counter"
    if kind is BlockKind.CAPTION and (_CAPTION_CREDIT.search(text) or _GALLERY_COUNTER.match(text)):
        # A caption carrying a photo credit describes an agency picture, not the story;
        # one numbered in a slideshow belongs to the gallery.
        return "caption with a photo credit or gallery counter"
    return None
