"""Build: the engine's per-element modules compiled to C with mypyc, when it can.

Every element of a page passes through a handful of typed, pure-Python loops (the survey,
the scoring, the block walk, the metadata and signal readers). mypyc, the compiler mypy
ships, turns those modules into C extensions from the type hints they already carry: the
same source, run about a fifth faster per page, with the same output. The `.py` files are
installed beside the extensions, and Python imports an extension first.

Compiling needs a C compiler and Python's headers. Where either is missing, or when
`EXTRACT_PURE=1` is set (an editable install you want to edit and run without rebuilding),
the package is installed as plain Python: slower, otherwise the same.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext

# The engine, the page-fact readers and the trust signals: the code that runs once per
# element or per block, where a page's time goes, with the engine's and the signals'
# package modules that call them. Python still: the public API (api.py), whose functions
# keep their docstrings for help() (mypyc drops them); deadline.py, whose checkpoint is
# where the interpreter delivers a timeout; the rest, which costs little. A compiled
# function calls the functions it was built with: replacing one by name in a module (a
# test's monkeypatch) does not reach it.
COMPILED = sorted(
    str(path) for layer in ("html", "meta", "signals") for path in Path("src/extract", layer).glob("*.py")
) + ["src/extract/dom.py"]


class OptionalBuildExt(build_ext):
    """Build the extensions if this machine can; install plain Python if it cannot."""

    def run(self) -> None:
        try:
            super().run()
        except Exception as error:  # noqa: BLE001 - no compiler, no headers: pure Python
            for path in self.get_outputs():  # a part of the set would not import: none at all
                Path(path).unlink(missing_ok=True)
            print(f"extract: not compiled ({error}); installing plain Python", file=sys.stderr)


def extensions() -> list:
    """mypyc's extensions for COMPILED, or none when compiling is off or mypyc is missing."""
    if os.environ.get("EXTRACT_PURE") == "1":
        return []
    try:
        from mypyc.build import mypycify
    except ImportError:
        return []
    try:  # multi_file: one C file per module rather than one large one
        return mypycify(COMPILED, opt_level="3", group_name="extract_native", multi_file=True)
    except (Exception, SystemExit) as error:  # noqa: BLE001 - a mypy that cannot compile them
        print(f"extract: not compiled ({error}); installing plain Python", file=sys.stderr)
        return []


setup(ext_modules=extensions(), cmdclass={"build_ext": OptionalBuildExt})
