"""Fixtures for the discovery tests: a fresh site on 127.0.0.1 per test (its own robots.txt
and request log), and Options that fetch without the per-host delay."""
from __future__ import annotations

from collections.abc import Iterator

import pytest

from extract.options import FetchOptions, Options
from support import LocalServer


@pytest.fixture
def site(no_proxy: None) -> Iterator[LocalServer]:
    with LocalServer() as server:
        yield server


@pytest.fixture
def options() -> Options:
    return Options(fetch=FetchOptions(delay=0.0, retries=0, total_timeout=5.0))

