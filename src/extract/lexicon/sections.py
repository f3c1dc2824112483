"""Headings of what is not the article: comment threads, author boxes, link directories.

Under such a heading the page holds another section than the story: the HTML engine leaves
out what follows a `title`, the text engine ends the article at a `heading`, `whole` or
`alone` (uses: see the lexicon's docstring). Related links have a module of their own.
"""
from __future__ import annotations

PHRASES: dict[str, dict[str, dict[str, str]]] = {
    # A comment thread: "Comments", "12 Responses", "Kommentare". A bare "Kommentar" is a
    # German opinion column, not a thread: only the plural is read.
    "comments": {
        "en": {"comments?": "title whole line", "responses?": "title whole", "replies": "title whole",
               "reactions": "whole", "discussion": "title whole", "reader comments": "title",
               "top rated comments": "title", "comments are closed": "line"},
        "de": {"kommentare": "title whole line", "leserkommentare": "whole", "neueste kommentare": "title",
               "aktuelle kommentare": "title", "kommentare (?:sind )?geschlossen": "line",
               r"(?:derzeit |bisher )?(?:noch )?keine kommentare(?: vorhanden)?\.?": "line",
               r"leider sind keine kommentare möglich\.?": "line"},
        "fr": {"commentaires": "title whole line", "réactions": "whole"},
        "es": {"comentarios": "title whole line"}, "it": {"commenti": "title whole line"},
        "pt": {"comentários": "title alone line"}, "nl": {"reacties": "title whole line"},
        "pl": {"komentarze": "title whole line", "komentarzy": "title whole line"},
        "ru": {"комментарии": "title whole line", "комментариев": "title whole line"},
        "zh": {"评论": "title whole line", "網友評論": "title", "网友评论": "title", "评论区": "title",
               "条评论": "title", r"\d+ ?条评论": "whole", "评论已关闭": "whole line"},
        "ja": {"コメント": "title whole line", "コメント一覧": "title", "件のコメント": "title",
               r"\d+ ?件のコメント": "whole", "コメントは(?:受け付けていません|締め切りました)": "whole line"},
    },
    # A bare singular ("Response", "Comment") heads a part of the article (the council's
    # response, an opinion column), never a thread: not a title on its own.
    "comment_singular": {
        "en": {"comment": "title", "response": "title", "reply": "title"},
    },
    # What a thread's heading may end with: "Comments are closed", "Kommentare geschlossen".
    "comments_closed": {
        "en": {"(?:are|is) closed": "whole"}, "de": {"(?:sind )?geschlossen": "whole"},
        "fr": {"(?:sont )?fermés": "whole"}, "es": {"(?:están )?cerrados": "whole"},
        "it": {"(?:sono )?chiusi": "whole"}, "pt": {"(?:estão )?(?:fechados|encerrados)": "whole"},
        "nl": {"(?:zijn )?gesloten": "whole"}, "pl": {"(?:są )?(?:zamknięte|wyłączone)": "whole"},
        "ru": {"закрыты": "whole"},
    },
    # A thread's title naming the article, after a count in the text engine:
    # "12 thoughts on “Title”".
    "comments_on": {
        "en": {"(?:comments?|responses?|replies|thoughts?|reactions?) (?:to|on)": "title heading"},
        "de": {"kommentare zu": "title heading", "antworten zu": "heading"},
        "fr": {"commentaires (?:sur|à)": "title heading", "réponses (?:sur|à)": "title heading"},
        "es": {"comentarios (?:a|en|sobre)": "title heading", "respuestas a": "title heading"},
        "it": {"commenti (?:a|su)": "title heading", "risposte a": "title heading"},
        "pt": {"comentários (?:para|em|sobre)": "title heading", "respostas para": "title heading"},
        "nl": {"reacties (?:op|over)": "title heading"},
        "pl": {"komentarze do": "title heading", "komentarzy do": "title heading"},
        "ru": {"комментарии (?:к|на)": "title heading", "комментариев (?:к|на)": "title heading"},
    },
    # The invitation over a comment form: "Leave a reply", "Schreibe einen Kommentar".
    "comment_prompt": {
        "en": {"leave a (?:reply|comment)": "title line phrase",
               "(?:leave|post|add|write|submit) a (?:comment|reply)": "heading",
               "join the (?:discussion|conversation)": "title heading"},
        "de": {"schreibe einen kommentar": "title line phrase heading",
               "schreiben sie einen kommentar": "title line phrase heading",
               "hinterlasse einen kommentar": "title line phrase heading",
               "hinterlassen sie einen kommentar": "title line phrase heading",
               "hinterlasse eine antwort": "title line phrase heading",
               "kommentare? (?:schreiben|verfassen|abgeben)": "title line phrase heading",
               "diskutieren sie mit": "title heading", "jetzt kommentieren": "title line phrase"},
        "fr": {"laisser un commentaire": "title line phrase heading",
               "laisser une réponse": "title line phrase heading",
               "(?:ajouter|écrire|poster) un commentaire": "heading",
               "ajouter un commentaire": "title line phrase", "écrire un commentaire": "title line phrase",
               "réagir à cet article": "title line phrase heading",
               "participer à la discussion": "title heading"},
        "es": {"deja (?:una|un|su|tu) (?:respuesta|comentario)": "title line phrase heading",
               "dejar un comentario": "title line phrase heading",
               "escribe (?:un|tu) comentario": "title line phrase heading",
               "añadir (?:un )?comentario": "title line phrase", "únete a la conversación": "title heading",
               r"para comentar,? (?:debes|tienes que|es necesario) .{0,80}": "line"},
        "it": {"lascia un commento": "title line phrase heading",
               "lascia una risposta": "title line phrase heading",
               "scrivi un commento": "title line phrase heading",
               "aggiungi un commento": "title line phrase", "partecipa alla discussione": "title heading"},
        "pt": {"deixe (?:uma|um|seu|o seu) (?:resposta|comentário)": "title line phrase heading",
               "escreva (?:um|seu) comentário": "title line phrase heading",
               "adicionar comentário": "title line phrase", "participe da discussão": "title heading"},
        "nl": {"laat een reactie achter": "title line phrase heading",
               "geef een reactie": "title line phrase heading",
               "plaats een reactie": "title line phrase heading",
               "schrijf een reactie": "title line phrase heading",
               "reageer op dit artikel": "title line phrase heading"},
        "pl": {"dodaj komentarz": "title line phrase heading", "napisz komentarz": "title line phrase heading",
               "zostaw komentarz": "title line phrase heading", "skomentuj": "title line"},
        "ru": {"оставьте комментарий": "title line phrase heading",
               "оставить комментарий": "title line phrase heading",
               "добавить комментарий": "title line phrase heading",
               "написать комментарий": "title line phrase heading",
               "оставьте ответ": "title line phrase heading"},
        "zh": {"发表评论": "title line phrase heading", "發表評論": "title line phrase heading",
               "发表回复": "title line phrase heading", "写评论": "title line phrase heading",
               "我要评论": "title line phrase heading", "参与讨论": "title heading"},
        "ja": {"コメントを残す": "title line phrase heading", "コメントを書く": "title line phrase heading",
               "コメントする": "title line phrase heading", "コメントを投稿": "title line phrase heading",
               "返信を残す": "title line phrase heading"},
    },
    # An author box.
    "author_bio": {
        "en": {"about the author": "title heading"},
        "de": {"über den autor": "title heading", "über die autorin": "title heading",
               "über die autoren": "title heading"},
        "fr": {"à propos de l'auteur": "title heading", "à propos de l’auteur": "title heading",
               "l'auteur": "title", "l’auteur": "title"},
        "es": {"sobre el autor": "title heading", "sobre la autora": "title heading",
               "acerca del autor": "title heading"},
        "it": {"sull'autore": "title heading", "sull’autore": "title heading",
               "informazioni sull'autore": "title heading"},
        "pt": {"sobre o autor": "title heading", "sobre a autora": "title heading"},
        "nl": {"over de auteur": "title heading", "over de schrijver": "title heading"},
        "pl": {"o autorze": "title heading"}, "ru": {"об авторе": "title heading"},
        "zh": {"关于作者": "title heading", "作者简介": "title heading"},
        "ja": {"著者について": "title heading", "この記事を書いた人": "title heading",
               "著者プロフィール": "title heading"},
    },
    # "About" before a name: an author's or a company's box ("About Jane Doe").
    "about": {
        "en": {"about": "named"}, "de": {"über": "named"}, "pt": {"sobre": "named"},
        "es": {"sobre": "named", "acerca de": "named"}, "fr": {"à propos de": "named"},
        "it": {"a proposito di": "named"},
    },
    # A link directory: "Business directory", "Branchenverzeichnis".
    "directory": {
        "en": {r"(?:\w+ )?directory(?: of \w+)?": "title"},
        "de": {"firmenverzeichnis": "title", "branchenverzeichnis": "title", "anbieterverzeichnis": "title",
               r"verzeichnis der \w+": "title"},
        "fr": {r"annuaire(?: des \w+)?": "title"}, "es": {r"directorio(?: de \w+)?": "title"},
        "it": {r"elenco (?:delle )?aziende": "title"}, "pt": {r"diretório(?: de \w+)?": "title"},
        "nl": {"bedrijvengids": "title"}, "pl": {r"katalog firm": "title"},
        "ru": {r"каталог (?:компаний|организаций)": "title"},
        "zh": {"企业名录": "title"}, "ja": {"企業一覧": "title"},
    },
}
