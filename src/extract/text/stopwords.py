"""Stop words per language (from the lexicon), and the page's language guessed from them.

Prose is full of function words ("the", "of", "und", "который"); menus, names and link
lists are not. The share of stop words in a block is the strongest single sign that it is
running text, so each main language has a short list of its most frequent function words
(lexicon/stopwords.py).
"""
from __future__ import annotations

import re
from collections import Counter

from ..lexicon import PHRASES, word_set

STOPWORDS: dict[str, frozenset[str]] = {
    language: word_set("stopwords", language) for language in PHRASES["stopwords"]
}
ALL_STOPWORDS: frozenset[str] = frozenset().union(*STOPWORDS.values())
_LANGUAGES_OF: dict[str, tuple[str, ...]] = {
    word: tuple(lang for lang, words in STOPWORDS.items() if word in words) for word in ALL_STOPWORDS
}
# \w leaves out combining vowel signs, which would cut the words of Indic scripts (and
# Arabic or Hebrew with their marks) into pieces; the dandas (U+0964/5) end sentences.
_LETTER = r"[\w\u0300-\u036f\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u0900-\u0963\u0966-\u0dff]"
_CLEAR_SHARE = 0.25  # a unit this full of the page's stop words needs no other language
WORD = re.compile(rf"{_LETTER}+(?:['’]{_LETTER}+)?")
# Scripts whose length is counted in characters: Chinese, Japanese, Korean, and the scripts
# of South-East Asia written without spaces between words (Thai, Lao, Myanmar, Khmer).
NO_SPACE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]")


def stop_share(tokens: list[str], stopwords: frozenset[str]) -> float:
    """The share of stop words among lower-cased tokens, in the page's language or, when
    higher, in the one language the unit itself is written in (a German post on a page
    whose menus and widgets are English)."""
    if not tokens:
        return 0.0
    own = sum(1 for token in tokens if token in stopwords)
    if own >= _CLEAR_SHARE * len(tokens):
        return own / len(tokens)
    counts = Counter(lang for token in tokens for lang in _LANGUAGES_OF.get(token, ()))
    return max(own, *counts.values(), 0) / len(tokens)


def page_languages(text: str, language: str) -> tuple[str, ...]:
    """The languages whose furniture phrases a page is read for: its own, English (which
    menus and widgets of every site print), and Chinese and Japanese when it is written in
    a script without spaces (they have no stop-word list to guess them by)."""
    spaced = ("en",) if language == "en" else ("en", language)
    return (*spaced, "zh", "ja") if NO_SPACE.search(text[:20000]) else spaced


def stopword_language(text: str) -> str:
    """Which stop-word list the page's prose is measured by: the language whose stop words
    are most frequent in the text ("en" when none are).

    Not the page's language (that fact is the API's, with the one detector in
    meta/language.py, for both engines and only when asked): this choice is needed on
    every page, costs one pass over its words, and picks among the lists there are.
    """
    counts = dict.fromkeys(STOPWORDS, 0)
    for word in WORD.findall(text[:20000].lower()):
        for lang in _LANGUAGES_OF.get(word, ()):
            counts[lang] += 1
    return max(counts, key=lambda lang: (counts[lang], lang == "en"))
