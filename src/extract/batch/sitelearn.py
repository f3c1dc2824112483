"""--learn-boilerplate: what recurs across many pages of one site is boilerplate.

A footer, a menu, a "You might also read" teaser or a newsletter plea can look like
content on its own page: the page alone cannot tell. Across a site's pages it can, because
content is written once and furniture is printed on page after page. So the batch is read
twice: the first pass extracts every page, spools its Outcome to a temporary file and
counts, per site, on how many pages each line and each block occurs; the second reads the
spool back and removes what recurs.

- Plain-text pages (WET records, flattened pages): lines found on LINE_MIN_PAGES or more
  pages of the site are taken out of the page's text *before* the text engine runs again
  on it, through the same workers. The engine then judges a page without its furniture,
  which helps it more than cleaning its output would.
- Every page, HTML or text: extracted blocks found on BLOCK_MIN_PAGES or more pages of the
  site are dropped when they stand at the start or the end of the document. Boilerplate
  surrounds the article; a recurring block between unique ones belongs to the article's
  template (a section label, a standard notice) and stays.

The thresholds were set on the WCXB dev sites (bench/batch.py shows the effect); blocks
need more pages than lines because the engine has already judged them article-like.

A line or block is known by its normalised text (lower case, digits as 0, spaces
collapsed), so a teaser with a changing date or counter still matches. A page is counted
once per distinct content: the same article saved twice must not teach that its own
paragraphs are boilerplate. A site is the host of the page's URL (without `www.`), else
the archive, else the folder the page came from.

Cost: output starts after the first pass; the spool holds the batch's documents on disk;
memory holds about 100 bytes per distinct line and block of the batch. With --resume, only
the pages still to do are learned from.
"""
from __future__ import annotations

import os
import pickle
import re
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from hashlib import blake2b
from pathlib import Path
from urllib.parse import urlsplit

from ..model import PageKind, RawPage
from ..sources.items import RawInput
from .records import Outcome

LINE_MIN_PAGES = 3
BLOCK_MIN_PAGES = 4
_SPACES = re.compile(r"\s+")
_DIGITS = re.compile(r"\d+")


def site_of(result: Outcome) -> str:
    """The site a page belongs to: its URL's host, else its archive, else its folder."""
    document = result.document
    for url in (result.url, document.url if document else None, document.canonical_url if document else None):
        if url and (host := urlsplit(url).hostname):
            return host.removeprefix("www.")
    path, record, _ = result.source.partition("#")
    return path if record else os.path.dirname(path) or "."


def text_key(text: str) -> int:
    normal = _DIGITS.sub("0", _SPACES.sub(" ", text.lower()).strip())
    return int.from_bytes(blake2b(normal.encode("utf-8"), digest_size=8).digest(), "big")


class Recurring:
    """On how many distinct pages of each site each text (line or block) occurs."""

    def __init__(self, min_pages: int) -> None:
        self.min_pages = min_pages
        self._counts: defaultdict[str, Counter[int]] = defaultdict(Counter)
        self._pages: defaultdict[str, set[int]] = defaultdict(set)

    def add(self, site: str, texts: Iterable[str]) -> None:
        keys = {text_key(text) for text in texts if text.strip()}
        page = hash(frozenset(keys))
        if keys and page not in self._pages[site]:
            self._pages[site].add(page)
            self._counts[site].update(keys)

    def recurs(self, site: str, text: str) -> bool:
        return self._counts[site][text_key(text)] >= self.min_pages


Redo = Callable[[Iterable[RawInput]], Iterator[Outcome]]  # extracts pages again, in order


def learn_boilerplate(results: Iterable[Outcome], redo: Redo) -> Iterator[Outcome]:
    """The results with each site's boilerplate removed (see the module's docstring);
    plain-text pages that lose lines are extracted again by `redo` (the batch's own pool)."""
    lines, blocks = Recurring(LINE_MIN_PAGES), Recurring(BLOCK_MIN_PAGES)
    with tempfile.TemporaryDirectory(prefix="extract-learn-") as folder:
        spool = Path(folder) / "results.pickle"
        count = 0
        with spool.open("wb") as out:
            for result in results:
                site = site_of(result)
                if result.page_text is not None:
                    lines.add(site, result.page_text.splitlines())
                if result.document is not None and result.document.found:
                    blocks.add(site, (block.text for block in result.document.blocks))
                pickle.dump(result, out, protocol=pickle.HIGHEST_PROTOCOL)
                count += 1

        def cleaned_pages() -> Iterator[RawInput]:
            for result in _read(spool, count):
                if (text := _without_recurring(result, lines)) is not None:
                    page = RawPage(text.encode("utf-8"), result.source, url=result.url, kind=PageKind.TEXT,
                                   headers={"content-type": "text/plain; charset=utf-8"})
                    yield RawInput(page)

        again = redo(cleaned_pages())
        for result in _read(spool, count):
            if _without_recurring(result, lines) is not None:
                _take_document(result, next(again))
            result.page_text = None
            if result.document is not None:
                _strip_edges(result, blocks)
                result.article = result.document.found
            yield result


def _read(spool: Path, count: int) -> Iterator[Outcome]:
    with spool.open("rb") as stored:
        for _ in range(count):
            yield pickle.load(stored)


def _without_recurring(result: Outcome, lines: Recurring) -> str | None:
    """A text page's text without its site's recurring lines; None when it has none."""
    if result.page_text is None:
        return None
    site = site_of(result)
    kept = [line for line in result.page_text.splitlines() if not lines.recurs(site, line)]
    return "\n".join(kept) if len(kept) < len(result.page_text.splitlines()) and "".join(kept).strip() else None


def _take_document(result: Outcome, redone: Outcome) -> None:
    """The document of the cleaned page replaces the first one (an error keeps the first)."""
    if redone.document is None or result.document is None:
        return
    result.document = replace(redone.document, origin=result.document.origin)


def _strip_edges(result: Outcome, blocks: Recurring) -> None:
    """Drop recurring blocks from the start and the end of the document, in place."""
    assert result.document is not None
    site, kept = site_of(result), result.document.blocks
    start, end = 0, len(kept)
    while start < end and blocks.recurs(site, kept[start].text):
        start += 1
    while end > start and blocks.recurs(site, kept[end - 1].text):
        end -= 1
    result.document = replace(result.document, blocks=kept[start:end])
