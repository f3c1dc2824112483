"""Who the body speaks as and to: pronouns and possessives of the first person ("I",
"my"), of the first person plural ("we", "our") and of the second person ("you", "your"),
per thousand words.

A business's page speaks as "we" to "you", a forum post or a diary as "I", a news report
mostly in the third person: what the markup does not tell apart, the voice often does
(lexicon/persons.py has the words). Only the body's first SAMPLE characters are read,
in a few C-speed passes (a few replacements, one split) and a set lookup a word, so a long
page costs no more than a short one.
"""
from __future__ import annotations

from typing import Final

from ..lexicon import word_set

SAMPLE: Final = 1000
_NAMES: Final = ("pronoun_i", "possessive_my", "pronoun_we", "possessive_our", "pronoun_you", "possessive_your")
# Each word as written, capitalised or in capitals -> its group: no lower() of the text.
_GROUP: Final = {variant: group for group, name in enumerate(_NAMES) for word in word_set(name)
                  for variant in (word, word.capitalize(), word.upper())}
_WORDS: Final = frozenset(_GROUP)
_INITIALS: Final = frozenset(word[0] for word in _GROUP)  # a small set, cheap to miss in
# Punctuation that clings to a word ("you,", "we'll", "(our"): spaces, so the word stands alone.
# Replaced mark by mark (str.translate takes a slow path on any text that is not ASCII).
_PUNCTUATION: Final = ".,;:!?()[]{}\"'\u2018\u2019\u201c\u201d\u00ab\u00bb/"


def persons(text: str) -> tuple[float, ...]:
    """Pronouns and possessives of the first person, the first person plural and the
    second person (six figures, in that order) per thousand words of `text`'s start.

        >>> persons("We fix roofs. Call us and your roof is safe!")
        (0.0, 0.0, 200.0, 0.0, 0.0, 100.0)
    """
    text = text[:SAMPLE]
    for mark in _PUNCTUATION:
        if mark in text:
            text = text.replace(mark, " ")
    words = text.split()
    counts = [0] * len(_NAMES)
    for word in words:  # compiled; most words miss, at their first character
        if word[0] in _INITIALS and word in _WORDS:
            counts[_GROUP[word]] += 1
    per = 1000.0 / max(len(words), 1)
    return tuple(count * per for count in counts)
