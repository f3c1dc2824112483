"""The benchmark sets: where the data lives, their pages in memory, and scoring via score.py.

Pages are gunzipped and decoded before any timing starts, so only extraction is timed.
Scoring always goes through the data folder's own score.py, so our figures are the
published metric, never a re-implementation of it. trafilatura-dev pages keep their bytes:
their charsets vary, and finding the charset is part of each extractor's job.
"""
from __future__ import annotations

import gzip
import importlib.util
import json
import os
import shutil
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any, TypeVar

T = TypeVar("T")
SETS = ("scrapinghub", "wcxb-dev", "trafilatura-dev")
SNIPPETS = "trafilatura-dev"  # scored by snippets found and wrongly kept
ENV_VAR = "EXTRACT_BENCH_DATA"
# In CI the repo is cloned to X and the data sits at X/../shared/bench.
DEFAULT_DATA = Path(__file__).resolve().parents[1].parent / "shared" / "bench"


@dataclass(frozen=True, slots=True)
class Page:
    """One page, decoded and ready: what both extractors receive, plus what reports need."""

    id: str
    html: str | bytes  # bytes where the set's charsets vary (trafilatura-dev)
    url: str | None
    type: str | None = None  # WCXB page type; None elsewhere


@dataclass(frozen=True, slots=True)
class BenchSet:
    """The pages of one set; `partial` when --limit took a sample, which scoring must know."""

    name: str
    folder: Path
    pages: list[Page]
    partial: bool


def data_dir(override: Path | None) -> Path:
    """--data wins over $EXTRACT_BENCH_DATA, which wins over the CI layout."""
    if override is not None:
        return override
    env = os.environ.get(ENV_VAR)
    return Path(env) if env else DEFAULT_DATA


def missing_parts(data: Path, names: tuple[str, ...]) -> list[Path]:
    """What the run needs from the data folder but cannot find (empty when all is there)."""
    needed = [data / "score.py"] + [data / name / "html" for name in names]
    return [path for path in needed if not path.exists()]


def load_scorer(data: Path) -> ModuleType:
    """Import the data folder's score.py by path: it ships with the data, not with us."""
    spec = importlib.util.spec_from_file_location("bench_score", data / "score.py")
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot import {data / 'score.py'}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def sample(ids: list[T], limit: int | None) -> list[T]:
    """Evenly spread ids (or pages), so a quick run sees every part of the set (WCXB types
    come in runs)."""
    if limit is None or limit >= len(ids):
        return ids
    return [ids[i * len(ids) // limit] for i in range(limit)]


def read_html(path: Path) -> str:
    """The page as text: pages are UTF-8; a stray bad byte must not stop the run."""
    return gzip.decompress(path.read_bytes()).decode("utf-8", errors="replace")


def read_page(name: str, path: Path) -> str | bytes:
    """A page as the extractors receive it: bytes when the set's charsets vary."""
    if name == SNIPPETS:
        return gzip.decompress(path.read_bytes())
    return read_html(path)


def gold_records(name: str, folder: Path, scorer: ModuleType) -> dict[str, tuple[str | None, str | None]]:
    """Page id -> (url, page type), from the set's gold."""
    if name == "scrapinghub":
        gold = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
        return {page_id: (item.get("url"), None) for page_id, item in gold.items()}
    if name == SNIPPETS:
        return {page_id: (row.get("url"), None) for page_id, row in snippet_cases(folder).items()}
    records = scorer.load_wcxb_gold(folder)
    return {page_id: (rec.get("url"), scorer.page_type(rec)) for page_id, rec in records.items()}


def load_set(name: str, data: Path, scorer: ModuleType, limit: int | None = None) -> BenchSet:
    """Every page of a set (or an even sample of it) read into memory."""
    folder = data / name
    records = gold_records(name, folder, scorer)
    ids = sample(sorted(records), limit)
    pages = [
        Page(page_id, read_page(name, folder / "html" / f"{page_id}.html.gz"), *records[page_id])
        for page_id in ids
    ]
    return BenchSet(name, folder, pages, partial=len(ids) < len(records))


def score(bench: BenchSet, predictions: dict[str, str], scorer: ModuleType) -> dict[str, Any]:
    """The set's own figures for these predictions (score.py's dict, per_page included)."""
    score_fn = {"scrapinghub": scorer.score_scrapinghub, SNIPPETS: scorer.score_snippets}.get(
        bench.name, scorer.score_wcxb)
    if not bench.partial:
        return score_fn(predictions, bench.folder)
    # score.py scores every page of the gold it is given: give it the sample's gold only.
    with tempfile.TemporaryDirectory(prefix="extract-bench-") as tmp:
        return score_fn(predictions, subset_gold(bench, Path(tmp)))


def subset_gold(bench: BenchSet, target: Path) -> Path:
    """A copy of the set's gold restricted to the sampled pages, laid out as score.py reads it."""
    ids = [page.id for page in bench.pages]
    if bench.name == "scrapinghub":
        gold = json.loads((bench.folder / "ground-truth.json").read_text(encoding="utf-8"))
        subset = {page_id: gold[page_id] for page_id in ids}
        (target / "ground-truth.json").write_text(json.dumps(subset), encoding="utf-8")
    elif bench.name == SNIPPETS:
        rows = snippet_cases(bench.folder)
        lines = [json.dumps(rows[page_id], ensure_ascii=False) for page_id in ids]
        (target / "cases.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    else:
        (target / "ground-truth").mkdir()
        for page_id in ids:
            shutil.copy(bench.folder / "ground-truth" / f"{page_id}.json", target / "ground-truth")
    return target


def snippet_cases(folder: Path) -> dict[str, dict[str, Any]]:
    """trafilatura-dev's cases, page id -> row (snippets with and without)."""
    with open(folder / "cases.jsonl", encoding="utf-8") as lines:
        return {row["id"]: row for row in map(json.loads, lines)}
