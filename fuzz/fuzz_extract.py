"""Fuzz extract.extract with atheris: bytes and str input, each input_format.

Run for a fixed time with `fuzz/run.sh 1800` (README, "Bad input, limits and fuzzing"),
or by hand after `python fuzz/make_seeds.py`:

    python fuzz/fuzz_extract.py -max_total_time=1800 -max_len=65536 fuzz/out/corpus fuzz/out/seeds

Only errors the library raises on purpose (ExtractError) are allowed; anything else is a
crash, saved by libFuzzer as fuzz/out/crash-*. Turn each into a test in
tests/hardening/test_fuzz_regressions.py.
"""
from __future__ import annotations

import sys

import atheris

with atheris.instrument_imports():
    import extract
    from extract.errors import ExtractError
    from extract.options import InputFormat, Options

_OPTIONS = [Options(input_format=fmt, max_bytes=1_000_000) for fmt in InputFormat]


def one_input(data: bytes) -> None:
    if len(data) < 2:
        return
    selector, body = data[0], data[1:]
    options = _OPTIONS[selector % len(_OPTIONS)]
    page: str | bytes = body
    if selector & 0x80:  # half the time as str, decoded leniently
        page = body.decode("utf-8", "replace")
    try:
        document = extract.extract(page, url="https://example.org/a/b.html", options=options)
    except ExtractError:
        return
    assert isinstance(document.text, str)


def main() -> None:
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
