"""Inputs the fuzzer (fuzz/fuzz_extract.py) crashed on, replayed as the harness feeds them:
the first byte selects the input format and bytes or str, the rest is the page."""
from __future__ import annotations

from pathlib import Path

import pytest

import extract
from extract import InputFormat, Options

CRASHES = sorted((Path(__file__).parent / "fuzz_crashes").iterdir())
FORMATS = list(InputFormat)


def replay(data: bytes) -> None:
    """What fuzz_extract.one_input does, without atheris."""
    selector, body = data[0], data[1:]
    options = Options(input_format=FORMATS[selector % len(FORMATS)], max_bytes=1_000_000)
    page: str | bytes = body.decode("utf-8", "replace") if selector & 0x80 else body
    try:
        document = extract.extract(page, url="https://example.org/a/b.html", options=options)
    except extract.ExtractError:
        return
    assert isinstance(document.text, str)


@pytest.mark.parametrize("path", CRASHES, ids=[p.name[:20] for p in CRASHES])
def test_fuzz_crash_is_fixed(path: Path) -> None:
    replay(path.read_bytes())


@pytest.mark.parametrize("char", ["\x00", "\x01", "\x08", "\x0b", "\x0c", "\x1f", "\ufffe", "\uffff", "\ud800"])
def test_characters_xml_cannot_hold_do_not_break_the_html_engine(char: str) -> None:
    # crash-80fdb75c: a control character in a tail that html/clean.py moved -> lxml ValueError.
    paragraph = f"<p>Council{char} voted{char}on the flood park, a plan years in the making for the town.</p>"
    page = f"<html><body><article><div hidden>x</div>{char}tail {char}{paragraph * 5}</article></body></html>"
    for input_format in (InputFormat.AUTO, InputFormat.HTML):
        document = extract.extract(page, options=Options(input_format=input_format))
        assert "voted" in document.text
        assert char not in document.text
