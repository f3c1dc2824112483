"""Month and weekday names, full and abbreviated, each mapped to its number, per language.

The date readers and the text engine build their patterns from these names. An
abbreviation that is also a common word stays out ("ago", Spanish "agosto" and English
"ago"; "ene" of "energy"; "set", "out", "mag", "gen"): the full name is read instead.
Russian and Polish months are listed as dates print them (genitive, "12 марта", "12
marca") and as headings do (nominative). Chinese and Japanese months are numbered ("3月"):
their names here are the written-out ones ("三月").
"""
from __future__ import annotations


def _numbered(*names: str) -> dict[str, int]:
    """Names given in order, one or more per number: "january jan" is 1."""
    return {name: number for number, group in enumerate(names, start=1) for name in group.split()}


MONTHS: dict[str, dict[str, int]] = {
    "en": _numbered("january jan", "february feb", "march mar", "april apr", "may", "june jun", "july jul",
                    "august aug", "september sept sep", "october oct", "november nov", "december dec"),
    "de": _numbered("januar jänner", "februar", "märz mär", "april", "mai", "juni", "juli", "august",
                    "september", "oktober okt", "november", "dezember dez"),
    "fr": _numbered("janvier janv", "février févr", "mars", "avril avr", "mai", "juin", "juillet juil",
                    "août", "septembre", "octobre", "novembre", "décembre déc"),
    "es": _numbered("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
                    "septiembre setiembre", "octubre", "noviembre", "diciembre"),
    "it": _numbered("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto",
                    "settembre", "ottobre", "novembre", "dicembre"),
    "pt": _numbered("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro",
                    "outubro", "novembro", "dezembro"),
    "nl": _numbered("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september",
                    "oktober", "november", "december"),
    "pl": _numbered("stycznia styczeń", "lutego luty", "marca marzec", "kwietnia kwiecień", "maja maj",
                    "czerwca czerwiec", "lipca lipiec", "sierpnia sierpień", "września wrzesień",
                    "października październik", "listopada listopad", "grudnia grudzień"),
    "ru": _numbered("января январь", "февраля февраль", "марта март", "апреля апрель", "мая май",
                    "июня июнь", "июля июль", "августа август", "сентября сентябрь", "октября октябрь",
                    "ноября ноябрь", "декабря декабрь"),
    "zh": _numbered("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"),
    "ja": _numbered("一月", "二月", "三月", "四月", "五月", "六月", "七月", "八月", "九月", "十月", "十一月", "十二月"),
}
WEEKDAYS: dict[str, dict[str, int]] = {
    "en": _numbered("monday mon", "tuesday tues tue", "wednesday wed", "thursday thurs thur thu", "friday fri",
                    "saturday sat", "sunday sun"),
    "de": _numbered("montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag sonnabend", "sonntag"),
    "fr": _numbered("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": _numbered("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "it": _numbered("lunedì lunedi", "martedì martedi", "mercoledì mercoledi", "giovedì giovedi",
                    "venerdì venerdi", "sabato", "domenica"),
    "pt": _numbered("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado",
                    "domingo"),
    "nl": _numbered("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    "pl": _numbered("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    "ru": _numbered("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    "zh": _numbered("星期一 周一", "星期二 周二", "星期三 周三", "星期四 周四", "星期五 周五", "星期六 周六",
                    "星期日 星期天 周日"),
    "ja": _numbered("月曜日", "火曜日", "水曜日", "木曜日", "金曜日", "土曜日", "日曜日"),
}
