"""Fetching web pages politely and safely: `with Fetcher(options) as f: f.fetch(url)`.

client.py is the synchronous Fetcher; session.py the asynchronous core (redirects,
retries); gate.py the concurrency and per-host pacing; body.py the size-limited body;
robots.py robots.txt; cache.py, savedir.py and warcout.py keep what was fetched.
"""
from .client import Fetcher

__all__ = ["Fetcher"]
