#!/usr/bin/env python3
"""Metadata accuracy on WCXB dev: title, author and publication date, extract vs trafilatura.

    python bench/metadata.py                  # every page, both extractors
    python bench/metadata.py --limit 200      # an even sample
    python bench/metadata.py --only extract --misses author   # our wrong answers, to read

Per field, two shares of pages "exactly right", after the same normalisation for both:
- "gold has one": over pages whose gold gives the field, the share answered correctly;
- "all pages": over every page, where saying nothing is right when the gold is null too.
Titles are compared case-, space- and quote-insensitively; authors as sets of names
(accents, case, punctuation and a leading "By" ignored; "A, B and C" is three names);
dates as calendar dates (the first YYYY-MM-DD of each value).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
import time
import unicodedata
from collections.abc import Callable
from pathlib import Path

from sets import data_dir, read_html, sample

FIELDS = ("title", "author", "date")
Reader = Callable[[str, str | None], dict[str, str | None]]

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans("‘’‚‛“”„‟–—", "''''\"\"\"\"--")
_NAME_SPLIT = re.compile(r"\s*(?:[,;&|]|\band\b)\s*")
_NON_WORD = re.compile(r"[^\w\s]")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def norm_title(value: str | None) -> str:
    return _SPACE.sub(" ", (value or "").translate(_QUOTES)).strip().casefold()


def norm_author(value: str | None) -> frozenset[str]:
    text = unicodedata.normalize("NFKD", value or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"^\s*by\s+", "", text)
    names = (_SPACE.sub(" ", _NON_WORD.sub(" ", name)).strip() for name in _NAME_SPLIT.split(text))
    return frozenset(name for name in names if name)


def norm_date(value: str | None) -> str:
    match = _ISO_DAY.search(value or "")
    return match.group(0) if match else ""


NORMALISE = {"title": norm_title, "author": norm_author, "date": norm_date}


def make_extract() -> Reader:
    """Ours: the metadata reader on the page as the HTML engine parses it."""
    from extract.html.parse import parse
    from extract.meta import read_metadata

    def read(html: str, url: str | None) -> dict[str, str | None]:
        root = parse(html)
        if root is None:
            return {}
        meta = read_metadata(root, url).metadata
        return {"title": meta.title, "author": "; ".join(meta.authors), "date": meta.date_published}

    return read


def make_trafilatura() -> Reader:
    from trafilatura import extract_metadata

    def read(html: str, url: str | None) -> dict[str, str | None]:
        meta = extract_metadata(html, default_url=url)
        if meta is None:
            return {}
        return {"title": meta.title, "author": meta.author, "date": meta.date}

    return read


def load_pages(folder: Path, limit: int | None) -> list[tuple[str, str, str | None, dict]]:
    """(id, html, url, gold) for each page of the sample."""
    ids = sample(sorted(p.stem for p in (folder / "ground-truth").glob("*.json")), limit)
    pages = []
    for page_id in ids:
        record = json.loads((folder / "ground-truth" / f"{page_id}.json").read_text(encoding="utf-8"))
        truth = record["ground_truth"]
        gold = {"title": truth.get("title"), "author": truth.get("author"), "date": truth.get("publish_date")}
        pages.append((page_id, read_html(folder / "html" / f"{page_id}.html.gz"), record.get("url"), gold))
    return pages


def run(reader: Reader, pages: list) -> tuple[dict[str, dict], float]:
    """Every page's answers, and the median milliseconds per page."""
    answers, times = {}, []
    for page_id, html, url, _ in pages:
        start = time.perf_counter()
        try:
            answers[page_id] = reader(html, url)
        except Exception as exc:  # one broken page must not stop the run
            print(f"{page_id}: {type(exc).__name__}: {exc}", file=sys.stderr)
            answers[page_id] = {}
        times.append(time.perf_counter() - start)
    times.sort()
    return answers, 1000 * times[len(times) // 2]


def shares(answers: dict[str, dict], pages: list, field: str) -> tuple[float, float]:
    """(right where the gold has a value, right over all pages)."""
    normalise = NORMALISE[field]
    with_gold = right_with_gold = right_all = 0
    for page_id, _, _, gold in pages:
        expected, got = normalise(gold[field]), normalise(answers[page_id].get(field))
        with_gold += bool(expected)
        right_with_gold += bool(expected) and expected == got
        right_all += expected == got
    return right_with_gold / max(with_gold, 1), right_all / max(len(pages), 1)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=None, help="the shared bench folder")
    parser.add_argument("--limit", type=int, default=None, help="an even sample of N pages")
    parser.add_argument("--only", choices=("extract", "trafilatura"), default=None)
    parser.add_argument("--misses", choices=FIELDS, default=None, help="list our wrong answers for a field")
    args = parser.parse_args()
    folder = data_dir(args.data) / "wcxb-dev"
    if not (folder / "ground-truth").is_dir():
        print(f"benchmark data not found at {folder}", file=sys.stderr)
        return 2
    pages = load_pages(folder, args.limit)
    makers = {"extract": make_extract, "trafilatura": make_trafilatura}
    names = [args.only] if args.only else list(makers)
    results = {}
    for name in names:
        print(f"running {name} on {len(pages)} pages...", file=sys.stderr)
        results[name] = run(makers[name](), pages)
    print(f"WCXB dev, {len(pages)} pages: share of pages exactly right")
    print(f"{'field':8} {'gold has one':>14} " + " ".join(f"{n:>12}" for n in names) + "   all pages: "
          + " ".join(f"{n:>12}" for n in names))
    for field in FIELDS:
        figures = [shares(results[n][0], pages, field) for n in names]
        count = sum(bool(NORMALISE[field](gold[field])) for *_, gold in pages)
        print(f"{field:8} {count:>14} " + " ".join(f"{f[0]:>12.3f}" for f in figures) + "              "
              + " ".join(f"{f[1]:>12.3f}" for f in figures))
    print("median ms/page: " + ", ".join(f"{n} {results[n][1]:.1f}" for n in names))
    if args.misses and "extract" in results:
        normalise = NORMALISE[args.misses]
        for page_id, _, url, gold in pages:
            got = results["extract"][0][page_id].get(args.misses)
            if normalise(got) != normalise(gold[args.misses]):
                print(f"{page_id}\tgold={gold[args.misses]!r}\tgot={got!r}\t{url}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
