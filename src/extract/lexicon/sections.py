"""Headings of what is not the article: comment threads, related links, author boxes.

Under such a heading the page holds another section than the story: the HTML engine leaves
out what follows a `title`, the text engine ends the article at a `heading`, `whole` or
`alone` (uses: see the lexicon's docstring).
"""
from __future__ import annotations

PHRASES: dict[str, dict[str, dict[str, str]]] = {
    # A comment thread: "Comments", "12 Responses", "Kommentare".
    "comments": {
        "en": {"comments?": "title whole line", "responses?": "title whole", "replies": "title whole",
               "reactions": "whole", "discussion": "title whole", "reader comments": "title",
               "top rated comments": "title"},
        "de": {"kommentare": "title whole"}, "fr": {"commentaires": "title whole"},
        "es": {"comentarios": "title whole"}, "it": {"commenti": "title whole"},
        "pt": {"comentários": "title alone"}, "ru": {"комментарии": "title whole"},
        "nl": {"reacties": "title"}, "pl": {"komentarze": "title"},
    },
    # A bare singular ("Response", "Comment") heads a part of the article (the council's
    # response, an opinion column), never a thread: not a title on its own.
    "comment_singular": {
        "en": {"comment": "title", "response": "title", "reply": "title"},
    },
    # What a thread's heading may end with: "Comments are closed".
    "comments_closed": {
        "en": {"(?:are|is) closed": "whole"},
    },
    # A thread's title naming the article, after a count in the text engine:
    # "12 thoughts on “Title”".
    "comments_on": {
        "en": {"(?:comments?|responses?|replies|thoughts?|reactions?) (?:to|on)": "title heading"},
    },
    # The invitation over a comment form: "Leave a reply", "Schreibe einen Kommentar".
    "comment_prompt": {
        "en": {"leave a (?:reply|comment)": "title line phrase",
               "(?:leave|post|add|write|submit) a (?:comment|reply)": "heading",
               "join the (?:discussion|conversation)": "title heading"},
        "pt": {"deixe (?:uma|um|seu) (?:resposta|comentário)": "heading"},
        "es": {"deja (?:una|un|su) (?:respuesta|comentario)": "heading"},
        "it": {"lascia un commento": "heading"},
        "fr": {"laisser un commentaire": "heading", "laisser une réponse": "heading"},
        "de": {"(?:schreibe|hinterlasse)(?:n sie)? einen kommentar": "heading",
               "kommentar (?:schreiben|verfassen)": "heading"},
        "ru": {"оставьте комментарий": "heading", "оставить комментарий": "heading"},
    },
    # Links to other pages: "Related stories", "You may also like", "Lesen Sie auch".
    "related": {
        "en": {
            r"related(?:\s+\w+)?": "title", "related(?: articles| stories| posts)?": "line",
            "related": "heading", r"^related\b": "phrase",
            "related (?:articles?|posts?|stories|content)": "phrase",
            r"you (?:may|might|will|could|should) (?:also )?(?:like|enjoy|love|read|want|be interested)\b.*":
                "title",
            "you (?:might|may)": "heading",
            "you (?:might|may) (?:also )?(?:like|read|enjoy|be interested)": "phrase",
            r"more (?:from|stories|news|articles|on|in|like this|to read|videos?)\b.*": "title",
            "more (?:from|on|in|about|stories|articles|news|like this|to read)": "heading",
            r"more\b.{0,40}\b(?:stories|articles|news|posts|videos|reads)": "title",
            r"more (?:\S+ ){0,3}(?:stories|articles|news|posts|reads|videos)": "alone",
            "like this": "title", "like this article": "heading",
            r"read (?:more|next|also|this next)\b.*": "title", "read next": "heading",
            "also read": "title heading", "see also": "title line heading", "keep reading": "title",
            "what to read next": "title", "further reading": "heading",
            "recommended(?: for you| stories| reading| articles)?": "title", "recommended": "heading",
            r"^recommended\b": "phrase", "we recommend": "heading",
            "popular(?: posts| stories| now| articles)?": "title", "popular": "heading",
            r"most (?:read|popular|viewed|shared|commented)\b.*": "title",
            "most (?:read|popular|viewed|shared)": "heading", "most (?:read|popular|viewed)": "phrase",
            "trending(?: now| stories)?": "title", "trending": "heading", r"^trending\b": "phrase",
            "top stories": "title", "latest (?:news|stories|posts|articles|videos)": "title",
            "latest": "heading", "recent (?:posts|articles|stories)": "title", "editor'?s picks": "title",
            "editor'?s? picks?": "heading",
            "around the web": "title", "from the web": "title", "don'?t miss": "title heading",
            r"elsewhere on\b.*": "title", r"next up\b": "heading", "up next": "heading",
        },
        "pt": {"leia (?:também|mais)": "title heading", "veja também": "title",
               r"você (?:pode|também pode) gostar\b.*": "title", "você (?:também )?pode gostar": "heading",
               "artigos relacionados": "title", "notícias relacionadas": "title",
               "(?:artigos|notícias|posts) relacionad[oa]s": "heading"},
        "de": {"lesen sie auch": "title", "mehr zum thema": "title heading", "ähnliche artikel": "title",
               "das könnte sie auch interessieren": "title heading", "weitere artikel": "title",
               "(?:ähnliche|weitere|verwandte) (?:artikel|beiträge|nachrichten)": "heading"},
        "fr": {"à lire aussi": "title", "lire aussi": "title phrase", "articles similaires": "title",
               "sur le même sujet": "title heading", "articles (?:similaires|liés|connexes)": "heading",
               "à lire (?:aussi|également)": "heading", "vous aimerez aussi": "heading"},
        "es": {"artículos relacionados": "title", "noticias relacionadas": "title",
               "(?:artículos|noticias|posts) relacionad[oa]s": "heading",
               "te puede interesar": "title heading",
               "también te puede interesar": "title", "lee también": "title", "lea también": "heading"},
        "it": {"leggi anche": "title phrase", "articoli correlati": "title heading",
               "potrebbe interessarti": "title heading"},
        "ru": {"похожие статьи": "title", "похожие (?:статьи|новости)": "heading",
               "читайте также": "title heading"},
        "ja": {"関連記事": "title"},
        "zh": {"相关文章": "title"},
        "nl": {"gerelateerde artikelen": "title", "lees ook": "title"},
        "pl": {"powiązane artykuły": "title", "czytaj też": "title"},
    },
    # An author box.
    "author_bio": {
        "en": {"about the author": "title heading"},
    },
    # "About" before a name: an author's or a company's box ("About Jane Doe").
    "about": {
        "en": {"about": "named"}, "de": {"über": "named"}, "pt": {"sobre": "named"},
        "es": {"sobre": "named", "acerca de": "named"}, "fr": {"à propos de": "named"},
        "it": {"a proposito di": "named"},
    },
    # A link directory: "Business directory".
    "directory": {
        "en": {r"(?:\w+ )?directory(?: of \w+)?": "title"},
    },
}
