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
                 "pl": "Komentarze", "zh": "评论", "ja": "コメント"},
    "comment_singular": {"en": "Comment"},
    "comments_closed": {"en": "Comments are closed", "de": "Kommentare geschlossen", "fr": "Commentaires fermés",
                        "es": "Comentarios cerrados", "it": "Commenti chiusi", "pt": "Comentários encerrados",
                        "nl": "Reacties gesloten", "pl": "Komentarze są wyłączone", "ru": "Комментарии закрыты"},
    "comments_on": {"en": "12 thoughts on “A title”", "de": "11 Antworten zu „Ein Titel“",
                    "fr": "3 commentaires sur « Un titre »", "es": "2 respuestas a “Un título”",
                    "it": "4 commenti a “Un titolo”", "pt": "5 comentários em “Um título”",
                    "nl": "6 reacties op “Een titel”", "pl": "7 komentarzy do „Tytuł”",
                    "ru": "8 комментариев к «Заголовок»"},
    "comment_prompt": {"en": "Leave a reply", "pt": "Deixe uma resposta", "es": "Deja un comentario",
                       "it": "Lascia un commento", "fr": "Laisser un commentaire",
                       "de": "Schreibe einen Kommentar", "ru": "Оставьте комментарий", "nl": "Laat een reactie achter",
                       "pl": "Dodaj komentarz", "zh": "发表评论", "ja": "コメントを残す"},
    "related": {"en": "Related stories", "pt": "Leia também", "de": "Das könnte Sie auch interessieren",
                "fr": "À lire aussi", "es": "Artículos relacionados", "it": "Leggi anche", "ru": "Читайте также",
                "ja": "関連記事", "zh": "相关文章", "nl": "Lees ook", "pl": "Czytaj też"},
    "author_bio": {"en": "About the author", "de": "Über den Autor", "fr": "À propos de l'auteur",
                   "es": "Sobre el autor", "it": "Sull'autore", "pt": "Sobre o autor", "nl": "Over de auteur",
                   "pl": "O autorze", "ru": "Об авторе", "zh": "作者简介", "ja": "この記事を書いた人"},
    "about": {"en": "About", "de": "Über", "pt": "Sobre", "es": "Acerca de", "fr": "À propos de",
              "it": "A proposito di"},
    "directory": {"en": "Business directory", "de": "Branchenverzeichnis", "fr": "Annuaire des entreprises",
                  "es": "Directorio de empresas", "it": "Elenco aziende", "pt": "Diretório de empresas",
                  "nl": "Bedrijvengids", "pl": "Katalog firm", "ru": "Каталог компаний", "zh": "企业名录",
                  "ja": "企業一覧"},
    "sharing": {"en": "Share this article", "de": "Jetzt teilen", "fr": "Partager sur Facebook",
                "es": "Compartir en Twitter", "it": "Condividi su Facebook", "pt": "Compartilhe este artigo",
                "nl": "Deel dit artikel", "pl": "Udostępnij na Facebooku", "ru": "Поделиться",
                "zh": "分享到", "ja": "この記事をシェアする"},
    "follow": {"en": "Follow us on Twitter", "de": "Folgen Sie uns auf Instagram", "fr": "Suivez-nous",
               "es": "Síguenos en Facebook", "it": "Seguici su Instagram", "pt": "Siga-nos no Twitter",
               "nl": "Volg ons op Facebook", "pl": "Obserwuj nas", "ru": "Подписывайтесь на нас", "zh": "关注我们",
               "ja": "フォローする"},
    "newsletter": {"en": "Sign up for our newsletter", "de": "Zum Newsletter anmelden", "fr": "Abonnez-vous",
                   "es": "Suscríbete a nuestro boletín", "it": "Iscriviti alla newsletter", "pt": "Inscreva-se",
                   "nl": "Schrijf je in voor de nieuwsbrief", "pl": "Zapisz się do newslettera",
                   "ru": "Подпишитесь на рассылку", "zh": "立即订阅", "ja": "メルマガ登録"},
    "account": {"en": "Log in", "de": "Anmelden", "fr": "Se connecter", "es": "Iniciar sesión", "it": "Accedi",
                "pt": "Minha conta", "nl": "Inloggen", "pl": "Zaloguj się", "ru": "Войти", "zh": "登录",
                "ja": "ログイン"},
    "advert": {"en": "Advertisement", "de": "Anzeige", "fr": "Publicité", "es": "Publicidad", "it": "Pubblicità",
               "pt": "Publicidade", "nl": "Advertentie", "pl": "Reklama", "ru": "Реклама", "zh": "广告", "ja": "広告"},
    "sponsored": {"en": "Sponsored content", "de": "Gesponsert", "fr": "Contenu sponsorisé",
                  "es": "Contenido patrocinado", "it": "Contenuto sponsorizzato", "pt": "Conteúdo patrocinado",
                  "nl": "Gesponsord", "pl": "Artykuł sponsorowany", "ru": "На правах рекламы", "zh": "赞助内容",
                  "ja": "スポンサードリンク"},
    "tags": {"en": "Tags", "de": "Schlagwörter", "fr": "Étiquettes", "es": "Etiquetas", "it": "Argomenti",
             "pt": "Categorias", "nl": "Trefwoorden", "pl": "Tagi", "ru": "Метки", "zh": "标签", "ja": "タグ"},
    "read_more": {"en": "Read more", "de": "Weiterlesen", "fr": "Lire la suite", "es": "Leer más",
                  "it": "Continua a leggere", "pt": "Continuar lendo", "nl": "Lees meer", "pl": "Czytaj więcej",
                  "ru": "Читать далее", "zh": "阅读更多", "ja": "続きを読む"},
    "comment_count": {"en": "12 comments", "de": "12 Kommentare", "fr": "3 commentaires", "es": "5 comentarios",
                      "it": "7 commenti", "pt": "2 comentários", "nl": "4 reacties", "pl": "9 komentarzy",
                      "ru": "15 комментариев", "zh": "12条评论", "ja": "3件のコメント"},
    "paywall": {"en": "Subscribe to continue", "de": "Jetzt abonnieren", "es": "Suscríbete", "it": "Abbonati",
                "pt": "Assine já", "pl": "Zaloguj się"},
    "navigation": {"en": "Back to top", "de": "Nach oben", "fr": "Retour en haut de page", "es": "Volver arriba",
                   "it": "Torna su", "pt": "Voltar ao topo", "nl": "Terug naar boven", "pl": "Przejdź do treści",
                   "ru": "Перейти к содержимому", "zh": "返回顶部", "ja": "ページトップへ"},
    "interface": {"en": "Menu", "de": "War dieser Artikel hilfreich?", "fr": "Cet article vous a-t-il été utile ?",
                  "es": "¿Te ha resultado útil este artículo?", "it": "Questo articolo è stato utile?",
                  "pt": "Este artigo foi útil?", "nl": "Was dit artikel nuttig?",
                  "pl": "Czy ten artykuł był pomocny?", "ru": "Эта статья была полезной?",
                  "zh": "这篇文章对你有帮助吗", "ja": "この記事は役に立ちましたか"},
    "site": {"en": "Privacy policy", "de": "Datenschutzerklärung", "fr": "Mentions légales",
             "es": "Política de privacidad", "it": "Chi siamo", "pt": "Política de privacidade",
             "nl": "Algemene voorwaarden", "pl": "Polityka prywatności", "ru": "Политика конфиденциальности",
             "zh": "隐私政策", "ja": "プライバシーポリシー"},
    "embed_notice": {"en": "Media playback is unsupported on your device", "de": "Externer Inhalt",
                     "fr": "Ce contenu n'est pas disponible.", "es": "Este contenido no está disponible",
                     "it": "Questo contenuto non è disponibile", "pt": "Este conteúdo não está disponível",
                     "nl": "Deze inhoud is niet beschikbaar", "pl": "Treść jest niedostępna",
                     "ru": "Контент недоступен", "zh": "该内容无法显示", "ja": "このコンテンツは表示できません"},
    "cookie": {"en": "This site uses cookies", "fr": "Ce site utilise des témoins de connexion",
               "pl": "Ta strona używa ciasteczek", "ru": "Мы используем файлы куки",
               "zh": "本网站使用Cookie", "ja": "当サイトはクッキーを使用しています"},
    "notice": {"en": "Turn on JavaScript to see this page", "de": "Dieser Beitrag enthält Affiliate-Links",
               "fr": "Cet article contient des liens affiliés", "es": "Contiene enlaces de afiliados",
               "it": "Contiene link di affiliazione", "pt": "Contém links de afiliados",
               "nl": "Dit artikel bevat affiliate-links", "pl": "Artykuł zawiera linki afiliacyjne",
               "ru": "Партнерские ссылки", "zh": "本文含推广链接", "ja": "本記事はアフィリエイト広告を含みます"},
    "contact": {"en": "Contact us", "de": "Kontakt:", "fr": "Contactez-nous", "es": "Contáctanos",
                "it": "Contattaci", "pt": "Fale conosco", "nl": "Neem contact met ons op",
                "pl": "Skontaktuj się z nami", "ru": "Свяжитесь с нами", "zh": "联系我们", "ja": "お問い合わせ"},
    "citation": {"en": "Citation"},
    "byline": {"en": "By", "de": "Von", "fr": "Par", "es": "Por", "it": "Di", "nl": "Door", "sv": "Av",
               "ru": "Автор", "pt": "Por", "pl": "Autor", "zh": "作者", "ja": "文"},
    "byline_lead": {"en": "Written", "de": "Geschrieben", "fr": "Écrit", "es": "Escrito", "it": "Articolo",
                    "pt": "Publicado", "nl": "Geschreven"},
    "author_label": {"en": "Author", "de": "Autorin: Anna Berg", "fr": "Auteur : Jean Dupont",
                     "es": "Autora: Ana Ruiz", "it": "Autore: Marco Rossi", "pt": "Autor: João Silva",
                     "nl": "Auteur: Jan de Vries", "pl": "Autor: Jan Kowalski", "ru": "Автор: Иван Петров",
                     "zh": "作者：张三", "ja": "文：山田太郎"},
    "not_a_name": {"en": "View profile"},
    "reporting_credit": {"en": "Additional reporting by"},
    "credit": {"en": "Photo", "de": "Foto", "es": "Imagen: Télam", "pt": "Imagem: Reuters", "nl": "Beeld: ANP",
               "pl": "Zdjęcie: PAP"},
    "credit_suffix": {"en": "Photo credit:"},
    "byline_end": {"en": "By Jane Doe on Monday"},
    "name_and": {"en": "Jane Doe and John Smith"},
    "credit_agency": {"en": "Getty Images", "de": "Foto: dpa", "es": "(EFE)", "it": "(ANSA)", "pt": "(Lusa)",
                      "nl": "(ANP)", "pl": "(PAP)", "ru": "(ТАСС)", "zh": "新华社", "ja": "共同通信"},
    "copyright": {"en": "All rights reserved", "de": "Alle Rechte vorbehalten", "fr": "Tous droits réservés",
                  "es": "Todos los derechos reservados", "it": "Riproduzione riservata",
                  "pt": "Todos os direitos reservados", "nl": "Alle rechten voorbehouden",
                  "pl": "Wszelkie prawa zastrzeżone", "ru": "Все права защищены", "zh": "版权所有",
                  "ja": "無断転載を禁じます"},
    "date_lead": {"en": "Published", "de": "Veröffentlicht", "fr": "Publié le", "es": "Publicado el",
                  "it": "Pubblicato il", "pt": "Atualizado em", "nl": "Gepubliceerd op", "pl": "Opublikowano",
                  "ru": "Опубликовано", "zh": "发布时间", "ja": "公開日"},
    "date_words": {"en": "minutes", "de": "um 12:00 Uhr", "fr": "le", "es": "a las", "it": "alle ore",
                   "pt": "às", "nl": "om", "pl": "godz", "ru": "года"},
    "date_of": {"en": "of", "es": "de", "pt": "de"},
    "date_ordinal": {"en": "May 21st"},
    "date_updated": {"en": "Last updated 3 May 2024"},
    "counter_of": {"en": "1 of 4"},
    "date_ago": {"en": "3 hours ago", "it": "3 ore fa", "nl": "3 uur geleden", "pl": "3 godziny temu",
                 "ru": "3 часа назад"},
    "stopwords": {"en": "the", "de": "und", "fr": "le", "es": "el", "it": "il", "pt": "não é", "nl": "het",
                  "sv": "och", "da": "og", "pl": "się", "ru": "что", "tr": "ve", "id": "yang"},
    "pronoun_i": {"en": "I", "de": "ich", "fr": "je", "es": "yo", "it": "io", "pt": "eu", "nl": "ik", "pl": "mnie"},
    "possessive_my": {"en": "my", "de": "mein", "fr": "mon", "es": "mis", "it": "mio", "pt": "meu", "nl": "mijn",
                      "pl": "mój"},
    "pronoun_we": {"en": "we", "de": "wir", "fr": "nous", "es": "nosotros", "it": "noi", "pt": "nós", "nl": "wij"},
    "possessive_our": {"en": "our", "de": "unser", "fr": "notre", "es": "nuestro", "it": "nostro", "pt": "nosso",
                       "nl": "onze", "pl": "nasz"},
    "pronoun_you": {"en": "you", "de": "euch", "fr": "vous", "es": "usted", "it": "voi", "pt": "você", "nl": "jij",
                    "pl": "wy"},
    "possessive_your": {"en": "your", "de": "dein", "fr": "votre", "es": "tus", "it": "tuo", "pt": "teu",
                        "nl": "jouw", "pl": "twój"},
    "path_article": {"en": "articles"}, "path_forum": {"en": "forum"}, "path_product": {"en": "product"},
    "path_documentation": {"en": "docs"}, "path_listing": {"en": "blog"}, "path_collection": {"en": "collections"},
    "path_service": {"en": "services"},
}


def test_concepts_are_named_once_across_modules() -> None:
    modules = (lexicon.sections, lexicon.related, lexicon.furniture, lexicon.interface, lexicon.notices,
               lexicon.credits, lexicon.dates, lexicon.stopwords, lexicon.persons, lexicon.paths)
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
    grouped = re.compile(rf"^(?:{lexicon.name_alternation(lexicon.MONTHS, grouped=True)})$", re.I)
    assert all(grouped.match(name) for name in lexicon.name_numbers(lexicon.MONTHS))
    assert not grouped.match("sepember")


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


def _top_level_bar(phrase: str) -> bool:
    depth, escaped, in_class = 0, False, False
    for char in phrase:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            return True
    return False


def test_each_phrase_is_one_alternative() -> None:
    """Grouping alternatives under their first letter relies on it."""
    assert [phrase for table in lexicon.PHRASES.values() for phrases in table.values() for phrase in phrases
            if _top_level_bar(phrase)] == []


@pytest.mark.parametrize("concept", sorted(lexicon.PHRASES))
def test_grouped_alternation_finds_what_the_plain_one_finds(concept: str) -> None:
    texts = [sample for samples in SAMPLES.values() for sample in samples.values()]
    texts += ["Wir teilen die Sorge der Eltern", "本网站版权所有，未经许可不得转载", "Share this story now"]
    uses = {use for phrases in lexicon.PHRASES[concept].values() for spec in phrases.values() for use in spec.split()}
    for name in [concept, *(f"{concept}.{use}" for use in uses)]:
        plain = re.compile(rf"\b(?:{lexicon.alternation(name)})", re.I)
        grouped = re.compile(rf"\b(?:{lexicon.alternation(name, grouped=True)})", re.I)
        for text in texts:
            found, found_grouped = plain.search(text), grouped.search(text)
            assert (found and found.start()) == (found_grouped and found_grouped.start()), (name, text)
