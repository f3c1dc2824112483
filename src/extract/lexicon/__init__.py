"""The lexicon: the human-language phrases the engines look for, per concept and language.

Every phrase list that reads page text lives here, as data. `PHRASES[concept][language]`
maps each phrase to the places that read it (its uses, below; "" = wherever the concept is
read). Languages are ISO 639-1 codes, English first. A phrase is a small case-insensitive
regular expression written as a reader sees it ("comments?", "(?:leave|post) a comment");
the engine decides how it must stand (the whole line, the start of a heading, anywhere in
a short text) and compiles its patterns once, at import, with the helpers below. Month and
weekday names are tables of numbers (`MONTHS`, `WEEKDAYS`).

    sections.py   headings of what is not the article: comments, author box, directory
    related.py    headings of link sections: related, recommended, most read, see also
    furniture.py  share bars, follow and sign-up boxes, log-in, ads, tags, read-more links
    interface.py  navigation, buttons and ratings, comment counts, the site's own pages
    notices.py    cookie and script banners, affiliate disclosures, contact lines
    credits.py    bylines, author labels, picture credits and agencies, copyright
    dates.py      the words of a date line
    months.py     month and weekday names
    stopwords.py  each language's most frequent function words
    persons.py    pronouns and possessives by person: "I", "we", "you" (trust signals)
    paths.py      words of URL paths by the kind of page: "services", "collections" (trust signals)

Languages: English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian,
Chinese and Japanese for every concept a page prints in its own language (a few others
where a list had them). Chinese and Japanese are written without spaces, so `\\b` finds no
word edge inside their text: where a use reads a phrase anywhere in a text (`phrase`,
`notice`, `sign_off`, `caption`, `closing`) or at a heading's start (`heading`),
`alternation` lets a phrase holding their characters stand inside a run of them
("本网站版权所有"); whole-line and whole-title uses match them as they are.

Uses. The engines grew their lists apart; each still reads exactly the English phrases it
read before the lists met here (merging them changed the output on the development pages),
and the uses say which. Another language's phrases take the uses of the English entries
they translate, narrowed where the benchmark pages showed a cost (an inline "Lesen Sie
auch" drops its own line but does not end an article). `alternation("comments.title")` is
the "comments" phrases used as a `title`; `alternation("comments")` all of them.

    HTML engine                                  text engine
    title    whole title of a section left out   heading  start of a heading ending the article
    label    whole label of a widget             whole    such a heading, count or Capitals around
    line     whole short line among the blocks   alone    such a heading, nothing around it
    lead     a short line's start, before ":"    named    before a name in such a heading
    tail     a short line's end ("…/AP")         phrase   anywhere in a short unit
    caption  anywhere in a figure caption        notice   anywhere in a unit, however long
    run_in   a credit run into a caption         start    a short unit's start, before ":"
    sign_off anywhere in an article's last lines bracket  in brackets closing a unit
    bare     such a start, with no ":"           numbered before a number opening a unit ("Image 3")

    trust signals (signals/): closing   anywhere in a short line closing the body (paywall prompts)

Class and id names (`share-bar`, `articleBody`) are markup, not language: they stay in
`html/vocab.py`. To teach the engines a language, add its phrases here.
"""
from __future__ import annotations

import re

from . import credits, dates, furniture, interface, months, notices, paths, persons, related, sections, stopwords
from .months import MONTHS, WEEKDAYS

USES = frozenset((
    "title", "label", "line", "lead", "tail", "caption", "run_in", "sign_off",
    "heading", "whole", "alone", "named", "phrase", "notice", "start", "bracket", "closing", "bare", "numbered",
))
PHRASES: dict[str, dict[str, dict[str, str]]] = {
    **sections.PHRASES,
    **related.PHRASES,
    **furniture.PHRASES,
    **interface.PHRASES,
    **notices.PHRASES,
    **credits.PHRASES,
    **dates.PHRASES,
    **stopwords.PHRASES,
    **persons.PHRASES,
    **paths.PHRASES,
}


def phrases(name: str, *languages: str) -> tuple[str, ...]:
    """The phrases of a concept ("comments") or of one use of it ("comments.title"), in every
    language or in the given ones: in table order, each once."""
    concept, _, use = name.partition(".")
    table = PHRASES[concept]
    found = (
        phrase
        for language in languages or table
        for phrase, uses in table.get(language, {}).items()
        if not use or not uses or use in uses.split()
    )
    return tuple(dict.fromkeys(found))


# Chinese and Japanese characters (kana, CJK ideographs): scripts written without spaces.
_NO_SPACE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# What may stand before and after such a phrase in its run of characters.
_RUN_BEFORE, _RUN_AFTER = r"\w*?", r"\w*"
# Uses that read a phrase anywhere in a text, or at a heading's start, between `\b`s.
_RUN_ON = frozenset(("phrase", "notice", "sign_off", "caption", "closing", "heading"))
_QUANTIFIERS = ("", "?", "*", "+", "{")


def _standing(phrase: str, use: str) -> str:
    r"""A phrase as a use reads it: one written without spaces may stand inside a run of
    characters where the use reads it anywhere (`\b` holds only at the run's edges).

    >>> _standing("版权所有", "title"), _standing("share", "phrase"), _standing("関連記事", "heading")
    ('版权所有', 'share', '関連記事\\w*')
    >>> re.search(rf"\b(?:{_standing('版权所有', 'notice')})\b", "本网站版权所有，2024") is not None
    True
    """
    if use not in _RUN_ON or not _NO_SPACE.search(phrase):
        return phrase
    before = "" if use == "heading" or phrase.startswith("^") else _RUN_BEFORE
    after = "" if phrase.endswith("$") else _RUN_AFTER
    return f"{before}{phrase}{after}"


def _grouped(alternatives: list[str]) -> str:
    r"""Alternatives regrouped under what they start with: a letter ("s(?:hare|ubscribe)"),
    "^", or a run of Chinese or Japanese characters. The regex engine tries every branch
    at every word of a text it searches; grouped, it tries a few dozen instead of hundreds.
    The same texts match, case-insensitively (each phrase is one alternative, with no "|"
    of its own).

    >>> _grouped(["share", "subscribe", "^tags?:", "print", "(?:a|b)c", "^register"])
    's(?:hare|ubscribe)|print|(?:a|b)c|^(?:tags?:|register)'
    """
    groups: dict[str, list[str]] = {}
    for alternative in alternatives:
        if alternative.startswith(_RUN_BEFORE) and alternative.endswith(_RUN_AFTER):
            key, rest = _RUN_BEFORE, alternative[len(_RUN_BEFORE):-len(_RUN_AFTER)]
        elif alternative.startswith("^"):
            key, rest = "^", alternative[1:]
        elif alternative[:1].isalpha() and alternative[1:2] not in _QUANTIFIERS:
            key, rest = alternative[0].lower(), alternative[1:]
        else:
            key, rest = alternative, ""  # kept as it is
        groups.setdefault(key, []).append(rest)
    anchored = groups.pop("^", None)  # last: where several match, the unanchored one is read
    return "|".join([*(_group(key, members) for key, members in groups.items()),
                     *((_group("^", anchored),) if anchored else ())])


def _group(key: str, members: list[str]) -> str:
    if key == _RUN_BEFORE:
        return f"{_RUN_BEFORE}(?:{_grouped(members)}){_RUN_AFTER}"
    if key == "^":
        return f"^(?:{_grouped(members)})"
    return key + members[0] if len(members) == 1 else f"{key}(?:{'|'.join(members)})"


def alternation(*names: str, languages: tuple[str, ...] = (), grouped: bool = False) -> str:
    """The phrases as regex alternatives ("a|b|c"), to write a pattern around; `grouped`
    for a pattern searched at every word of long texts (the same texts match, faster)."""
    alternatives = list(dict.fromkeys(
        _standing(phrase, name.partition(".")[2]) for name in names for phrase in phrases(name, *languages)))
    return _grouped(alternatives) if grouped else "|".join(alternatives)


def pattern(*names: str, anchored: bool = False, languages: tuple[str, ...] = ()) -> re.Pattern[str]:
    """The phrases compiled, case-insensitive: as whole words anywhere in a text, or
    (anchored) as the whole text, punctuation around it allowed ("Related stories:")."""
    body = alternation(*names, languages=languages)
    return re.compile(rf"^\W*(?:{body})\W*$" if anchored else rf"\b(?:{body})\b", re.I)


def word_set(name: str, *languages: str) -> frozenset[str]:
    """The phrases as a set, for lists of plain words ("stopwords", "not_a_name")."""
    return frozenset(phrases(name, *languages))


def name_numbers(table: dict[str, dict[str, int]], *languages: str) -> dict[str, int]:
    """Month or weekday names -> number, in every language or in the given ones."""
    return {name: number for language in languages or table
            for name, number in table.get(language, {}).items()}


def name_alternation(table: dict[str, dict[str, int]], *languages: str, grouped: bool = False) -> str:
    """Month or weekday names as regex alternatives, longest first ("january|jan|..."),
    `grouped` under their first letter for a pattern searched at every word."""
    names = sorted(name_numbers(table, *languages), key=len, reverse=True)
    return _grouped(names) if grouped else "|".join(names)


__all__ = ["MONTHS", "PHRASES", "USES", "WEEKDAYS", "alternation", "name_alternation", "name_numbers", "pattern",
           "phrases", "word_set"]
