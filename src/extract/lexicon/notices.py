"""Banners and sign-offs: cookie prompts, script warnings, affiliate disclosures, players that
did not load, contact lines and citations.

A `notice` marks a block as furniture however long it is, so its phrases name the banner
itself ("Diese Website verwendet Cookies", "liens affiliés"), not a topic an article may be
about. The Latin word "cookie" is read by the English entry in every language.
"""
from __future__ import annotations

PHRASES: dict[str, dict[str, dict[str, str]]] = {
    # What a page says where an embedded player or slideshow did not load.
    "embed_notice": {
        "en": {"media playback is unsupported on your device": "line",
               r"this (?:slideshow|video|content|page|feature) requires javascript\.?": "line"},
        "de": {r"(?:dieser|der) inhalt (?:kann|konnte) nicht (?:geladen|angezeigt) werden\.?": "line",
               r"(?:bitte )?aktivieren sie javascript.{0,80}": "line", "externer inhalt": "line"},
        "fr": {r"(?:ce|le) contenu (?:n'est pas disponible|ne peut pas être affiché)\.?": "line",
               r"(?:veuillez )?activer javascript.{0,80}": "line"},
        "es": {r"(?:este|el) contenido no (?:está disponible|se puede mostrar)\.?": "line",
               r"(?:por favor,? )?(?:activa|habilita) javascript.{0,80}": "line"},
        "it": {r"(?:questo|il) contenuto non è disponibile\.?": "line", r"(?:attiva|abilita) javascript.{0,80}": "line"},
        "pt": {r"(?:este|o) conteúdo não está disponível\.?": "line", r"(?:ative|habilite) o javascript.{0,80}": "line"},
        "nl": {r"(?:deze|de) inhoud is niet beschikbaar\.?": "line", r"schakel javascript in.{0,80}": "line"},
        "pl": {r"(?:ta )?treść jest niedostępna\.?": "line", r"włącz javascript.{0,80}": "line"},
        "ru": {r"(?:этот )?контент недоступен\.?": "line", r"включите javascript.{0,80}": "line"},
        "zh": {"该内容无法显示": "line", r"请启用\s*javascript.{0,40}": "line"},
        "ja": {"このコンテンツは表示できません": "line", r"javascriptを有効にしてください.{0,40}": "line"},
    },
    # Banners never part of an article however long: cookies, script warnings, affiliate
    # disclosures.
    "cookie": {
        "en": {"cookies?": "notice"},
        "fr": {"témoins de connexion": "notice"},
        "pl": {"ciastecz(?:ka|ek|kach|kami)": "notice"},
        "ru": {"файлы куки": "notice"},
        "zh": {"使用cookie": "notice", "使用cookies": "notice"},
        "ja": {"クッキー(?:を使用|の使用)": "notice"},
    },
    "notice": {
        "en": {"javascript": "notice", "earn (?:a )?commissions?": "notice", "affiliate links?": "notice"},
        "de": {"affiliate-links?": "notice", "werbelinks?": "notice", r"provisions-links?": "notice",
               "erhalten wir (?:eine )?provision": "notice",
               "(?:dieser|der) (?:beitrag|artikel|post) enthält (?:unbezahlte )?werbung": "notice",
               "neue beiträge per e-mail": "notice"},
        "fr": {"liens? affiliés?": "notice", "liens? d'affiliation": "notice",
               "(?:nous )?(?:percevons|touchons) une commission": "notice"},
        "es": {"enlaces? de afiliados?": "notice", "(?:recibimos|ganamos) una comisión": "notice"},
        "it": {"link di affiliazione": "notice", "(?:riceviamo|percepiamo) una commissione": "notice"},
        "pt": {"links? de afiliados?": "notice", "(?:recebemos|ganhamos) uma comissão": "notice"},
        "nl": {"affiliate-links?": "notice", "ontvangen wij een commissie": "notice"},
        "pl": {"linki afiliacyjne": "notice", "linki partnerskie": "notice"},
        "ru": {"партн[её]рские ссылки": "notice"},
        "zh": {"推广链接": "notice"},
        "ja": {"アフィリエイト(?:広告|リンク)": "notice"},
    },
    # Ways to reach the writer or the site: "Contact us", "Email Jane at …", "Kontakt:".
    "contact": {
        "en": {r"e-?mail (?:\w+ ){0,3}at": "sign_off", "contact (?:us|the author)": "sign_off"},
        "de": {"kontaktieren sie (?:uns|die redaktion)": "sign_off", "schreiben sie (?:uns|der redaktion)": "sign_off",
               r"^kontakt(?=\s*:|\W*$)": "sign_off"},
        "fr": {"contactez-nous": "sign_off", "nous contacter": "sign_off", "écrivez-nous": "sign_off"},
        "es": {"contáctanos": "sign_off", "contacte con nosotros": "sign_off", "escríbenos": "sign_off"},
        "it": {"contattaci": "sign_off", "scrivici": "sign_off"},
        "pt": {"fale conosco": "sign_off", "entre em contato": "sign_off", "contacte-nos": "sign_off"},
        "nl": {"neem contact (?:met ons )?op": "sign_off"},
        "pl": {"skontaktuj się z nami": "sign_off", "napisz do nas": "sign_off"},
        "ru": {"свяжитесь с нами": "sign_off", "напишите нам": "sign_off"},
        "zh": {"联系我们": "sign_off"},
        "ja": {"お問い合わせ": "sign_off"},
    },
    # A reference to cite the article by: "Citation: …".
    "citation": {
        "en": {"citation": "sign_off"},
    },
}
