"""One URL given on the command line -> RawPage, through the same Fetcher a batch uses
(robots.txt, limits, retries, cache), so a single page and a corpus are fetched alike."""
from __future__ import annotations

from ..fetch import Fetcher
from ..model import RawPage
from ..options import Options


def fetch(url: str, options: Options) -> RawPage:
    """Fetch one page; every failure is a FetchError naming its stage."""
    with Fetcher(options) as fetcher:
        return fetcher.fetch(url)
