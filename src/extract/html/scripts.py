"""Lengths in the terms of the page's script.

The engine's thresholds (a short line, a short article, a long run of prose) are counted
in characters of text written with spaces between words. Chinese and Japanese are written
without them, and one of their characters carries about what three letters and a space do:
a short Chinese news item of 400 characters says as much as 1,200 characters of English.
On a page mostly in those scripts every length is scaled before it is weighed, so that one
set of thresholds judges every page alike (link density and shares are ratios: unchanged).
"""
from __future__ import annotations

import re

from .survey import Survey

# Those scripts: Han ideographs, kana and their compatibility and half-width forms
# (U+3040-U+30FF, U+3400-U+4DBF, U+4E00-U+9FFF, U+F900-U+FAFF, U+FF66-U+FF9F); not Hangul,
# which is written with spaces between words. They are counted in the page's UTF-8 markup,
# where byte searches run at memory speed and most pages are told apart without a regex:
# U+4000-U+9FFF are the characters led by bytes E4-E9 (less U+4DC0-U+4DFF, led by E4 B7);
# the rest start with E3 or EF and their second (and third) byte.
_HAN_LEADS = tuple(bytes((byte,)) for byte in range(0xE4, 0xEA))
_OTHER_BYTES = bytes(byte for byte in range(256) if not 0xE4 <= byte <= 0xE9)
_HEXAGRAMS = b"\xe4\xb7"
_KANA = re.compile(rb"\xe3[\x81-\x83\x90-\xbf]")
_FORMS = re.compile(rb"\xef(?:[\xa4-\xab]|\xbd[\xa6-\xbf]|\xbe[\x80-\x9f])")
_DENSE_WEIGHT = 3
# Share of the page's visible characters in those scripts from which it is read as theirs.
_DENSE_SHARE = 0.3


def weighed_length(text: str) -> int:
    """A text's length as a weighed page counts it: its characters in those scripts thrice.

    >>> weighed_length("Replies"), weighed_length("関連記事")
    (7, 12)
    """
    if text.isascii():
        return len(text)
    return len(text) + (_DENSE_WEIGHT - 1) * dense_characters(text.encode())


def weigh_script(page: Survey, markup: bytes) -> None:
    """Scale a surveyed page's lengths in place when it is written mostly without spaces;
    `markup` is the page as parsed (parse.markup_bytes)."""
    total = page.text[0] if page.text else 0
    if not total or dense_characters(markup) < _DENSE_SHARE * total:
        return
    weight = _DENSE_WEIGHT
    for lengths in (page.text, page.links, page.own, page.own_links):
        lengths[:] = [length * weight for length in lengths]


def dense_characters(markup: bytes) -> int:
    """How many characters of those scripts UTF-8 markup holds."""
    count = 0
    if any(lead in markup for lead in _HAN_LEADS):  # memchr: most pages stop here
        count = len(markup.translate(None, _OTHER_BYTES)) - markup.count(_HEXAGRAMS)
    if b"\xe3" in markup:
        count += len(_KANA.findall(markup))
    if b"\xef" in markup:
        count += len(_FORMS.findall(markup))
    return count
