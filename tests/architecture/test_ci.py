"""The checks run in CI (issue 11): .ci/run runs mypy over src/extract and the tests in a way
that prints pytest's closing summary line (a second `-q` on top of addopts' hides it)."""
from __future__ import annotations

import shlex
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _commands() -> list[list[str]]:
    lines = (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()
    return [shlex.split(part) for line in lines if line.strip() and not line.lstrip().startswith("#")
            for part in line.split("&&")]


def test_ci_runs_mypy_over_the_package() -> None:
    assert ["mypy"] in _commands()
    mypy = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["mypy"]
    assert mypy["files"] == ["src/extract"]


def test_ci_runs_pytest_so_that_its_summary_line_shows() -> None:
    [pytest] = [command for command in _commands() if command[:3] == ["python", "-m", "pytest"]]
    addopts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["pytest"]["ini_options"]
    quiet = [flag for flag in pytest + shlex.split(addopts["addopts"]) if flag.startswith("-q") or flag == "--quiet"]
    assert quiet in ([], ["-q"])
