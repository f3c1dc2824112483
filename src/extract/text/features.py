"""What each unit looks like: its length, its shape as prose, and how it sits in the page.

A well-formed sentence is not enough to be article text (directory blurbs and teasers are
well-formed too), so besides the prose figures each unit also records the page-level
signs that give boilerplate away: repetition, navigation markers, stock phrases, and
"records" — the same name-then-blurb shape repeated down a list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from ..lexicon import MONTHS, alternation, name_alternation
from .segment import Unit
from .stopwords import NO_SPACE, WORD, stop_share

# Sentence ends of every script: Latin, CJK, Arabic and Urdu, Devanagari, Myanmar, Ethiopic.
_TERMINAL = re.compile(r"[.!?…。！？｡؟۔।॥။።]['\"’”»)\]」』]*$")
_CLAUSE_PUNCT = re.compile(r"[。、，！？｡、]")
_MARKER = re.compile(r"^[«‹←<]|^[»›]\s|[»›→>]$|\s[|›»>/]\s.*\s[|›»>/]\s|^\W+$|\s[|]\s")
# Quotes open and close with guillemets too: only a short line is marked by them.
_MARKER_MAX_WORDS = 25
_TEASER = re.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\])$")
# Stock phrases of page furniture: dropped when the unit is short; and phrases that mark a
# block as furniture even when it is long (banners, footers). Searched at every word of
# nearly every unit, so a page reads only its languages' phrases (`page_languages`).
_STOCK_USES = (
    "related.phrase", "read_more.phrase", "sharing.phrase", "newsletter.phrase", "account.phrase",
    "site.phrase", "advert.phrase", "sponsored.phrase", "follow.phrase", "comment_prompt.phrase",
    "comment_count.phrase", "tags.phrase", "interface.phrase", "navigation.phrase",
)
_NOTICE_USES = ("cookie.notice", "notice.notice", "copyright.notice")
# Headings that open the comments: the article is over there. The word alone, with a count,
# a capitalised label ("Top Rated Comments") or a closing remark ("Comments are closed");
# not a subheading that starts with it, nor a sentence that ends with it.
_COMMENTS = re.compile(
    rf"^(?:\d+\s+|(?-i:[A-Z]\w*\s+){{0,2}})(?:{alternation('comments.whole')})"
    rf"(?:\s*[(\[]?\d+[)\]]?|\s+(?:{alternation('comments_closed.whole')})\.?)?[\s:]*$|"
    rf"^(?:{alternation('comment_prompt.heading')})|^(?:{alternation('comments.alone')})$|"
    rf"^\d+ (?:{alternation('comments_on.heading')})\b",
    re.I,
)
# Headings of link sections (related, recommended, more from): what follows is not article.
_LINKS_HEADING = re.compile(
    rf"^(?:{alternation('related.heading', 'author_bio.heading')})\b[^:]{{0,40}}$|"
    rf"^(?:{alternation('related.alone')})$|"
    rf"^(?:{alternation('about.named')})\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,3}}$",
    re.I,
)
# Bylines, datelines and picture credits: facts about the article, not its text.
_MONTH = rf"(?:{name_alternation(MONTHS, grouped=True)})\.?"
_DATE = re.compile(
    rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\.?\s+{_MONTH}\s+\d{{4}}|\b\d{{4}}-\d\d-\d\d|"
    rf"\b\d{{1,2}}[/.]\d{{1,2}}[/.]\d{{2,4}}\b|\b\d+\s+(?:{alternation('date_ago')})\b",
    re.I,
)
_BYLINE = re.compile(rf"^(?:{alternation('byline')})\b(?:\s|[:：/]|$)", re.I)
_CREDIT = re.compile(
    rf"\((?:[^()]*\b(?:{alternation('credit.bracket', 'credit_agency.bracket')})\b[^()]*)\)$|"
    rf"^(?:{alternation('credit.start')})s?(?:\s+(?:{alternation('credit_suffix.start')}))?\s*[:/]|"
    rf"\b(?:{alternation('credit_agency.phrase')})\b|"
    rf"^\d+\s*(?:{alternation('counter_of')}|/)\s*\d+\b|^(?:{alternation('credit.numbered')}) \d+|"
    rf"^\(?(?:{alternation('reporting_credit')})\b",
    re.I,
)


@cache
def _furniture(languages: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The stock and notice phrases of these languages (of every one for ()), compiled
    once per set of languages."""
    stock = alternation(*_STOCK_USES, languages=languages, grouped=True)
    notice = alternation(*_NOTICE_USES, languages=languages, grouped=True)
    return (re.compile(rf"\b(?:{stock})", re.I),
            re.compile(rf"\b(?:{notice})\b|©|\(c\) \d{{4}}", re.I))


@dataclass(slots=True)
class Features:
    """Figures for one unit; `record` and `repeats` are filled in from the whole page."""

    words: int
    stop_ratio: float
    terminal: bool
    capitals: float  # share of words that start with a capital letter
    marker: bool
    furniture: bool
    teaser: bool
    meta: bool  # a byline, a dateline or a picture credit
    repeats: int = 1  # occurrences of the same text in the page
    copy: bool = False  # a later occurrence of a text seen before
    comments: bool = False  # a heading that opens the comments
    links_heading: bool = False  # a heading over related or recommended links
    shape_repeats: int = 1  # units of this page with the same word shape
    twin: bool = False  # the same text as the unit just before or after
    record: bool = False  # part of a list of name-then-blurb records
    listed: bool = False  # an item of a list that the article introduces with a colon


def _stock_phrase(text: str, topic: frozenset[str], stock: re.Pattern[str]) -> bool:
    """A furniture phrase, unless it is what the page is about ("newsletter" in its title)."""
    match = stock.search(text)
    return match is not None and not set(WORD.findall(match.group().lower())) <= topic


def describe(unit: Unit, stopwords: frozenset[str], topic: frozenset[str] = frozenset(),
             languages: tuple[str, ...] = ()) -> Features:
    """The figures of one unit on its own; page-level marks come later (structure.py).

    `topic`: the lower-cased words of the page's title, whose stock phrases are its subject;
    `languages`: those whose furniture phrases are read (every language for ()).
    """
    stock, notice = _furniture(languages)
    text = unit.text
    tokens = WORD.findall(text)
    chars = 0 if text.isascii() else len(NO_SPACE.findall(text))
    if chars > len(text) // 3:  # written without spaces: two characters count as a word
        words = chars // 2 + len(tokens) // 2
        stop_ratio = 0.5 if _CLAUSE_PUNCT.search(text) else 0.0
    else:
        words = len(tokens)
        stop_ratio = stop_share([token.lower() for token in tokens], stopwords)
    capitals = sum(1 for token in tokens if token[0].isupper()) / len(tokens) if tokens else 0.0
    terminal = bool(_TERMINAL.search(text))
    short = words <= 12
    return Features(
        words=words,
        stop_ratio=stop_ratio,
        terminal=terminal,
        capitals=capitals,
        marker=words <= _MARKER_MAX_WORDS and bool(_MARKER.search(text)),
        furniture=(words < 150 and bool(notice.search(text)))
        or (words <= 20 and _stock_phrase(text, topic, stock)),
        teaser=words < 60 and bool(_TEASER.search(text)),
        meta=(short and not terminal and bool(_DATE.search(text) or _BYLINE.search(text)))
        or (words <= 60 and bool(_CREDIT.search(text))),
        comments=short and bool(_COMMENTS.search(text)),
        links_heading=words <= 6 and bool(_LINKS_HEADING.search(text)),
    )
