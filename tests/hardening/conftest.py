"""Hardening tests: the bad-input corpus (make_corpus.py), property tests, fuzz regressions.

Tests marked `slow` (the 50 MB pages, the 5-million-character line) run only when
EXTRACT_SLOW_TESTS=1, so the suite stays well under a minute in CI:

    EXTRACT_SLOW_TESTS=1 python -m pytest tests/hardening
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("EXTRACT_SLOW_TESTS") == "1":
        return
    skip = pytest.mark.skip(reason="slow: set EXTRACT_SLOW_TESTS=1 to run")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)
