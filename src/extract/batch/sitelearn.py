"""--learn-boilerplate: blocks that recur across many pages of one site are boilerplate.

A footer, a directory of sections, a "You might also read" teaser or a newsletter plea
can look like content on its own page: the page alone cannot tell. Across a site's pages
it can, because content is written once and furniture is printed on page after page. So
the batch is read twice: the first pass extracts every page, spools its Result to a
temporary file and counts, per site, on how many pages each block occurs; the second
reads the spool back and drops the blocks found on `min_pages` or more pages of their
site. It works on Blocks, after either engine, so HTML and plain-text pages (WET records,
flattened pages) learn alike.

A block is known by its normalised text (lower case, digits as 0, spaces collapsed), so a
teaser with a changing date or counter still matches. A page is counted once per distinct
text: the same article saved twice (print and web versions) must not teach that its own
paragraphs are boilerplate. A site is the host of the page's URL (without `www.`), else
the folder or archive the page came from.

Cost: the spool holds the batch's documents on disk until the first pass ends, so output
starts after it; memory holds about 100 bytes per distinct block of the batch.
"""
from __future__ import annotations

import os
import pickle
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from hashlib import blake2b
from urllib.parse import urlsplit

from ..model import Block, Document
from .records import Result

MIN_PAGES = 3
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


def site_of(result: Result) -> str:
    """The site a page belongs to: its URL's host, else the folder or archive it came from."""
    document = result.document
    for url in (result.url, document.url if document else None, document.canonical_url if document else None):
        if url and (host := urlsplit(url).hostname):
            return host.removeprefix("www.")
    path, record, _ = result.source.partition("#")
    return path if record else os.path.dirname(path) or "."


def block_key(block: Block) -> int:
    text = _DIGITS.sub("0", _SPACES.sub(" ", block.text.lower()).strip())
    return int.from_bytes(blake2b(text.encode("utf-8"), digest_size=8).digest(), "big")


class SiteBlocks:
    """On how many distinct pages of each site each block occurs."""

    def __init__(self, min_pages: int = MIN_PAGES) -> None:
        self.min_pages = min_pages
        self._counts: defaultdict[str, Counter[int]] = defaultdict(Counter)
        self._pages: defaultdict[str, set[int]] = defaultdict(set)

    def add(self, site: str, document: Document) -> None:
        keys = {block_key(block) for block in document.blocks}
        page = hash(frozenset(keys))
        if page in self._pages[site]:
            return
        self._pages[site].add(page)
        self._counts[site].update(keys)

    def is_boilerplate(self, site: str, block: Block) -> bool:
        return self._counts[site][block_key(block)] >= self.min_pages

    def strip(self, site: str, document: Document) -> None:
        """Drop the document's blocks that the site repeats (in place)."""
        document.blocks = [block for block in document.blocks if not self.is_boilerplate(site, block)]


def learn_boilerplate(results: Iterable[Result], min_pages: int = MIN_PAGES) -> Iterator[Result]:
    """The results with each site's recurring blocks removed (see the module's docstring)."""
    learned = SiteBlocks(min_pages)
    with tempfile.TemporaryFile(prefix="extract-spool-") as spool:
        count = 0
        for result in results:
            if result.document is not None and result.document.found:
                learned.add(site_of(result), result.document)
            pickle.dump(result, spool, protocol=pickle.HIGHEST_PROTOCOL)
            count += 1
        spool.seek(0)
        for _ in range(count):
            result = pickle.load(spool)
            if result.document is not None:
                learned.strip(site_of(result), result.document)
            yield result
