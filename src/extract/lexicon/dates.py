"""The words of a date line: what opens it ("Published", "Veröffentlicht am"), what else it
may hold (times, time zones, reading times), and how long ago.

Month and weekday names are in months.py. A date line is a date plus some of these words
and nothing else, so the words may be everyday ones ("am", "le", "el"): they are only
read around a date.
"""
from __future__ import annotations

PHRASES: dict[str, dict[str, dict[str, str]]] = {
    # What a date line opens with: "Published", "Last updated", "Veröffentlicht", "公開日".
    "date_lead": {
        "en": dict.fromkeys(("published", "posted", "updated", "last"), ""),
        "de": dict.fromkeys(("veröffentlicht", "aktualisiert", "erstellt", "zuletzt", "geändert", "letzte änderung",
                             "stand", "datum"), ""),
        "fr": dict.fromkeys(("publié", "mis à jour", "modifié", "créé", "dernière mise à jour"), ""),
        "es": dict.fromkeys(("publicado", "actualizado", "creado", "modificado", "última actualización"), ""),
        "it": dict.fromkeys(("pubblicato", "aggiornato", "ultimo aggiornamento", "ultima modifica"), ""),
        "pt": dict.fromkeys(("publicado", "atualizado", "criado", "modificado", "última atualização"), ""),
        "nl": dict.fromkeys(("gepubliceerd", "bijgewerkt", "geplaatst", "laatst bijgewerkt"), ""),
        "pl": dict.fromkeys(("opublikowano", "zaktualizowano", "aktualizacja", "dodano", "data publikacji"), ""),
        "ru": dict.fromkeys(("опубликовано", "обновлено", "дата публикации", "добавлено"), ""),
        "zh": dict.fromkeys(("发布时间", "发布于", "发表于", "发布日期", "更新时间", "發布時間"), ""),
        "ja": dict.fromkeys(("公開日", "更新日", "投稿日", "最終更新日"), ""),
    },
    # The other words a date line may hold: "on", "at", "am", time zones, "5 min read".
    "date_words": {
        "en": dict.fromkeys(("modified", "created", "written", "dated?", "reviewed", "on", "at", "am",
                             "pm", "utc", "gmt", "[ecmp][sd]t", "et", "pt", "mins?", "minutes?", "read",
                             "ago"), ""),
        "de": dict.fromkeys(("um", "uhr", "mez", "mesz", "lesezeit", "minuten", "min"), ""),
        "fr": dict.fromkeys(("le", "à", "h", "lecture"), ""),
        "es": dict.fromkeys(("el", "a las", "hs?", "lectura", "minutos"), ""),
        "it": dict.fromkeys(("il", "alle", "ore", "lettura", "minuti"), ""),
        "pt": dict.fromkeys(("em", "às", "h", "leitura", "minutos"), ""),
        "nl": dict.fromkeys(("op", "om", "uur", "leestijd", "minuten"), ""),
        "pl": dict.fromkeys(("dnia", "o", "godz", "czytania"), ""),
        "ru": dict.fromkeys(("в", "г", "года", "мин"), ""),
    },
    # The word between a day and its month, or a month and its year: "3rd of May",
    # "12 de marzo de 2021".
    "date_of": {
        "en": {"of": ""}, "es": {"de": ""}, "pt": {"de": ""},
    },
    # What a day's number may end with: "3rd of May", "May 21st".
    "date_ordinal": {
        "en": dict.fromkeys(("st", "nd", "rd", "th"), ""),
    },
    # What says a date is the last change, not the first publication: "Updated 3 May",
    # "Last modified". Read as stems, anywhere in a short date line.
    "date_updated": {
        "en": dict.fromkeys(("updat", "modif", "edited", "revised"), ""),
    },
    # A counter's word between two numbers: "1 of 4" (a slideshow's, a pager's).
    "counter_of": {
        "en": {"of": ""},
    },
    # How long ago, after a number: "3 hours ago", "3 ore fa", "3 часа назад". Languages that
    # put the number inside ("vor 3 Stunden", "il y a 3 heures") are not read this way.
    "date_ago": {
        "en": {"(?:minutes?|hours?|days?|weeks?) ago": ""},
        "it": {"(?:minuti|ore|giorni|settimane) fa": ""},
        "nl": {"(?:minuten|uur|dagen|weken) geleden": ""},
        "pl": {"(?:minut[ay]?|godzin[ay]?|dni|tygodni(?:e)?) temu": ""},
        "ru": {"(?:минут[уы]?|час(?:а|ов)?|дн(?:я|ей)|день|недел[иью]) назад": ""},
    },
}
