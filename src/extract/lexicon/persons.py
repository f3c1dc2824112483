"""Personal pronouns and possessives, by grammatical person ("we", "unsere", "vous").

Who a text speaks as and to tells the kind of page: a business's page speaks as "we" to
"you" ("our team helps you"), a diary or a forum post as "I", a report of events in the
third person; "our services" more than "we". The trust signals (signals/voice.py) count
them in the body. Only words
that are nothing else in their language (German "Sie" is also "they", Spanish "su" is
also "his") nor a common word of another (French "du", Italian "ma", German "ja"), as the lists
are counted together whatever the page's language; but English "i" and French "je" stay,
too telling to leave out for Polish "i" (and) or Dutch "je" (you).
"""
from __future__ import annotations

_WORDS = {
    "pronoun_i": {
        "en": "i myself", "de": "ich mir mich", "fr": "je j moi", "es": "yo", "it": "io", "pt": "eu",
        "nl": "ik", "pl": "mnie",
    },
    "possessive_my": {
        "en": "my mine", "de": "mein meine meinen meinem meiner", "fr": "mon", "es": "mis",
        "it": "mio mia miei mie", "pt": "meu minha meus minhas", "nl": "mijn", "pl": "mój moja moje",
    },
    "pronoun_we": {
        "en": "we us ourselves", "de": "wir uns", "fr": "nous", "es": "nosotros nosotras", "it": "noi",
        "pt": "nós", "nl": "wij ons",
    },
    "possessive_our": {
        "en": "our ours", "de": "unser unsere unseren unserem unserer", "fr": "notre nos",
        "es": "nuestro nuestra nuestros nuestras", "it": "nostro nostra nostri nostre",
        "pt": "nosso nossa nossos nossas", "nl": "onze", "pl": "nasz nasza nasze nasi",
    },
    "pronoun_you": {
        "en": "you yourself", "de": "euch", "fr": "vous tu", "es": "usted ustedes tú vosotros", "it": "tu voi",
        "pt": "você vocês", "nl": "jij jullie", "pl": "ty wy",
    },
    "possessive_your": {
        "en": "your yours", "de": "dein deine deinen deinem euer eure", "fr": "votre vos ton ta tes",
        "es": "tus vuestro vuestra", "it": "tuo tua tuoi vostro vostra", "pt": "teu tua", "nl": "jouw uw",
        "pl": "twój twoja twoje wasz wasza",
    },
}

PHRASES: dict[str, dict[str, dict[str, str]]] = {
    person: {language: dict.fromkeys(words.split(), "") for language, words in table.items()}
    for person, table in _WORDS.items()
}
