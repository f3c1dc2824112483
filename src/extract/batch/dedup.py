"""--dedup: drop documents that repeat an earlier one of the batch, exactly or nearly.

Exact: the same words (lower-cased `\\w+` tokens) in the same order, by a 128-bit hash.
Near: 64-bit SimHash (Charikar 2002) over word 4-shingles, two documents being near
duplicates when their fingerprints differ in at most 3 bits, the setting Manku, Jain and
Das Sarma (2007) found right for web pages. Candidates are found without comparing every
pair: split in 4 bands of 16 bits, two fingerprints within 3 bits agree on a whole band
(pigeonhole), so each document is compared only with those sharing a band.

The first document in input order is kept; later ones become duplicate records naming
it. Documents without an article are never duplicates. Texts under 20 words are too short
for a meaningful fingerprint and are only matched exactly. Memory: about 300 bytes per
kept document.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from hashlib import blake2b

from .records import Outcome, Status

_WORD = re.compile(r"\w+")
_SHINGLE = 4
_MIN_NEAR_WORDS = 20
_BANDS, _BAND_BITS = 4, 16
_BAND_MASK = (1 << _BAND_BITS) - 1


def _hash64(text: str) -> int:
    return int.from_bytes(blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


def simhash(features: Iterable[int]) -> int:
    """The 64-bit SimHash of feature hashes: bit b is set when most features have it set.

    The 64 per-bit counters are kept bit-sliced (plane j holds bit j of every counter), so
    adding a feature is a few big-integer operations instead of a loop over 64 bits.
    """
    planes: list[int] = []
    count = 0
    for carry in features:
        count += 1
        for j, plane in enumerate(planes):
            if not carry:
                break
            planes[j] = plane ^ carry
            carry &= plane
        if carry:
            planes.append(carry)
    signature = 0
    for bit in range(64):
        counter = 0
        for j, plane in enumerate(planes):
            counter |= ((plane >> bit) & 1) << j
        if 2 * counter > count:
            signature |= 1 << bit
    return signature


def fingerprints(text: str) -> tuple[bytes, int | None]:
    """(exact hash, SimHash or None when the text is too short to have a meaningful one)."""
    words = _WORD.findall(text.lower())
    exact = blake2b(" ".join(words).encode("utf-8"), digest_size=16).digest()
    if len(words) < _MIN_NEAR_WORDS:
        return exact, None
    shingles = {" ".join(words[i:i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}
    return exact, simhash(_hash64(shingle) for shingle in shingles)


class Dedup:
    """The documents seen so far; `check` tells whether a new one repeats one of them."""

    def __init__(self, max_distance: int = 3) -> None:
        self.max_distance = max_distance
        self._exact: dict[bytes, str] = {}
        self._bands: dict[int, list[tuple[int, str]]] = {}

    def check(self, source: str, text: str) -> tuple[str, str] | None:
        """("exact" | "near", earlier source) when `text` repeats an earlier document;
        otherwise None, and the document is remembered."""
        exact, near = fingerprints(text)
        if (earlier := self._exact.get(exact)) is not None:
            return "exact", earlier
        if near is not None and (earlier := self._near(near)) is not None:
            return "near", earlier
        self._exact[exact] = source
        if near is not None:
            for key in _band_keys(near):
                self._bands.setdefault(key, []).append((near, source))
        return None

    def filter(self, results: Iterable[Outcome]) -> Iterator[Outcome]:
        """The results, with later copies turned into duplicate records."""
        for result in results:
            if result.status is Status.OK and result.document is not None:
                if (match := self.check(result.source, result.document.text)) is not None:
                    result.similarity, result.duplicate_of = match
                    result.document = None
            yield result

    def _near(self, signature: int) -> str | None:
        for key in _band_keys(signature):
            for other, source in self._bands.get(key, ()):
                if (signature ^ other).bit_count() <= self.max_distance:
                    return source
        return None


def _band_keys(signature: int) -> list[int]:
    return [(band << _BAND_BITS) | ((signature >> (band * _BAND_BITS)) & _BAND_MASK) for band in range(_BANDS)]
