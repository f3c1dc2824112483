"""Who the body speaks as and to: pronouns and possessives of the first person ("I",
"my"), of the first person plural ("we", "our") and of the second person ("you", "your"),
per thousand words.

A business's page speaks as "we" to "you", a forum post or a diary as "I", a news report
mostly in the third person: what the markup does not tell apart, the voice often does
(lexicon/persons.py has the words). Only the body's first _SAMPLE characters are read,
counted at C speed (one translation, one split, one filter), so a long page costs no more
than a short one.
"""
from __future__ import annotations

from ..lexicon import word_set

_SAMPLE = 2000
_PERSONS = tuple(word_set(name) for name in ("pronoun_i", "possessive_my", "pronoun_we", "possessive_our",
                                             "pronoun_you", "possessive_your"))
_ANY = frozenset().union(*_PERSONS)
# Punctuation that clings to a word ("you,", "we'll", "(our"): spaces, so the word stands alone.
_PUNCTUATION = ".,;:!?()[]{}\"'\u2018\u2019\u201c\u201d\u00ab\u00bb/"
_APART = str.maketrans(_PUNCTUATION, " " * len(_PUNCTUATION))


def persons(text: str) -> tuple[float, ...]:
    """Pronouns and possessives of the first person, the first person plural and the
    second person (six figures, in that order) per thousand words of `text`'s start.

        >>> persons("We fix roofs. Call us and your roof is safe!")
        (0.0, 0.0, 200.0, 0.0, 0.0, 100.0)
    """
    words = text[:_SAMPLE].lower().translate(_APART).split()
    found = list(filter(_ANY.__contains__, words))  # a few words: the groups read only these
    per = 1000.0 / max(len(words), 1)
    return tuple(sum(map(group.__contains__, found)) * per for group in _PERSONS)
