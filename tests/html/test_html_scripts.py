"""Pages written without spaces (html/scripts.py): which characters count as theirs."""
from __future__ import annotations

from extract.html.parse import markup_bytes
from extract.html.scripts import dense_characters

# Han ideographs, kana, CJK compatibility ideographs, half-width katakana.
DENSE_RANGES = ((0x3040, 0x30FF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0xFF66, 0xFF9F))


def _is_dense(code: int) -> bool:
    return any(low <= code <= high for low, high in DENSE_RANGES)


def test_every_character_of_those_scripts_counts_once_and_no_other_does() -> None:
    # Every code point from the CJK punctuation to the end of the BMP, with its neighbours
    # on both sides of each range (Hangul, Yijing hexagrams, full-width Latin) and the
    # replacement character the decoder leaves.
    codes = [code for code in range(0x2F00, 0xFFFE) if not 0xD800 <= code <= 0xDFFF]
    text = "".join(map(chr, codes)) + "plain text, é, \ufffd"
    assert dense_characters(markup_bytes(text)) == sum(map(_is_dense, codes))
    assert dense_characters(markup_bytes("Hangul 뉴스, a full stop 。 and ＡＢＣ")) == 0

