"""Issue 17: `help()` on every public name shows what it is for and an example, and the
examples are true: each runs here as a doctest, as if after `from extract import *`, from
the repository root (they read samples/)."""
from __future__ import annotations

import doctest
import inspect
import pydoc
import re

import pytest

import extract

from support import ROOT

# Values, not code: they have no docstring of their own; the package's docstring shows them.
DATA = {"JSON_FIELDS", "__version__"}
NAMES = sorted(set(extract.__all__) - DATA)
_EXAMPLE = re.compile(r"^\s*>>> |\n {4,}\S", re.M)


def _globals() -> dict[str, object]:
    return {name: getattr(extract, name) for name in extract.__all__}


@pytest.mark.parametrize("name", NAMES)
def test_every_public_name_has_a_docstring_with_an_example(name: str) -> None:
    doc = inspect.getdoc(getattr(extract, name)) or ""
    assert _EXAMPLE.search(doc), f"extract.{name}: no example in its docstring"


@pytest.mark.parametrize("name", ["<package>", *NAMES])
def test_the_examples_are_true(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    target = extract if name == "<package>" else getattr(extract, name)
    tests = doctest.DocTestFinder(recurse=False).find(target, name, globs=_globals())
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for test in tests:
        runner.run(test)
    assert runner.failures == 0 and sum(len(test.examples) for test in tests) > 0, name


def test_help_on_extract_says_what_comes_back_and_what_is_raised() -> None:
    shown = pydoc.render_doc(extract.extract, renderer=pydoc.plaintext)
    for needed in ("Returns a Document", "url", "doc.found", "Raises", "InputError", "TimeoutExceeded", "ExtractError"):
        assert needed in shown, needed
