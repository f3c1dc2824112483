"""Bytes -> text with the right charset, and the decision HTML or plain text.

Order of evidence, as browsers use it: a byte-order mark, then the HTTP header, then the
page's own `<meta charset>` / `http-equiv`, then detection (beautifulsoup4's UnicodeDammit,
backed by charset-normalizer). A declared charset that does not decode the bytes is wrong
and is ignored, so a page with a lying header still comes out readable.
"""
from __future__ import annotations

import codecs
import re

from .model import Origin, Page, PageKind, RawPage
from .options import InputFormat

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Single-byte charsets that charset-normalizer confuses with cp1252 on Latin text.
_LATIN_RIVALS = frozenset(("cp1250", "iso8859-2", "cp1257", "iso8859-15", "cp1254", "iso8859-13"))
# Valid multi-byte characters per invalid byte from which a page is UTF-8 with stray bytes.
_UTF8_MAJORITY = 10
_XML_ENCODING = re.compile(rb"^\s*<\?xml[^>]+encoding\s*=\s*[\"']([\w.:-]+)", re.I)
_HEADER_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w.:-]+)", re.I)
_META_CHARSET = re.compile(
    rb"<meta[^>]+charset\s*=\s*[\"']?\s*([\w.:-]+)", re.I
)
# WHATWG maps these labels to the superset browsers actually decode with.
_SUPERSETS = {
    "ascii": "cp1252", "us-ascii": "cp1252", "latin-1": "cp1252", "iso8859-1": "cp1252",
    "shift_jis": "cp932", "windows-31j": "cp932", "gb2312": "gb18030", "gbk": "gb18030",
    "euc_kr": "cp949", "iso8859-9": "cp1254", "tis-620": "cp874", "iso8859-11": "cp874",
}
_HEAD = 65536  # characters of a page that page_kind reads
_MARKUP_START = re.compile(
    r"\s*<(?:!--|(?:!doctype|html|\?xml|head|body|script|style|meta|link|div|title)\b)", re.I
)
_TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>")
_HTML_SIGNS = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|span|a\s|table|article|section|meta|title|br|li)\b",
    re.I,
)


def canonical_encoding(label: str | None) -> str | None:
    """The codec Python should use for a charset label, or None when it is unknown."""
    if not label:
        return None
    try:
        name = codecs.lookup(label.strip().strip("\"'")).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, name)


def declared_encodings(raw: RawPage) -> list[str]:
    """Charsets the page claims, best evidence first: the HTTP header, then its meta tag."""
    found: list[str] = []
    content_type = next((v for k, v in raw.headers.items() if k.lower() == "content-type"), "")
    if match := _HEADER_CHARSET.search(content_type):
        found.append(match.group(1))
    if declared := _XML_ENCODING.search(raw.data[:1024]) or _META_CHARSET.search(raw.data[:8192]):
        found.append(declared.group(1).decode("ascii", "replace"))
    names = [canonical_encoding(label) for label in found]
    return list(dict.fromkeys(name for name in names if name))


def decode(raw: RawPage) -> tuple[str, str]:
    """Decode a page's bytes; returns the text and the encoding that was used."""
    data = raw.data
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(name.removesuffix("-sig"), "replace"), name.removesuffix("-sig")
    candidates = declared_encodings(raw)
    # A page that is valid UTF-8 with non-ASCII bytes is UTF-8 whatever a single-byte
    # declaration says: the opposite mistake (cp1252 bytes that happen to be valid UTF-8)
    # is vanishingly rare, while stale "iso-8859-1" declarations are common.
    if not data.isascii():
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
        if (text := _mostly_utf8(data)) is not None:
            # A stray byte (a Latin-1 "é" pasted into a UTF-8 page) must not turn every
            # other accented letter into mojibake by sending the page to a single-byte charset.
            return text, "utf-8"
    for name in candidates:
        try:
            return data.decode(name), name.removesuffix("-sig")
        except (UnicodeDecodeError, LookupError):
            continue
    if detected := detect(data):
        return data.decode(detected, "replace"), detected
    return data.decode("utf-8", "replace"), "utf-8"


def _mostly_utf8(data: bytes) -> str | None:
    """The page decoded as UTF-8 with replacement when its multi-byte characters outnumber
    its invalid bytes many times over; None otherwise. A single-byte page almost never
    forms valid UTF-8 sequences, so the count tells them apart."""
    text = data.decode("utf-8", "replace")
    bad = text.count("\ufffd")
    good = len(text) - len(text.encode("ascii", "ignore")) - bad
    return text if good >= _UTF8_MAJORITY * bad else None


def detect(data: bytes) -> str | None:
    """Guess the charset of undeclared bytes with UnicodeDammit (charset-normalizer inside).

    On Western European text charset-normalizer often scores cp1250 and cp1252 alike and
    may pick cp1250, turning "è" into "č"; when cp1252 is as good, the browsers' fallback
    wins the tie. (The detectors are imported here: most pages declare their charset, and
    a single `extract page.html` should not pay for loading them.)
    """
    from bs4 import UnicodeDammit

    dammit = UnicodeDammit(data, is_html=True)
    name = canonical_encoding(dammit.original_encoding)
    if name in _LATIN_RIVALS and _cp1252_ties(data):
        return "cp1252"
    return name


def _cp1252_ties(data: bytes) -> bool:
    from charset_normalizer import from_bytes

    results = from_bytes(data[:200_000])
    best = results.best()
    if best is None:
        return False
    return any("cp1252" in match.could_be_from_charset and match.chaos <= best.chaos + 0.01
               and match.coherence >= best.coherence - 0.01 for match in results)


def page_kind(text: str, requested: InputFormat = InputFormat.AUTO) -> PageKind:
    """HTML or plain text, from the content: a few recognised tags make it HTML."""
    if requested is InputFormat.HTML:
        return PageKind.HTML
    if requested is InputFormat.TEXT:
        return PageKind.TEXT
    if _MARKUP_START.match(text, 0, _HEAD):  # an end position: no copy of the page's head
        return PageKind.HTML
    # Text that mentions a tag or two is still text: markup must be a real share of it.
    if len(_HTML_SIGNS.findall(text, 0, _HEAD)) < 2:
        return PageKind.TEXT
    head = text[:_HEAD]
    return PageKind.HTML if len(_TAG.findall(head)) * 5 >= len(head.split()) else PageKind.TEXT


def to_page(raw: RawPage, requested: InputFormat = InputFormat.AUTO) -> Page:
    """Decode a RawPage and decide once which engine it goes to.

    A fetched page lives at its final URL (after redirects): relative links resolve there.
    A kind the reader knew (a WET record is text) stands unless the caller asked for one.
    """
    text, encoding = decode(raw)
    kind = raw.kind if raw.kind is not None and requested is InputFormat.AUTO else page_kind(text, requested)
    origin = Origin(source=raw.source, url=raw.url, final_url=raw.final_url, http_status=raw.status,
                    fetched_at=raw.fetched_at, input_kind=kind, encoding=encoding)
    return Page(text=text, origin=origin)
