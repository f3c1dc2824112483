"""decode: bytes -> text with the right charset, in the browsers' order of evidence.

BOM, then the HTTP header (RawPage.headers), then <meta charset> / http-equiv, then
detection. A declaration that cannot decode the bytes, or a single-byte one on bytes that are
valid UTF-8, is ignored. Gzip is undone before (sources.files.read_bytes).
"""
from __future__ import annotations

import codecs
import gzip

import pytest

from extract import InputError, InputFormat, Options, PageKind, RawPage
from extract.decode import canonical_encoding, decode, declared_encodings, page_kind, to_page
from extract.sources.files import read_bytes

from support import GOLDEN, SAMPLES, load_script

_GENERATED = {page.name: page for page in load_script(GOLDEN / "make_encoded.py").PAGES}
RUSSIAN = "\n".join(_GENERATED["cp1251"].paragraphs)
JAPANESE = "\n".join(_GENERATED["shift-jis"].paragraphs)
FRENCH = "\n".join(_GENERATED["cp1252"].paragraphs)  # English with é, è, €, curly quotes
POLISH = (
    "Mleczny bar Różany w Krakowie przetrwa dzięki stałym klientom, którzy w ciągu sześciu "
    "tygodni zebrali pieniądze na pokrycie podwyżki czynszu. Właściciele, Zofia i Paweł Wąsik, "
    "mówią, że nie mogli podnieść cen, bo tanie obiady są istotą baru mlecznego. Pierogi, zupy "
    "i naleśniki kosztują tu niewiele więcej niż przed dziesięciu laty."
)


def page(body: str, head: str = "") -> str:
    return f"<!DOCTYPE html>\n<html><head>{head}<title>t</title></head><body><p>{body}</p></body></html>"


def raw(data: bytes, **headers: str) -> RawPage:
    return RawPage(data=data, source="test", headers={k.replace("_", "-"): v for k, v in headers.items()})


def decoded(data: bytes, **headers: str) -> tuple[str, str]:
    return decode(raw(data, **headers))


# -- byte-order marks ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bom", "codec", "name"),
    [
        (codecs.BOM_UTF8, "utf-8", "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le", "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "utf-16-be"),
    ],
)
def test_bom_decides_and_is_removed(bom: bytes, codec: str, name: str) -> None:
    html = page("Café “crème” — €3", head='<meta charset="windows-1252">')
    text, encoding = decoded(bom + html.encode(codec))
    assert text == html
    assert encoding == name
    assert "\ufeff" not in text


def test_bom_beats_the_http_header() -> None:
    html = page("Ъ — Привет, мир")
    text, encoding = decoded(codecs.BOM_UTF8 + html.encode("utf-8"), content_type="text/html; charset=windows-1251")
    assert (text, encoding) == (html, "utf-8")


# -- the HTTP header ---------------------------------------------------------------------------


@pytest.mark.parametrize("key", ["Content-Type", "content-type", "CONTENT-TYPE"])
def test_header_charset(key: str) -> None:
    html = page(RUSSIAN)
    text, encoding = decode(RawPage(html.encode("cp1251"), "t", headers={key: "text/html; charset=windows-1251"}))
    assert (text, encoding) == (html, "cp1251")


def test_header_beats_a_wrong_meta_tag() -> None:
    # koi8-r can decode any byte, so only the order of evidence gets this right.
    html = page(RUSSIAN, head='<meta charset="koi8-r">')
    text, encoding = decoded(html.encode("cp1251"), content_type='text/html; charset="windows-1251"')
    assert (text, encoding) == (html, "cp1251")


def test_header_claiming_latin1_on_utf8_bytes_is_ignored() -> None:
    html = page("Zürich – Málaga, €189 “à la carte”")
    text, encoding = decoded(html.encode("utf-8"), content_type="text/html; charset=ISO-8859-1")
    assert (text, encoding) == (html, "utf-8")


def test_header_claiming_utf8_on_cp1251_bytes_falls_back_to_detection() -> None:
    html = page(RUSSIAN)
    text, encoding = decoded(html.encode("cp1251"), content_type="text/html; charset=UTF-8")
    assert (text, encoding) == (html, "cp1251")


# -- the page's own declaration --------------------------------------------------------------


@pytest.mark.parametrize(
    "head",
    [
        '<meta charset="windows-1251">',
        "<meta charset=windows-1251>",
        "<META CHARSET='Windows-1251'>",
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">',
        '<meta content="text/html; charset=cp1251" http-equiv="content-type">',
    ],
)
def test_meta_charset(head: str) -> None:
    html = page(RUSSIAN, head=head)
    assert decoded(html.encode("cp1251")) == (html, "cp1251")


def test_latin1_label_means_windows_1252() -> None:
    # WHATWG: "iso-8859-1" is decoded as windows-1252, so 0x93/0x94 are curly quotes, not C1 controls.
    html = page("“Quoted” café — 5 €", head='<meta charset="iso-8859-1">')
    text, encoding = decoded(html.encode("cp1252"))
    assert (text, encoding) == (html, "cp1252")


def test_shift_jis_label_reads_windows_extensions() -> None:
    # ① is in Microsoft's Shift_JIS (cp932) but not in JIS X 0208: browsers decode it.
    html = page("①番線から発車します。", head='<meta charset="Shift_JIS">')
    assert decoded(html.encode("cp932")) == (html, "cp932")


def test_meta_claiming_latin1_on_utf8_bytes_is_ignored() -> None:
    data = (GOLDEN / "html" / "wrong-declared-charset.html").read_bytes()
    text, encoding = decoded(data)
    assert encoding == "utf-8"
    assert "Núria Ferrándiz" in text and "€189" in text


def test_meta_claiming_utf8_on_cp1251_bytes_falls_back_to_detection() -> None:
    html = page(RUSSIAN, head='<meta charset="utf-8">')
    assert decoded(html.encode("cp1251")) == (html, "cp1251")


def test_xml_declaration() -> None:
    """XHTML pages may declare their charset only in the XML declaration."""
    html = '<?xml version="1.0" encoding="ISO-8859-1"?>\n' + page(FRENCH + " Le café coûte 2 €.")
    text, encoding = decoded(html.encode("cp1252"))
    assert (text, encoding) == (html, "cp1252")


def test_unknown_label_is_ignored() -> None:
    html = page(RUSSIAN, head='<meta charset="x-no-such-charset">')
    assert decoded(html.encode("cp1251")) == (html, "cp1251")


def test_declared_encodings_header_first_then_meta() -> None:
    data = page("x", head='<meta charset="iso-8859-1">').encode()
    assert declared_encodings(raw(data, content_type="text/html; charset=Shift_JIS")) == ["cp932", "cp1252"]
    assert declared_encodings(raw(data)) == ["cp1252"]
    assert declared_encodings(raw(b"<p>no declaration</p>")) == []


# -- detection, when nothing is declared ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "codec", "name"),
    [
        (RUSSIAN, "cp1251", "cp1251"),
        (JAPANESE, "shift_jis", "cp932"),
        (POLISH, "cp1250", "cp1250"),
    ],
    ids=["russian-cp1251", "japanese-shift-jis", "polish-cp1250"],
)
def test_detection_without_any_declaration(text: str, codec: str, name: str) -> None:
    html = page(text)
    assert decoded(html.encode(codec)) == (html, name)


def test_detection_prefers_windows_1252_for_western_text() -> None:
    """Undeclared Western European pages read as windows-1252, the browsers' fallback.

    cp1250 decodes the same bytes without error but turns "è" into "č" and "û" into "ű";
    when detection cannot tell the two apart, windows-1252 is the right guess.
    """
    html = page(FRENCH + " Le café coûte 2 €.")
    text, encoding = decoded(html.encode("cp1252"))
    assert "Hélène" in text and "coûte" in text
    assert (text, encoding) == (html, "cp1252")


def test_utf8_without_declaration() -> None:
    html = page("Ünïcödé — 日本語 — Русский")
    assert decoded(html.encode("utf-8")) == (html, "utf-8")


def test_ascii_without_declaration_is_unchanged() -> None:
    html = page("Plain ASCII text only.")
    text, _ = decoded(html.encode("ascii"))
    assert text == html


def test_undecodable_bytes_do_not_raise() -> None:
    text, _ = decoded(b"<html><body><p>caf\xe9 \xff\xfe\x81\x8d broken</p></body></html>")
    assert "broken" in text


# -- charset labels --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "name"),
    [
        ("utf-8", "utf-8"),
        ("UTF8", "utf-8"),
        ('"utf-8"', "utf-8"),
        (" windows-1251 ", "cp1251"),
        ("latin-1", "cp1252"),
        ("ISO-8859-1", "cp1252"),
        ("us-ascii", "cp1252"),
        ("Shift_JIS", "cp932"),
        ("gb2312", "gb18030"),
        ("no-such-charset", None),
        ("", None),
        (None, None),
    ],
)
def test_canonical_encoding(label: str | None, name: str | None) -> None:
    assert canonical_encoding(label) == name


# -- the committed pages decode as their generators meant ----------------------------------------


ENCODED_SAMPLES = ["cp1252", "cp1251", "shift_jis", "wrong-charset", "no-charset-cp1251"]


@pytest.mark.parametrize("name", ENCODED_SAMPLES)
def test_encoded_samples_decode_to_their_text(name: str) -> None:
    generator = load_script(SAMPLES / "make_encoded.py")
    sample = next(s for s in generator.SAMPLES_LIST if s.name == name)
    text, _ = decoded((SAMPLES / f"{name}.html").read_bytes())
    assert text == sample.html()


@pytest.mark.parametrize("name", sorted(_GENERATED))
def test_encoded_goldens_decode_to_their_text(name: str) -> None:
    text, _ = decoded((GOLDEN / "html" / f"{name}.html").read_bytes())
    assert text == _GENERATED[name].decoded()


# -- HTML or plain text ----------------------------------------------------------------------------


def test_page_kind() -> None:
    assert page_kind("<!DOCTYPE html><html><body><p>x</p></body></html>") is PageKind.HTML
    assert page_kind("<div><p>a fragment</p></div>") is PageKind.HTML
    assert page_kind("Just a saved article.\n\nWith two paragraphs.") is PageKind.TEXT
    assert page_kind("Use a < b and b > c in prose.") is PageKind.TEXT
    assert page_kind("plain words", InputFormat.HTML) is PageKind.HTML
    assert page_kind("<html><body><p>x</p></body></html>", InputFormat.TEXT) is PageKind.TEXT


def test_to_page_records_kind_encoding_and_url() -> None:
    html = page(RUSSIAN, head='<meta charset="windows-1251">')
    result = to_page(RawPage(html.encode("cp1251"), "s", url="http://example.org/a"))
    assert (result.text, result.kind, result.origin.encoding, result.url) == (html, PageKind.HTML, "cp1251", "http://example.org/a")


# -- gzip, undone before decoding ------------------------------------------------------------------


def test_gzip_is_inflated_before_decoding() -> None:
    html = page(RUSSIAN, head='<meta charset="windows-1251">')
    raw_page = read_bytes(gzip.compress(html.encode("cp1251")), "page.html.gz", Options())
    assert decode(raw_page) == (html, "cp1251")


def test_truncated_gzip_is_an_input_error() -> None:
    data = gzip.compress(page(FRENCH).encode("utf-8"))
    with pytest.raises(InputError, match="truncated"):
        read_bytes(data[: len(data) // 2], "page.html.gz", Options())


def test_corrupt_gzip_is_an_input_error() -> None:
    data = bytearray(gzip.compress(page(FRENCH).encode("utf-8")))
    data[20:40] = b"\xff" * 20
    with pytest.raises(InputError, match="gzip"):
        read_bytes(bytes(data), "page.html.gz", Options())


def test_gzip_bomb_is_refused() -> None:
    data = gzip.compress(b"<p>" + b"a" * 5_000_000 + b"</p>")
    with pytest.raises(InputError, match="larger"):
        read_bytes(data, "bomb.html.gz", Options(max_bytes=1_000_000))


def test_utf8_page_with_one_stray_latin1_byte_stays_utf8() -> None:
    """One pasted Latin-1 byte costs one replacement character, not the whole page."""
    html = page("Zürich – Málaga, €189 “à la carte” " * 5)
    data = html.encode("utf-8").replace("Málaga".encode("utf-8"), "Málaga".encode("latin-1"), 1)
    text, encoding = decoded(data, content_type="text/html; charset=utf-8")
    assert encoding == "utf-8"
    assert text == html.replace("Málaga", "M\ufffdlaga", 1)


def test_single_byte_page_declared_utf8_is_not_read_as_utf8() -> None:
    """Latin-1 bytes form no valid UTF-8 sequences: detection decides, not the majority rule."""
    html = page("Zürich – Málaga, à la carte, déjà vu, über, señor " * 5)
    _, encoding = decoded(html.encode("cp1252"), content_type="text/html; charset=utf-8")
    assert encoding != "utf-8"
