"""Page furniture: share bars, sign-up boxes, ads, tags, menus, notices and sign-offs.

A phrase that is furniture only at the edge of a line carries its anchor: "^share\\b" (a
line opening with "share" is a button; "share" in a sentence is a verb).
"""
from __future__ import annotations

PHRASES: dict[str, dict[str, dict[str, str]]] = {
    # Share bars: "Share this article", "Tweet", "Email", "Print".
    "sharing": {
        "en": {r"share(?: this)?(?: article| story| post| page| on \w+)?": "label",
               "share(?: this(?: article| story| post)?)?": "line", "tweet": "line", "e-?mail": "line",
               "print": "line", "share (?:this|on|via)": "phrase", "share$": "phrase", r"^share\b": "phrase",
               r"^tweet\b": "phrase", "tweet this": "phrase", "share this": "sign_off"},
    },
    # Invitations to follow the site or the writer elsewhere.
    "follow": {
        "en": {r"follow us\b.*": "label", r"follow us(?: on \w+)?": "line", "follow us": "phrase",
               r"follow (?:\S+ ){0,6}on (?:facebook|twitter|instagram|linkedin)": "phrase",
               "follow (?:us|him|her|them|me)": "sign_off"},
    },
    # Newsletter and subscription boxes.
    "newsletter": {
        "en": {"newsletter": "label phrase", r"sign up\b.*": "label", r"subscribe\b.*": "label",
               "sign up": "line sign_off", "subscribe(?: now)?": "line", "subscribe": "phrase",
               "sign (?:up|in)": "phrase", "join our": "sign_off", "subscribe to": "sign_off",
               "newsletters?": "sign_off"},
    },
    # Accounts: "Log in", "Register".
    "account": {
        "en": {r"log ?in\b": "phrase", "log ?out": "phrase", r"^register\b": "phrase"},
    },
    # Ad slots: "Advertisement", "Anzeige".
    "advert": {
        "en": {"advertisement": "label line", "adverts?": "line", "^advertisement": "phrase",
               "^advertising": "phrase"},
        "ja": {"広告": "line"},
    },
    # Paid links: "Sponsored stories", "Partner content".
    "sponsored": {
        "en": {"sponsored(?: content| stories)?": "title", "partner content": "title",
               "sponsored(?: content)?": "line", "sponsored links?": "line", r"^sponsored\b": "phrase",
               "sponsored (?:by|content|links?)": "phrase"},
        "ja": {"スポンサー(?:ド)?リンク": "line"},
    },
    # A post's tags and categories: "Tags:", "Filed under".
    "tags": {
        "en": {"tags?": "label lead", "topics": "label", "categories": "label lead", "archives": "label",
               "tags": "line", "topics?": "lead", "category": "lead", "filed under": "lead phrase",
               "posted in": "lead", "posted (?:in|by)": "phrase", "^tags?:": "phrase",
               "^categories:": "phrase"},
        "ja": {"タグ": "lead", "カテゴリー?": "lead"},
    },
    # Links on to the rest of a story: "Read more", "Weiterlesen".
    "read_more": {
        "en": {"read more": "line", "read (?:more|full|the full)": "phrase",
               "continue reading": "line phrase closing", "click here": "line phrase"},
        "de": {"weiterlesen": "phrase", "mehr lesen": "phrase"},
        "fr": {"lire la suite": "phrase"},
        "es": {"leer más": "phrase"},
        "ru": {"читать далее": "phrase"},
    },
    # A paywall's prompt closing a teaser: "Subscribe to continue", "Jetzt lesen mit …". Stems
    # keep the list short: "abonn" is German, French and Dutch, "prenumer" Polish and Swedish.
    "paywall": {
        "en": {"subscri": "closing", "log ?in to": "closing", "sign ?in to": "closing", "sign up to": "closing",
               "members? only": "closing", "for subscribers": "closing", "premium": "closing"},
        "de": {"abonn": "closing", "weiterlesen mit": "closing", "jetzt lesen": "closing"},
        "es": {"suscr": "closing", "inicia sesi": "closing"},
        "it": {"abbon": "closing"},
        "pt": {"assin": "closing"},
        "pl": {"zaloguj": "closing", "prenumer": "closing"},
    },
    # Comment counts and commenters' headers inside a short line: "12 comments", "Jane says:".
    "comment_count": {
        "en": {r"\d+ comments?": "phrase", r"comments? \(\d": "phrase",
               "(?:says|said|wrote|writes):$": "phrase"},
    },
    # Moving about the page: "Back to top", "Skip to content", "Next post".
    "navigation": {
        "en": {"back to top": "line phrase", "skip to (?:main )?content": "line", "skip to": "phrase",
               "previous (?:post|article|story)": "phrase", "next (?:post|article|story)": "phrase",
               "table of contents": "phrase", "load more": "phrase", "show more": "phrase"},
    },
    # Buttons and tools of players, menus and forms.
    "interface": {
        "en": {"like this": "line", "like loading": "line", r"loading\W*": "line", "close": "line",
               "menu": "line", "search": "line", "reply": "line", "report": "line",
               "was this (?:page|article|post) helpful": "phrase"},
    },
    # The site's own pages: "About us", "Privacy policy".
    "site": {
        "en": {"about us": "label", "privacy policy": "phrase", "terms (?:of|and) ": "phrase"},
    },
    # What a page says where an embedded player or slideshow did not load.
    "embed_notice": {
        "en": {"media playback is unsupported on your device": "line",
               r"this (?:slideshow|video|content|page|feature) requires javascript\.?": "line"},
    },
    # Banners never part of an article however long: cookies, script warnings, affiliate
    # disclosures.
    "cookie": {
        "en": {"cookies?": "notice"},
    },
    "notice": {
        "en": {"javascript": "notice", "earn (?:a )?commissions?": "notice", "affiliate links?": "notice"},
    },
    # Ways to reach the writer or the site: "Contact us", "Email Jane at …".
    "contact": {
        "en": {r"e-?mail (?:\w+ ){0,3}at": "sign_off", "contact (?:us|the author)": "sign_off"},
    },
    # A reference to cite the article by: "Citation: …".
    "citation": {
        "en": {"citation": "sign_off"},
    },
}
