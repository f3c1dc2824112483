"""The package's version, from the installed metadata; fetch and archive writers stamp it."""
from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version


def package_version() -> str:
    """The installed version of extract-article ("0.1.0" when run from a source tree)."""
    try:
        return version("extract-article")
    except PackageNotFoundError:
        return "0.1.0"
