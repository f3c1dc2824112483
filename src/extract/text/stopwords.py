"""Compact stop-word lists, and the page's language guessed from them.

Prose is full of function words ("the", "of", "und", "который"); menus, names and link
lists are not. The share of stop words in a block is the strongest single sign that it is
running text, so each main language gets a short list of its most frequent function words.
Lists are written here (no package ships a small, well-kept set for all of them).
"""
from __future__ import annotations

import re
from collections import Counter

_LISTS = {
    "en": "a about after all also an and any are as at be because been but by can could did do does "
          "for from had has have he her his how i if in into is it its just may me more most my no "
          "not of on one only or other our out over said she so some such than that the their them "
          "then there these they this those to up was we were what when which while who will with "
          "would you your",
    "de": "aber als am an auch auf aus bei bin bis da damit das dass dem den der des die doch dort "
          "du durch ein eine einem einen einer eines er es für hat hatte ich ihr im in ist ja kann "
          "mit nach nicht noch nur oder sein sich sie sind so über um und uns von vor war wie wir "
          "wird wurde zu zum zur",
    "fr": "à au aux avec ce ces cette comme dans de des du elle en est et été il ils je la le les "
          "leur lui mais même ne nous on ont ou par pas plus pour qu que qui sa se ses son sont sur "
          "un une vous y",
    "es": "a al como con de del el ella en entre era es esta este fue ha han hay la las le lo los "
          "más me muy no nos o para pero por que se ser sin sobre su sus también un una y ya",
    "it": "a ai al alla anche che ci come con da dal degli dei del della di e è gli ha ho i il in "
          "la le lo ma mi nel nella non per più può quando se si sono su sua suo tra un una",
    "pt": "a ao aos as com como da das de do dos e é ela ele em entre era foi há isso já mais mas "
          "na nas no nos o os ou para pela pelo por que se sem ser seu sua são também um uma",
    "nl": "aan al als bij dan dat de den der die dit door een en er had heeft het hij hoe ik in is "
          "je maar met meer naar niet nog of om ook op over te tot uit van voor was wat we werd "
          "wordt ze zich zijn",
    "sv": "att av de den det där efter en ett för från har hon han i inte kan med men mot nu när "
          "och om på sig som till under upp ut var vi vid är",
    "da": "af at blev de den der det efter en er et for fra har han hun i ikke jeg kan med men "
          "når og om på se sig som til var ved vi",
    "pl": "a ale aby do dla i jak jako jest już na nie o od po przez się tak także to w we z za "
          "że ze co czy był była było są tym",
    "ru": "а без был была были было в во вы да для до его ее её если же за и из или им их к как "
          "когда который которые ли на не но о об он она они от по при с со так также то только "
          "у уже что это этого я",
    "tr": "ama bir bu da de daha en gibi her için ile ise kadar ki mi ne o olan olarak ve veya "
          "çok şu",
    "id": "ada adalah akan atau bahwa dalam dan dari dengan di ini itu juga ke karena kami kita "
          "mereka oleh pada saat sebagai sudah telah tersebut untuk yang",
}
STOPWORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in _LISTS.items()}
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


def guess_language(text: str) -> str:
    """The language whose stop words are most frequent in the text ("en" when none are)."""
    counts = dict.fromkeys(STOPWORDS, 0)
    for word in WORD.findall(text[:20000].lower()):
        for lang in _LANGUAGES_OF.get(word, ()):
            counts[lang] += 1
    return max(counts, key=lambda lang: (counts[lang], lang == "en"))
