"""Who made it: bylines, author labels, picture credits, agencies and copyright lines."""
from __future__ import annotations

PHRASES: dict[str, dict[str, dict[str, str]]] = {
    # The word that introduces an author's name: "By Jane Doe", "Von Hans Meier".
    "byline": {
        "en": {"by": ""}, "de": {"von": ""}, "fr": {"par": ""}, "es": {"por": ""}, "it": {"di": ""},
        "nl": {"door": ""}, "sv": {"av": ""}, "ru": {"автор": ""}, "pt": {"por": ""}, "pl": {"autor": ""},
        "zh": {"作者": "", "文": ""}, "ja": {"文": "", "著者": ""},
    },
    # What may stand before "by": "Written by", "This article was written by".
    "byline_lead": {
        "en": dict.fromkeys((r"(?:this\s+)?(?:article|post|story|recipe|piece)(?:\s+was)?(?:\s+written)?",
                             "written", "posted", "published", "reported", "text", "words", "compiled",
                             "authored"), ""),
        "de": dict.fromkeys(("geschrieben", "verfasst", "veröffentlicht", "ein (?:beitrag|artikel|gastbeitrag)"), ""),
        "fr": dict.fromkeys(("écrit", "rédigé", "publié"), ""),
        "es": dict.fromkeys(("escrito", "redactado", "publicado"), ""),
        "it": dict.fromkeys(("(?:un )?articolo", "testo"), ""),
        "pt": dict.fromkeys(("escrito", "publicado", "postado"), ""),
        "nl": dict.fromkeys(("geschreven", "gepubliceerd", "geplaatst"), ""),
    },
    # A label before an author's name: "Author: Jane Doe".
    "author_label": {
        "en": dict.fromkeys(("author", "authors", "written", "writer", "byline"), ""),
        # Other languages' labels count with their colon: "Autor:", not "Autor Thomas Mann".
        "de": {r"autor(?:in|en)?(?=\s*:)": ""}, "fr": {r"auteur(?:e|s)?(?=\s*:)": ""},
        "es": {r"autor(?:a|es)?(?=\s*:)": ""}, "it": {r"autor[ei](?=\s*:)": ""}, "pt": {r"autor(?:a|es)?(?=\s*:)": ""},
        "nl": {r"auteurs?(?=\s*:)": ""}, "pl": {r"autor(?:ka|zy)?(?=\s*:)": ""}, "ru": {r"авторы?(?=\s*:)": ""},
        "zh": {r"作者\s*[：:]\s*": "", r"文\s*[/／]\s*": ""}, "ja": {r"(?:文|筆者|著者)\s*[：:／/]\s*": ""},
    },
    # The word between two authors' names: "Jane Doe and John Smith".
    "name_and": {
        "en": {"and": ""},
    },
    # What stands where a byline's name would (author boxes, share bars): never a person.
    "not_a_name": {
        "en": dict.fromkeys(("author", "authors", "about the author", "about", "share", "comments", "follow",
                             "view all posts", "view more posts", "more", "read more", "written by", "by",
                             "posts", "contributor", "contributors", "menu", "search", "bio", "full bio",
                             "see full bio", "profile", "view profile", "topic author", "more articles",
                             "all posts", "post", "collection", "category", "comment", "via", "names"), ""),
    },
    # Who else worked on a story: "Additional reporting by Jane Doe".
    "reporting_credit": {
        "en": {"(?:additional )?(?:reporting|writing|editing) by": ""},
    },
    # The word of a picture credit: "Photo: Jane Doe", "(Bild: dpa)". Each engine reads its
    # own share of the words: widening one changed the output when the lists were merged.
    "credit": {
        "en": {"photo": "lead caption run_in start bracket", "image": "lead caption run_in start bracket numbered",
               "picture": "lead caption run_in start bracket", "credit": "lead caption run_in start bracket",
               "source": "lead start", "photograph": "lead", "illustration": "start bracket",
               "caption": "start",
               "courtesy": "bracket", "file": "bracket", "video": "bracket",
               "image copyright": "bare"},
        "de": {"foto": "lead caption start", "bild": "lead caption start", "quelle": "start"},
        "es": {"imagen": "lead caption start"}, "pt": {"imagem": "lead caption start"},
        "nl": {"beeld": "lead caption start"}, "pl": {"zdjęcie": "lead caption start"},
    },
    # What may follow a credit's word: "Photo credit:", "Image copyright:".
    "credit_suffix": {
        "en": {"copyright": "lead", "credit": "lead start"},
    },
    # What ends the name in a byline: "By Jane Doe on May 3", "By Jane Doe in Politics".
    "byline_end": {
        "en": dict.fromkeys(("on", "at", "in"), ""),
    },
    # Picture libraries and agencies, written as credits print them ("/AP", "(AP)", "Foto: dpa").
    # A short name is read at a word's start ("\\bapa"), so "mapa" is not an agency.
    "credit_agency": {
        "en": {"getty(?: images)?": "tail", "getty images": "caption phrase", "getty": "bracket",
               "shutterstock": "tail caption bracket phrase", "istock(?:photo)?": "tail phrase",
               "istock": "bracket", "reuters": "tail bracket", r"\breuters\b": "caption",
               "afp": "tail bracket", r"\bafp\b": "caption",
               "epa": "tail", "ap": "bracket", "/ ?ap": "tail", r"/ ?ap\b": "caption", r"\(ap\)": "caption",
               "ap photo": "phrase"},
        "de": {r"\bdpa": "tail", "dpa": "bracket", "picture[- ]alliance": "tail caption bracket phrase",
               r"\bimago(?: images)?": "tail", "imago images": "caption phrase", "imago": "bracket",
               r"\bkeystone": "tail", "keystone": "bracket", r"\bapa": "tail", "apa": "bracket"},
        "es": {r"\befe": "tail", "efe": "bracket", r"\beuropa press": "tail", "europa press": "bracket"},
        "it": {r"\bansa": "tail", "ansa": "bracket"},
        "pt": {r"\blusa": "tail", "lusa": "bracket"},
        "nl": {r"\banp": "tail", "anp": "bracket"},
        "pl": {r"\bpap": "tail", "pap": "bracket"},
        "ru": {"тасс": "tail bracket", "риа новости": "tail bracket"},
        "zh": {"新华社": "tail", "视觉中国": "tail caption"},
        "ja": {"共同通信": "tail", "時事通信": "tail"},
    },
    # Copyright lines: "All rights reserved" (the © sign is the engines' business).
    "copyright": {
        "en": {"copyright": "sign_off", "all rights reserved": "sign_off notice",
               "subject to copyright": "sign_off"},
        "de": {"alle rechte vorbehalten": "sign_off notice", "vervielfältigung nur mit genehmigung": "sign_off notice",
               "urheberrechtlich geschützt": "sign_off"},
        "fr": {"tous droits réservés": "sign_off notice", "reproduction interdite": "sign_off notice"},
        "es": {"todos los derechos reservados": "sign_off notice", "prohibida su reproducción": "sign_off notice"},
        "it": {"tutti i diritti riservati": "sign_off notice", "riproduzione riservata": "sign_off notice"},
        "pt": {"todos os direitos reservados": "sign_off notice"},
        "nl": {"alle rechten voorbehouden": "sign_off notice"},
        "pl": {"wszelkie prawa zastrzeżone": "sign_off notice", "materiał chroniony prawem autorskim": "sign_off notice"},
        "ru": {"все права защищены": "sign_off notice"},
        "zh": {"版权所有": "sign_off notice", "保留所有权利": "sign_off notice", "未经许可不得转载": "sign_off notice",
               "版權所有": "sign_off notice"},
        "ja": {"無断転載": "sign_off notice", "無断複製": "sign_off notice"},
    },
}
