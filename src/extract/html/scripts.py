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
_DENSE_WEIGHT = 3
# Share of the page's visible characters in those scripts from which it is read as theirs.
_DENSE_SHARE = 0.3


def weigh_script(page: Survey, html: str) -> None:
    """Scale a surveyed page's lengths in place when it is written mostly without spaces."""
    total = page.text[0] if page.text else 0
    if not total or _DENSE.search(html) is None:  # most pages: one scan at C speed
        return
    if len(_DENSE.findall(html)) < _DENSE_SHARE * total:
        return
    weight = _DENSE_WEIGHT
    for lengths in (page.text, page.links, page.own, page.own_links):
        lengths[:] = [length * weight for length in lengths]
