"""The eleven languages: every furniture concept speaks them, both engines read them where the
English words are read, and a word that is furniture only as a button or a heading ("teilen",
"partager", "Anzeige") is not read in a sentence."""
from __future__ import annotations

import re

import pytest

from extract import lexicon
from extract.html.vocab import is_section_label, is_section_title
from extract.meta.dates import is_date_line, parse_text_date
from extract.meta.strings import strip_by
from extract.text.features import describe
from extract.text.segment import segment
from extract.text.stopwords import STOPWORDS

LANGUAGES = ("en", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "zh", "ja")
# Concepts a page prints in its own language. Left out, and why: "cookie" (the Latin word
# is read by the English entry everywhere), "credit_agency" (agencies are names, not
# language), "date_words" and "date_ago" (the words around a date, read only next to one).
SPOKEN = ("comments", "comment_prompt", "related", "author_bio", "directory", "sharing", "follow",
          "newsletter", "account", "advert", "sponsored", "tags", "read_more", "comment_count", "navigation",
          "interface", "site", "embed_notice", "notice", "contact", "author_label", "copyright", "date_lead")


def _features(text: str, language: str):
    return describe(segment(text)[0], STOPWORDS.get(language, frozenset()))


@pytest.mark.parametrize("concept", SPOKEN)
def test_furniture_concepts_speak_the_eleven_languages(concept: str) -> None:
    assert set(LANGUAGES) <= set(lexicon.PHRASES[concept])


def test_month_and_weekday_names_cover_the_eleven_languages() -> None:
    assert set(LANGUAGES) <= set(lexicon.MONTHS) and set(LANGUAGES) <= set(lexicon.WEEKDAYS)


@pytest.mark.parametrize("concept", sorted(lexicon.PHRASES))
def test_every_use_compiles_in_every_language(concept: str) -> None:
    uses = {use for phrases in lexicon.PHRASES[concept].values() for spec in phrases.values() for use in spec.split()}
    for use in uses or {""}:
        for language in lexicon.PHRASES[concept]:
            name = f"{concept}.{use}" if use else concept
            re.compile(rf"\b(?:{lexicon.alternation(name, languages=(language,))})\b")


@pytest.mark.parametrize("title", [
    "Ähnliche Beiträge", "Das könnte Sie auch interessieren:", "Articles similaires", "Artículos relacionados",
    "Articoli correlati", "Artigos relacionados", "Gerelateerde artikelen", "Powiązane artykuły",
    "Похожие статьи", "相关文章", "関連記事", "12 Kommentare", "4 commentaires", "3件のコメント", "12条评论",
    "Schreibe einen Kommentar", "Laisser un commentaire", "Deja una respuesta", "Über den Autor",
])
def test_html_engine_leaves_out_sections_under_these_titles(title: str) -> None:
    assert is_section_title(title)


@pytest.mark.parametrize("label", [
    "Jetzt teilen", "Folgen Sie uns auf Instagram", "Schlagwörter", "Partager sur Facebook", "Suivez-nous",
    "Compartir", "Síguenos", "Condividi", "Udostępnij", "Поделиться", "分享", "シェア", "Anzeige", "广告",
])
def test_html_engine_drops_these_widget_labels(label: str) -> None:
    assert is_section_label(label)


@pytest.mark.parametrize(("language", "line"), [
    ("de", "Jetzt teilen"), ("de", "Das könnte Sie auch interessieren"), ("de", "Zum Newsletter anmelden"),
    ("de", "War dieser Artikel hilfreich?"), ("de", "Alle Rechte vorbehalten."), ("fr", "Lire la suite"),
    ("fr", "Tous droits réservés"), ("es", "Leer más"), ("es", "Todos los derechos reservados"),
    ("it", "Leggi anche"), ("pt", "Continuar lendo"), ("nl", "Lees meer"), ("pl", "Czytaj więcej"),
    ("ru", "Читать далее"), ("zh", "阅读更多"), ("ja", "続きを読む"), ("zh", "本网站版权所有，未经许可不得转载。"),
    ("ja", "当サイトの記事の無断転載を禁じます。"),
])
def test_text_engine_drops_these_lines(language: str, line: str) -> None:
    assert _features(line, language).furniture


@pytest.mark.parametrize(("language", "heading"), [
    ("de", "Kommentare"), ("fr", "Commentaires"), ("es", "Comentarios"), ("zh", "评论"), ("ja", "コメント"),
    ("de", "11 Antworten zu „Ein Titel“"), ("ja", "3件のコメント"),
])
def test_text_engine_ends_the_article_at_these_comment_headings(language: str, heading: str) -> None:
    assert _features(heading, language).comments


@pytest.mark.parametrize(("language", "heading"), [
    ("de", "Ähnliche Artikel"), ("fr", "Sur le même sujet"), ("es", "Noticias relacionadas"),
    ("zh", "相关阅读"), ("ja", "関連記事一覧"),
])
def test_text_engine_ends_the_article_at_these_link_headings(language: str, heading: str) -> None:
    assert _features(heading, language).links_heading


@pytest.mark.parametrize(("language", "sentence"), [
    ("de", "Wir teilen die Sorge der Eltern um ihre Kinder"),
    ("de", "Teilnehmer können sich bis Freitag anmelden"),
    ("de", "Anzeige gegen Unbekannt wurde erstattet"),
    ("de", "Folgen Sie der Straße bis zum Marktplatz"),
    ("fr", "Il faut partager les données avec les chercheurs"),
    ("fr", "Il faut se connecter au réseau chaque matin"),
    ("es", "Quiere compartir su experiencia con los lectores"),
    ("es", "El boletín oficial publicó la ley ayer"),
    ("it", "Condividi le tue idee con i vicini"),
    ("pt", "Ela quer compartilhar a receita da avó"),
    ("ru", "Он решил поделиться опытом с коллегами"),
    ("zh", "他们在会上分享了彼此的经验"),
    ("ja", "友達と写真を共有しました"),
])
def test_a_furniture_word_used_in_a_sentence_is_not_furniture(language: str, sentence: str) -> None:
    assert not _features(sentence, language).furniture
    assert not is_section_label(sentence) and not is_section_title(sentence)


def test_a_bare_german_comment_is_an_opinion_column_not_a_thread() -> None:
    assert not is_section_title("Kommentar")
    assert not _features("Kommentar", "de").comments


@pytest.mark.parametrize(("byline", "name"), [
    ("Geschrieben von Hans Meier", "Hans Meier"), ("Autorin: Anna Berg", "Anna Berg"),
    ("Escrito por Ana Ruiz", "Ana Ruiz"), ("Articolo di Marco Rossi", "Marco Rossi"), ("作者：张三", "张三"),
    ("文/李四", "李四"),
])
def test_bylines_lose_their_lead_in_other_languages(byline: str, name: str) -> None:
    assert strip_by(byline) == name


@pytest.mark.parametrize("sentence", ["Von Berlin aus fuhr der Zug weiter", "Autor Thomas Mann schrieb viel"])
def test_a_sentence_starting_like_a_byline_keeps_its_words(sentence: str) -> None:
    assert strip_by(sentence) == sentence


@pytest.mark.parametrize(("text", "iso"), [
    ("17. Mai 2024", "2024-05-17"), ("12 marzo 2021", "2021-03-12"), ("3 juillet 2020", "2020-07-03"),
    ("12 марта 2021", "2021-03-12"), ("5 października 2019", "2019-10-05"), ("1 augustus 2022", "2022-08-01"),
    ("12 de marzo de 2021", "2021-03-12"), ("3 de julho de 2020", "2020-07-03"), ("3rd of May 2020", "2020-05-03"),
])
def test_month_names_of_other_languages_are_read(text: str, iso: str) -> None:
    assert parse_text_date(text) == iso


@pytest.mark.parametrize("line", [
    "Veröffentlicht am 17.05.2024", "Publié le 3 juillet 2020", "Pubblicato il 12 marzo 2021",
    "Опубликовано 12 марта 2021", "发布时间：2024-05-17 10:30",
])
def test_date_lines_of_other_languages_are_date_lines(line: str) -> None:
    assert is_date_line(line)
