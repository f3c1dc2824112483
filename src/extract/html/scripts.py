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

# Han ideographs, kana and their compatibility and half-width forms; not Hangul, which is
# written with spaces between words.
_DENSE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f]")
# The same in UTF-8, told apart at memory speed where the regex is not: the lead bytes of
# U+3000-U+9FFF, and the first two bytes of U+F900-U+FAFF and U+FF40-U+FFBF.
_DENSE_LEADS = tuple(bytes((lead,)) for lead in range(0xE3, 0xEA))
_DENSE_FORMS = re.compile(rb"\xef[\xa4-\xab\xbd\xbe]")
_DENSE_WEIGHT = 3
# Share of the page's visible characters in those scripts from which it is read as theirs.
_DENSE_SHARE = 0.3


def weigh_script(page: Survey, html: str, markup: bytes) -> None:
    """Scale a surveyed page's lengths in place when it is written mostly without spaces.

    `markup` is the page as parsed (parse.markup_bytes): most pages are told apart by it alone.
    """
    total = page.text[0] if page.text else 0
    if not total or not _may_be_dense(markup) or _DENSE.search(html) is None:
        return
    if len(_DENSE.findall(html)) < _DENSE_SHARE * total:
        return
    weight = _DENSE_WEIGHT
    for lengths in (page.text, page.links, page.own, page.own_links):
        lengths[:] = [length * weight for length in lengths]


def _may_be_dense(markup: bytes) -> bool:
    """Whether UTF-8 markup may hold characters of those scripts (False: it holds none)."""
    return any(lead in markup for lead in _DENSE_LEADS) or (
        b"\xef" in markup and _DENSE_FORMS.search(markup) is not None)
