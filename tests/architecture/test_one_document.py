"""One Document a page (issue 11): the API builds it, in one place, and nothing downstream
changes it (frozen values; `dataclasses.replace` makes a new one)."""
from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest

import extract
from extract.model import Assessment, Document, Extraction, Metadata, Origin

SRC = Path(extract.__file__).resolve().parent


def _builders(name: str) -> list[str]:
    """The modules of the package that call `name(...)`."""
    found = []
    for path in sorted(SRC.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == name:
                found.append(path.relative_to(SRC).as_posix())
    return found


def test_the_api_alone_builds_documents() -> None:
    assert _builders("Document") == ["api.py"]


@pytest.mark.parametrize("value", [Document(), Metadata(), Origin(), Assessment(), Extraction()],
                         ids=lambda value: type(value).__name__)
def test_the_page_values_are_frozen(value: object) -> None:
    name = dataclasses.fields(value)[0].name  # type: ignore[arg-type]
    with pytest.raises(dataclasses.FrozenInstanceError):
        setattr(value, name, getattr(value, name))
