"""Fixtures for the fetch tests: a misbehaving site on 127.0.0.1, and Options with small
timeouts so every failure shows up in well under a second or two."""
from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

import pytest

from extract.options import FetchOptions, Options
from fetch_site import Site


@pytest.fixture
def site(monkeypatch: pytest.MonkeyPatch) -> Iterator[Site]:
    """A fresh site per test (its request log starts empty); proxies are bypassed."""
    for key in list(os.environ):
        if "proxy" in key.lower():
            monkeypatch.delenv(key)
    with Site() as running:
        yield running


QUICK = FetchOptions(concurrency=8, per_host=2, delay=0.0, connect_timeout=1.0, read_timeout=0.5,
                     total_timeout=1.5, retries=2, backoff=0.05, max_retry_after=5.0)


@pytest.fixture
def quick() -> Callable[..., Options]:
    """quick(**fetch_overrides): Options for tests, a 1 MiB body limit and short timeouts."""

    def build(**overrides: Any) -> Options:
        return Options(max_bytes=1 << 20, fetch=replace(QUICK, **overrides))

    return build
