"""Who made it: bylines, author labels, picture credits, agencies and copyright lines."""
from __future__ import annotations

PHRASES: dict[str, dict[str, dict[str, str]]] = {
    # The word that introduces an author's name: "By Jane Doe", "Von Hans Meier".
    "byline": {
        "en": {"by": ""}, "de": {"von": ""}, "fr": {"par": ""}, "es": {"por": ""}, "it": {"di": ""},
        "nl": {"door": ""}, "sv": {"av": ""}, "ru": {"автор": ""},
    },
    # What may stand before "by": "Written by", "This article was written by".
    "byline_lead": {
        "en": dict.fromkeys((r"(?:this\s+)?(?:article|post|story|recipe|piece)(?:\s+was)?(?:\s+written)?",
                             "written", "posted", "published", "reported", "text", "words", "compiled",
                             "authored"), ""),
    },
    # A label before an author's name: "Author: Jane Doe".
    "author_label": {
        "en": dict.fromkeys(("author", "authors", "written", "writer", "byline"), ""),
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
        "en": {"photo": "lead caption run_in start bracket", "image": "lead caption run_in start bracket",
               "picture": "lead caption run_in start bracket", "credit": "lead caption run_in start bracket",
               "source": "lead start", "photograph": "lead", "illustration": "start bracket",
               "caption": "start",
               "courtesy": "bracket", "file": "bracket", "video": "bracket"},
        "de": {"foto": "lead caption start", "bild": "lead caption start", "quelle": "start"},
    },
    # Picture libraries and agencies, written as credits print them ("/AP", "(AP)").
    "credit_agency": {
        "en": {"getty(?: images)?": "tail", "getty images": "caption phrase", "getty": "bracket",
               "shutterstock": "tail caption bracket phrase", "istock(?:photo)?": "tail phrase",
               "istock": "bracket", "reuters": "tail bracket", r"\breuters\b": "caption",
               "afp": "tail bracket", r"\bafp\b": "caption",
               "epa": "tail", "ap": "bracket", "/ ?ap": "tail", r"/ ?ap\b": "caption", r"\(ap\)": "caption",
               "ap photo": "phrase"},
    },
    # Copyright lines: "All rights reserved" (the © sign is the engines' business).
    "copyright": {
        "en": {"copyright": "sign_off", "all rights reserved": "sign_off notice",
               "subject to copyright": "sign_off"},
    },
}
