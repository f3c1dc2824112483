"""Stop words per language (from the lexicon), and the page's language guessed from them.

Prose is full of function words ("the", "of", "und", "который"); menus, names and link
lists are not. The share of stop words in a block is the strongest single sign that it is
running text, so each main language has a short list of its most frequent function words
(lexicon/stopwords.py).
"""
from __future__ import annotations

import re

from .. import lexicon

STOPWORDS: dict[str, frozenset[str]] = {
    language: lexicon.words("stopwords", language) for language in lexicon.PHRASES["stopwords"]
}
ALL_STOPWORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, words in STOPWORDS.items() if word in words) for word in ALL_STOPWORDS
}
WORD = re.compile(r"\w+(?:['’]\w+)?")
CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")


def guess_language(text: str) -> str:
    """The language whose stop words are most frequent in the text ("en" when none are)."""
    counts = dict.fromkeys(STOPWORDS, 0)
    for word in WORD.findall(text[:20000].lower()):
        for lang in _LANGUAGES_OF.get(word, ()):
            counts[lang] += 1
    return max(counts, key=lambda lang: (counts[lang], lang == "en"))
