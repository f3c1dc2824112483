"""The lexicon: well-formed data (languages, uses, no repeats) and the helpers built on it."""
from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest

from extract import lexicon

# ISO 639-1, every two-letter code.
ISO_639_1 = frozenset("""
    aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv cy
    da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr ht hu
    hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw ky la lb
    lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv ny oc oj om
    or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr ss st su sv sw
    ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi yo za zh zu
""".split())

# One text per concept and language that the concept's phrases in that language must find.
SAMPLES = {
    "comments": {"en": "Comments", "de": "Kommentare", "fr": "Commentaires", "es": "Comentarios",
                 "it": "Commenti", "pt": "Comentários", "ru": "Комментарии", "nl": "Reacties",
                 "pl": "Komentarze"},
    "comment_singular": {"en": "Comment"},
    "comments_closed": {"en": "Comments are closed"},
    "comments_on": {"en": "12 thoughts on “A title”"},
    "comment_prompt": {"en": "Leave a reply", "pt": "Deixe uma resposta", "es": "Deja un comentario",
                       "it": "Lascia un commento", "fr": "Laisser un commentaire",
                       "de": "Schreibe einen Kommentar", "ru": "Оставьте комментарий"},
    "related": {"en": "Related stories", "pt": "Leia também", "de": "Lesen Sie auch", "fr": "À lire aussi",
                "es": "Artículos relacionados", "it": "Leggi anche", "ru": "Читайте также", "ja": "関連記事",
                "zh": "相关文章", "nl": "Lees ook", "pl": "Czytaj też"},
    "author_bio": {"en": "About the author"},
    "about": {"en": "About", "de": "Über", "pt": "Sobre", "es": "Acerca de", "fr": "À propos de",
              "it": "A proposito di"},
    "directory": {"en": "Business directory"},
    "sharing": {"en": "Share this article"},
    "follow": {"en": "Follow us on Twitter"},
    "newsletter": {"en": "Sign up for our newsletter"},
    "account": {"en": "Log in"},
    "advert": {"en": "Advertisement", "ja": "広告"},
    "sponsored": {"en": "Sponsored content", "ja": "スポンサードリンク"},
    "tags": {"en": "Tags", "ja": "タグ"},
    "read_more": {"en": "Read more", "de": "Weiterlesen", "fr": "Lire la suite", "es": "Leer más",
                  "ru": "Читать далее"},
    "comment_count": {"en": "12 comments"},
    "paywall": {"en": "Subscribe to continue", "de": "Jetzt abonnieren", "es": "Suscríbete", "it": "Abbonati",
                "pt": "Assine já", "pl": "Zaloguj się"},
    "navigation": {"en": "Back to top"},
    "interface": {"en": "Menu"},
    "site": {"en": "Privacy policy"},
    "embed_notice": {"en": "Media playback is unsupported on your device"},
    "cookie": {"en": "This site uses cookies"},
    "notice": {"en": "Turn on JavaScript to see this page"},
    "contact": {"en": "Contact us"},
    "citation": {"en": "Citation"},
    "byline": {"en": "By", "de": "Von", "fr": "Par", "es": "Por", "it": "Di", "nl": "Door", "sv": "Av",
               "ru": "Автор"},
    "byline_lead": {"en": "Written"},
    "author_label": {"en": "Author"},
    "not_a_name": {"en": "View profile"},
    "reporting_credit": {"en": "Additional reporting by"},
    "credit": {"en": "Photo", "de": "Foto"},
    "credit_agency": {"en": "Getty Images"},
    "copyright": {"en": "All rights reserved"},
    "date_lead": {"en": "Published"},
    "date_words": {"en": "minutes"},
    "date_ago": {"en": "3 hours ago"},
    "stopwords": {"en": "the", "de": "und", "fr": "le", "es": "el", "it": "il", "pt": "não é", "nl": "het",
                  "sv": "och", "da": "og", "pl": "się", "ru": "что", "tr": "ve", "id": "yang"},
}


def test_concepts_are_named_once_across_modules() -> None:
    modules = (lexicon.sections, lexicon.furniture, lexicon.credits, lexicon.dates, lexicon.stopwords)
    assert sum(len(module.PHRASES) for module in modules) == len(lexicon.PHRASES)


def test_every_concept_has_english() -> None:
    assert [concept for concept, table in lexicon.PHRASES.items() if "en" not in table] == []
    assert "en" in lexicon.MONTHS and "en" in lexicon.WEEKDAYS


def test_languages_are_iso_639_1_codes() -> None:
    used = {language for table in lexicon.PHRASES.values() for language in table}
    used |= set(lexicon.MONTHS) | set(lexicon.WEEKDAYS)
    assert used - ISO_639_1 == set()


def test_every_use_is_a_known_one() -> None:
    for concept, table in lexicon.PHRASES.items():
        for language, phrases in table.items():
            for phrase, uses in phrases.items():
                assert set(uses.split()) <= lexicon.USES, (concept, language, phrase, uses)


@pytest.mark.parametrize("concept", sorted(lexicon.PHRASES))
def test_patterns_find_a_sample_in_every_language(concept: str) -> None:
    samples = SAMPLES[concept]
    assert set(samples) == set(lexicon.PHRASES[concept])  # a sample for each language, no stale one
    for language, sample in samples.items():
        found = re.compile(lexicon.alternation(concept, languages=(language,)), re.I)  # stems too
        assert found.search(sample), (concept, language)


def _repeats(values: list[str]) -> list[str]:
    return [value for value, count in Counter(value.lower() for value in values).items() if count > 1]


def test_no_phrase_is_repeated_within_a_concept_and_language() -> None:
    """Dict literals would swallow a repeat silently, so the source is read."""
    for path in Path(lexicon.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Dict):
                items = [key for key in node.keys if key is not None]
            elif isinstance(node, ast.Tuple):
                items = node.elts
            else:
                continue
            strings = [item.value for item in items if isinstance(item, ast.Constant) and isinstance(item.value, str)]
            assert _repeats(strings) == [], (path.name, node.lineno)
    for language, words in lexicon.stopwords._WORDS.items():
        assert _repeats(words.split()) == [], language


def test_month_and_weekday_tables() -> None:
    for language, months in lexicon.MONTHS.items():
        assert set(months.values()) == set(range(1, 13)), language
    for language, days in lexicon.WEEKDAYS.items():
        assert set(days.values()) == set(range(1, 8)), language
    assert lexicon.name_numbers(lexicon.MONTHS)["sept"] == 9
    month = re.compile(rf"^(?:{lexicon.name_alternation(lexicon.MONTHS)})$")
    assert month.match("september") and month.match("sep") and not month.match("sepember")


def test_uses_select_phrases() -> None:
    titles = lexicon.phrases("comments.title")
    assert "reader comments" in titles and "reactions" not in titles
    assert "reactions" in lexicon.phrases("comments.whole")
    assert set(titles) < set(lexicon.phrases("comments"))
    assert lexicon.phrases("byline", "en") == ("by",)
    assert lexicon.phrases("byline.start") == lexicon.phrases("byline")  # no uses: read wherever
    assert lexicon.word_set("stopwords", "de") >= {"und", "der", "die"}
    assert "kommentare" not in lexicon.alternation("comments.title", languages=("en",)).split("|")


def test_anchored_pattern_takes_the_whole_text() -> None:
    share = lexicon.pattern("sharing.label", anchored=True)
    assert share.search("Share this article:") and not share.search("Please share this article with friends")
