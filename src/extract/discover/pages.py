"""Articles split over several pages: fetch them in order, extract each, stitch one Document.

Following happens where pages are fetched (the batch's fetch threads, or one Fetcher for
a single URL), so every page goes through the same politeness gate, robots.txt and cache
as the first; extracting happens where pages are extracted (the batch's workers), one page
at a time, so each page's own boilerplate is removed by the engine as usual. The
single-page API (`extract.extract`, `extract_raw`) never fetches anything and stays as it is.

The follower stops at the most pages asked for, at the first page that links to no next
page of the same article (pager.py), at a page that cannot be fetched (the article is what
was read: `Document.pages` says which), and at any URL already asked for or reached
through a redirect, so no page is fetched twice and a pager that loops ends.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from ..api import extract_raw
from ..errors import ExtractError
from ..fetch import Fetcher
from ..model import Document, RawPage
from ..options import Options
from .pager import next_page


def follow(fetcher: Fetcher, url: str, most: int) -> list[RawPage]:
    """The pages of the article at `url`, in order, at most `most`; the first page's
    FetchError is raised, a later page's ends the article there."""
    pages = [fetcher.fetch(url)]
    first = pages[0].final_url or url
    asked = {url, first}
    while len(pages) < most:
        wanted = next_page(pages[-1], first, len(pages) + 1)
        if wanted is None or wanted in asked:
            break
        asked.add(wanted)
        try:
            page = fetcher.fetch(wanted)
        except ExtractError:
            break
        if page.final_url and page.final_url != wanted and page.final_url in asked:
            break  # redirected back to a page already read (a pager past its end, often)
        asked.add(page.final_url or wanted)
        pages.append(page)
    return pages


def extract_pages(pages: Sequence[RawPage], options: Options) -> Document:
    """One Document from an article's pages: the first page's metadata, every page's
    blocks and comments in page order (a block repeated on a later page, such as a
    standfirst shown on every page, only once), and `pages`, the URLs read."""
    document = extract_raw(pages[0], options)
    blocks, comments = list(document.blocks), list(document.comments)
    seen = {block.text for block in blocks}
    for page in pages[1:]:
        later = extract_raw(page, options)
        blocks.extend(block for block in later.blocks if block.text not in seen)
        seen.update(block.text for block in later.blocks)
        comments.extend(later.comments)
    origin = replace(document.origin, pages=tuple(page.url or page.source for page in pages))
    return replace(document, blocks=tuple(blocks), comments=tuple(comments), origin=origin)


def read_article(url: str, options: Options) -> Document:
    """The article at `url` with its later pages (options.discover.follow_pages), as the
    command line reads one URL."""
    with Fetcher(options) as fetcher:
        return extract_pages(follow(fetcher, url, options.discover.follow_pages), options)
