"""One lexicon (issue 11): the patterns the engines, the fact readers and the trust signals
compile hold no English word of the lexicon; the phrases come from `extract.lexicon`.

Read from the source (AST): every `re.compile` whose pattern has literal text is checked,
except the few that read markup (class and id names, styles, addresses), not page text.
"""
from __future__ import annotations

import ast
import re
from collections.abc import Iterator
from pathlib import Path

from extract import lexicon

SRC = Path(lexicon.__file__).resolve().parents[1]
LAYERS = ("html", "text", "meta", "signals")
# Patterns over markup, not language: (module, name) -> what they read.
MARKUP = {
    ("html/clean.py", "_HIDDEN_STYLE"): "inline styles",
    ("html/images.py", "_SPACER"): "image addresses",
    ("meta/byline.py", "_AUTHOR_MARK"): "class, id and itemprop names",
    ("meta/dateline.py", "_DATE_MARK"): "class, id and itemprop names",
    ("meta/dateline.py", "_UPDATED_MARK"): "class and id names",
    ("meta/header.py", "_COMMENTS"): "class and id names",
    ("signals/evidence.py", "_PAYWALL"): "class and id names",
}
_WORD = re.compile(r"[^\W\d_]{2,}")
_ESCAPE = re.compile(r"\\[a-zA-Z]")  # \b, \s, \w: regex syntax, not words


def _english() -> frozenset[str]:
    return frozenset(word.lower() for table in lexicon.PHRASES.values()
                     for phrase in table.get("en", {}) for word in _WORD.findall(phrase))


def _literal(node: ast.AST) -> Iterator[str]:
    """The literal text of a pattern expression (what f-strings interpolate is left out)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        yield node.value
    elif isinstance(node, ast.JoinedStr):
        for value in node.values:
            yield from _literal(value)
    elif isinstance(node, ast.BinOp):
        yield from _literal(node.left)
        yield from _literal(node.right)


def _compiled(path: Path) -> Iterator[tuple[str, str]]:
    """(name it is assigned to, literal text) of every re.compile in a module."""
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Assign) and isinstance(node.value, ast.Call):
            call = node.value
            if getattr(call.func, "attr", None) == "compile" and call.args:
                name = node.targets[0].id if isinstance(node.targets[0], ast.Name) else "?"
                yield name, " ".join(_literal(call.args[0]))


def test_no_english_phrase_is_written_into_a_pattern() -> None:
    english = _english()
    found = {}
    for layer in LAYERS:
        for path in sorted((SRC / layer).glob("*.py")):
            module = path.relative_to(SRC).as_posix()
            for name, text in _compiled(path):
                words = {word.lower() for word in _WORD.findall(_ESCAPE.sub(" ", text))} & english
                if words and (module, name) not in MARKUP:
                    found[f"{module} {name}"] = sorted(words)
    assert found == {}


def test_the_check_finds_a_phrase_written_into_a_pattern(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    module.write_text('import re\n_COUNTER = re.compile(r"^\\d+\\s*(?:of|/)\\s*\\d+")\n', encoding="utf-8")
    [(name, text)] = list(_compiled(module))
    assert name == "_COUNTER" and "of" in set(_WORD.findall(_ESCAPE.sub(" ", text))) & _english()


def test_markup_patterns_still_exist() -> None:
    """An entry for a pattern that is gone would let a new one of the same name through."""
    for module, name in MARKUP:
        assert name in dict(_compiled(SRC / module)), (module, name)
