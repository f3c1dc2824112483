#!/usr/bin/env python3
"""The plain-text path on the benchmark sets: pages flattened to text, as a WET record would be.

    python bench/textpath.py [--set scrapinghub|wcxb-dev|trafilatura-dev] [--limit N]
                             [--worst N] [--favor precision|balanced|recall]

Each page's whole HTML (boilerplate included) is flattened to text with html-text, the way a
browser's "save as text" or Common Crawl's WET records do, then three texts are scored
against the set's gold with the set's own metric (score.py from the data folder; snippet
precision / recall / F1 for trafilatura-dev, whose pages are decoded with their own charset):

- text engine: `extract`'s plain-text engine on the flattened page (body only, no title);
- raw flattened: the whole flattened text, the baseline;
- C4 filter: the line filter corpus builders use today (C4): keep lines that end in
  terminal punctuation and have at least 3 words, drop lines naming javascript, cookies,
  lorem ipsum, a privacy policy or terms of use, and lines with a curly bracket;
- trafilatura on <p> (trafilatura-dev only): the flattened text given to trafilatura 2.3.1
  (defaults) as HTML, one `<p>` per line, the best a tool built for HTML can do with text.

A fourth row times `extract`'s HTML engine on the same pages, so the two engines' speeds are
compared in one run (absolute speeds vary between runs on shared machines). Flattening is
done before any timing starts. Needs the `bench` extra (html-text).

--worst N lists the text engine's N worst pages (WCXB: articles only), the place to start
reading; --favor runs the text engine with that `Options.favor`. On trafilatura-dev, "whole"
is the recall on pages that are mostly article (at least half the flattened text is lines
of 20+ words), where the text engine should keep nearly everything.
"""
from __future__ import annotations

import argparse
import gzip
import html
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

import html_text

from extract import Favor, InputFormat, Options, extract
from extract.decode import decode
from extract.model import RawPage

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench"
SETS = ("scrapinghub", "wcxb-dev", "trafilatura-dev")
SNIPPETS = "trafilatura-dev"
_PROSE_LINE_WORDS = 20
HTML_OPTIONS = Options(input_format=InputFormat.HTML)

_C4_END = re.compile(r"[.!?\"'”’]$")
_C4_BAD = re.compile(r"javascript|cookie|lorem ipsum|privacy policy|terms of use|[{}]", re.I)


def c4_filter(text: str) -> str:
    """C4's line rules: terminal punctuation, at least 3 words, no code or policy lines."""
    keep = []
    for line in text.splitlines():
        line = line.strip()
        if _C4_END.search(line) and len(line.split()) >= 3 and not _C4_BAD.search(line):
            keep.append(line)
    return "\n".join(keep)


def as_paragraphs(text: str) -> str:
    """The flattened text as HTML, one <p> per non-blank line, for an HTML extractor."""
    lines = (line.strip() for line in text.splitlines())
    return "<html><body>" + "".join(f"<p>{html.escape(line)}</p>" for line in lines if line) + "</body></html>"


def mostly_article(text: str) -> bool:
    """At least half the text (in characters) is lines long enough to be paragraphs."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    long = sum(len(line) for line in lines if len(line.split()) >= _PROSE_LINE_WORDS)
    return long >= 0.5 * max(sum(len(line) for line in lines), 1)


def load_scorer():
    """score.py from the data folder: the sets' own published metrics."""
    sys.path.insert(0, str(DATA))
    import score  # noqa: PLC0415  (lives beside the data, not in this repo)

    return score


def page_ids(name: str, limit: int | None) -> list[Path]:
    """The set's pages; with --limit, an even sample (WCXB's types are spread unevenly)."""
    files = sorted((DATA / name / "html").glob("*.html.gz"))
    if limit and limit < len(files):
        step = len(files) / limit
        files = [files[int(i * step)] for i in range(limit)]
    return files


def timed(texts: dict[str, str], run: Callable[[str], str]) -> tuple[dict[str, str], float]:
    """Run one extractor over every page; returns its outputs and ms per page."""
    start = time.perf_counter()
    out = {page_id: run(text) for page_id, text in texts.items()}
    return out, (time.perf_counter() - start) * 1000 / max(len(texts), 1)


def snippet_figures(score, pred: dict[str, str], ids: set[str], whole: set[str]) -> str:
    """Snippet F1 (P / R) over the pages that were run, and the recall on `whole` pages."""
    result = score.score_snippets({k: v for k, v in pred.items() if k in ids})
    gold = score.load_snippet_gold()
    counts = {"tp": 0, "fp": 0, "fn": 0, "whole_tp": 0, "whole_all": 0}
    for page_id in ids:
        page, row = result["per_page"][page_id], gold[page_id]
        found = len(row["with"]) - len(page["missed"])
        counts["tp"] += found
        counts["fp"] += len(page["kept_wrongly"])
        counts["fn"] += len(page["missed"])
        if page_id in whole:
            counts["whole_tp"] += found
            counts["whole_all"] += len(row["with"])
    tp, fp, fn = counts["tp"], counts["fp"], counts["fn"]
    f1 = 2 * tp / max(2 * tp + fp + fn, 1)
    whole_recall = counts["whole_tp"] / max(counts["whole_all"], 1)
    return f"F1 {f1:.3f}  (P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f}) whole R {whole_recall:.3f}"


def figures(score, name: str, pred: dict[str, str], ids: set[str]) -> str:
    """F1 in the set's own metric, over the pages that were run."""
    if name == "scrapinghub":
        result = score.score_scrapinghub(pred)
        pages = [v for k, v in result["per_page"].items() if k in ids]
        precisions = [v["precision"] for v in pages if v["precision"] is not None]
        recalls = [v["recall"] for v in pages if v["recall"] is not None]
        p = sum(precisions) / max(len(precisions), 1)
        r = sum(recalls) / max(len(recalls), 1)
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        return f"F1 {f1:.3f}  (P {p:.3f} R {r:.3f})"
    result = score.score_wcxb(pred)
    pages = [v for k, v in result["per_page"].items() if k in ids]
    articles = [v for v in pages if v["type"] == "article"]
    overall = sum(v["f1"] for v in pages) / len(pages)
    article = sum(v["f1"] for v in articles) / max(len(articles), 1)
    return f"F1 {overall:.3f}  articles {article:.3f} (n={len(articles)})"


def worst_pages(score, name: str, pred: dict[str, str], ids: set[str], count: int) -> list[str]:
    """The text engine's `count` worst pages by the set's per-page F1, as printable lines."""
    scorer = {"scrapinghub": score.score_scrapinghub, SNIPPETS: score.score_snippets}.get(name, score.score_wcxb)
    per_page = scorer(pred)["per_page"]
    pages = [(k, v) for k, v in per_page.items() if k in ids and v.get("type", "article") == "article"]
    pages.sort(key=lambda kv: kv[1]["f1"])
    return [f"    {k}  F1 {v['f1']:.3f}  P {v['precision'] or 0:.3f}  R {v['recall'] or 0:.3f}"
            for k, v in pages[:count]]


def load_html(name: str, files: list[Path]) -> dict[str, str]:
    """Each page's HTML: UTF-8 as the set's own bench reads it; trafilatura-dev's pages
    carry many charsets and are decoded as `extract` decodes them."""
    pages = {}
    for f in files:
        data = gzip.decompress(f.read_bytes())
        text = decode(RawPage(data, f.name))[0] if name == SNIPPETS else data.decode("utf-8", "replace")
        pages[f.name.removesuffix(".html.gz")] = text
    return pages


def run_set(score, name: str, limit: int | None, worst: int = 0, favor: Favor = Favor.BALANCED) -> None:
    html_pages = load_html(name, page_ids(name, limit))
    flat = {page_id: html_text.extract_text(page, guess_layout=True) for page_id, page in html_pages.items()}
    ids = set(html_pages)
    text_options = Options(input_format=InputFormat.TEXT, favor=favor)
    rows = [
        ("text engine", *timed(flat, lambda text: extract(text, options=text_options).text)),
        ("raw flattened", *timed(flat, lambda text: text)),
        ("C4 filter", *timed(flat, c4_filter)),
    ]
    if name == SNIPPETS:
        import trafilatura  # noqa: PLC0415  (slow to import; only this set needs it)

        wrapped = {page_id: as_paragraphs(text) for page_id, text in flat.items()}
        rows.append(("trafilatura on <p>", *timed(wrapped, lambda page: trafilatura.extract(page) or "")))
    rows.append(("html engine (speed)", *timed(html_pages, lambda page: extract(page, options=HTML_OPTIONS).text)))
    whole = {page_id for page_id, text in flat.items() if mostly_article(text)}
    print(f"{name}: {len(ids)} pages, flattened with html-text {html_text.__version__}"
          + (f"; {len(whole)} mostly article" if name == SNIPPETS else ""))
    for label, pred, ms in rows:
        line = snippet_figures(score, pred, ids, whole) if name == SNIPPETS else figures(score, name, pred, ids)
        print(f"  {label:<20} {line:<44} {ms:7.2f} ms/page")
    if worst:
        print(f"  text engine's {worst} worst pages:")
        print("\n".join(worst_pages(score, name, rows[0][1], ids, worst)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=SETS, help="one set only (default: both)")
    parser.add_argument("--limit", type=int, help="an even sample of N pages per set")
    parser.add_argument("--worst", type=int, default=0, help="list the text engine's N worst pages")
    parser.add_argument("--favor", type=Favor, choices=list(Favor), default=Favor.BALANCED,
                        help="the text engine's Options.favor")
    args = parser.parse_args(argv)
    if not (DATA / "score.py").is_file():
        print(f"textpath: no benchmark data at {DATA}", file=sys.stderr)
        return 2
    score = load_scorer()
    for name in [args.set] if args.set else SETS:
        run_set(score, name, args.limit, args.worst, args.favor)
    return 0


if __name__ == "__main__":
    sys.exit(main())
