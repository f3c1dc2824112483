"""Shared fixtures: where things are, a local HTTP server, the CLI runner, text comparison.

Helpers live in support.py (importable from test modules); this file wraps them as fixtures.
Nothing here reads ../shared (the benchmark data beside the repository) unless a test asks
for `shared_dir`, which skips cleanly when it is not there.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from support import (
    GOLDEN, ROOT, SAMPLES, LocalServer, Runner, console_script, runner, text_diff, validate_document,
)


# -- paths -------------------------------------------------------------------------------


@pytest.fixture(scope="session")
def repo_root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture(scope="session")
def golden_dir() -> Path:
    return GOLDEN


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (benchmark data); tests that need it skip when it is absent."""
    path = ROOT.parent / "shared"
    if not path.is_dir():
        pytest.skip("../shared is not available")
    return path


@pytest.fixture(scope="session")
def news_page() -> bytes:
    """The full news sample page (header, nav, article, comments, footer...)."""
    return (SAMPLES / "news-article.html").read_bytes()


@pytest.fixture(scope="session")
def news_text() -> str:
    """What `extract samples/news-article.html` must print (without the final newline)."""
    return (GOLDEN / "samples" / "news-article.txt").read_text(encoding="utf-8").removesuffix("\n")


# -- every JSON document a test makes follows the schema ----------------------------------


@pytest.fixture(autouse=True)
def json_follows_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    """Wrap the JSON renderer in-process (the CLI runner checks child processes)."""
    import extract.formats
    import extract.formats.jsonout

    original = extract.formats.jsonout.to_json

    def checked(document, options):  # type: ignore[no-untyped-def]
        out = original(document, options)
        for line in out.splitlines() if options.output_format == "jsonl" else [out]:
            validate_document(json.loads(line))
        return out

    monkeypatch.setattr(extract.formats.jsonout, "to_json", checked)
    monkeypatch.setattr(extract.formats, "to_json", checked)


# -- comparing texts ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def assert_same_text() -> Callable[..., None]:
    """assert_same_text(actual, expected, name): on a mismatch, fail with a unified diff."""

    def check(actual: str, expected: str, name: str = "expected") -> None:
        if actual != expected:
            diff = text_diff(expected, actual, name) or (
                f"texts differ only in whitespace/line ends:\n{expected!r}\n{actual!r}"
            )
            pytest.fail(f"extracted text differs from {name}:\n{diff}", pytrace=False)

    return check


# -- the command line ----------------------------------------------------------------------


@pytest.fixture(params=["python -m extract", "console script"])
def cli(request: pytest.FixtureRequest) -> Runner:
    """Run the real command line: `python -m extract ...`, and the installed `extract` script."""
    if request.param == "python -m extract":
        return runner([sys.executable, "-m", "extract"])
    script = console_script()
    if script is None:
        pytest.skip("no `extract` console script next to sys.executable")
    return runner([str(script)])


@pytest.fixture
def run_module() -> Runner:
    """`python -m extract ...` only, for checks that need not run twice."""
    return runner([sys.executable, "-m", "extract"])


# -- a local web server ----------------------------------------------------------------------


@pytest.fixture(scope="session")
def http_server() -> Iterator[LocalServer]:
    """A web server on 127.0.0.1 (random port); tests add the routes they need."""
    with LocalServer() as server:
        yield server


@pytest.fixture
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """In-process fetches (httpx) must reach 127.0.0.1 directly, whatever the environment says."""
    for key in list(os.environ):
        if "proxy" in key.lower():
            monkeypatch.delenv(key)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
