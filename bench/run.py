#!/usr/bin/env python3
"""Benchmark extract against trafilatura on the shared sets, and gate CI on extract's F1.

    python bench/run.py                     # all sets, extract vs trafilatura, lxml floor
    python bench/run.py --only extract      # the fast loop while working on the engine
    python bench/run.py --gate              # CI: extract's F1 must stay at its floors

See bench/README.md for every option.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from report import SetResult, console, print_set, summary, worst_table, write_json
from runners import FACTORIES, FLOOR, Extractor, detected_languages, profile, timed_runs
from sets import ENV_VAR, SETS, SNIPPETS, data_dir, load_scorer, load_set, missing_parts, score

FLOORS = Path(__file__).resolve().parent / "floors.json"
EXTRACTORS = ("extract", "trafilatura")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=(*SETS, "all"), default=None,
                        help="which set to run (default: all)")
    parser.add_argument("--data", type=Path, default=None, metavar="DIR",
                        help=f"benchmark data folder (default: ${ENV_VAR}, else ../shared/bench)")
    parser.add_argument("--only", choices=EXTRACTORS, default=None,
                        help="run one extractor alone (no trafilatura import, no lxml floor)")
    parser.add_argument("--limit", type=int, default=None, metavar="N",
                        help="an even sample of N pages per set, for quick runs")
    parser.add_argument("--worst", type=int, default=0, metavar="N",
                        help="list extract's N worst pages of each set")
    parser.add_argument("--save-predictions", type=Path, default=None, metavar="DIR",
                        help="write DIR/<set>.<extractor>.json, the format score.py reads")
    parser.add_argument("--json", type=Path, default=None, metavar="FILE",
                        help="write every figure of the run to FILE")
    parser.add_argument("--profile", action="store_true",
                        help="run extract under cProfile and print the top 25 cumulative entries")
    parser.add_argument("--gate", action="store_true",
                        help="run extract on all three full sets; exit 1 if a set's F1 is below "
                             "its floor in bench/floors.json")
    args = parser.parse_args(argv)
    if args.gate and (args.set not in (None, "all") or args.limit or args.only or args.profile):
        parser.error("--gate always runs extract alone on all full sets: "
                     "drop --set/--limit/--only/--profile")
    if args.limit is not None and args.limit < 1:
        parser.error("--limit must be at least 1")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    data = data_dir(args.data)
    names = SETS if args.set in (None, "all") else (args.set,)
    if missing := missing_parts(data, names):
        return data_missing(data, missing, gate=args.gate)
    scorer = load_scorer(data)
    if args.profile:
        return profile_sets(names, data, scorer, args.limit)

    floors = load_floors(FLOORS) if args.gate else {}  # a broken file fails before the run
    extractors = build_extractors(chosen(args))
    results = []
    for name in names:
        result = run_set(name, data, scorer, extractors, args.limit)
        if name == SNIPPETS and not args.gate:
            result.languages = detected_languages(result.bench.pages)
        print_set(result)
        if args.worst:
            primary = "extract" if "extract" in result.scores else next(iter(result.scores))
            console.print(worst_table(result, primary, args.worst))
            console.print()
        if args.save_predictions:
            save_predictions(result, args.save_predictions)
        results.append(result)
    if args.json:
        write_json(args.json, summary(results, run_meta(data, args)))
        console.print(f"figures written to {args.json}", highlight=False)
    return check_floors(results, floors) if args.gate else 0


def chosen(args: argparse.Namespace) -> list[str]:
    """Which extractors run, always in the same order: the floor, extract, trafilatura."""
    if args.gate:
        return ["extract"]
    if args.only:
        return [args.only]
    return [FLOOR, *EXTRACTORS]


def build_extractors(names: list[str]) -> dict[str, Extractor]:
    """Import each library once, before any timing."""
    return {name: FACTORIES[name]() for name in names}


def data_missing(data: Path, missing: list[Path], gate: bool) -> int:
    """Locally a missing data folder only skips the gate; in CI the data must be there."""
    where = str(data)
    if data.exists():  # the folder is there but incomplete: say what is missing
        where += " (missing: " + ", ".join(str(path) for path in missing) + ")"
    if not gate:
        print(f"benchmark data not found at {where}; use --data DIR or ${ENV_VAR}", file=sys.stderr)
        return 2
    if os.environ.get("CI", "").lower() == "true":
        print(f"benchmark data not found at {where}: gate FAILED (in CI the data must be there)")
        return 1
    print(f"benchmark data not found at {where}: gate skipped")
    return 0


def run_set(name: str, data: Path, scorer: Any, extractors: dict[str, Extractor],
            limit: int | None) -> SetResult:
    """Load a set into memory, run each extractor over it, score each with score.py."""
    started = time.perf_counter()
    bench = load_set(name, data, scorer, limit)
    progress(f"{name}: {len(bench.pages)} pages loaded in {time.perf_counter() - started:.1f}s")
    runs = timed_runs(extractors, bench.pages)
    for extractor_name, run in runs.items():
        progress(f"{name}: {extractor_name} took {run.total_s:.1f}s")
    scores = {extractor_name: score(bench, run.texts, scorer)
              for extractor_name, run in runs.items() if extractor_name != FLOOR}
    return SetResult(bench, runs, scores)


def progress(message: str) -> None:
    """Progress goes to stderr, so stdout holds only the report."""
    print(message, file=sys.stderr, flush=True)


def profile_sets(names: tuple[str, ...], data: Path, scorer: Any, limit: int | None) -> int:
    """Where extract spends its time, set by set."""
    extract = FACTORIES["extract"]()
    for name in names:
        bench = load_set(name, data, scorer, limit)
        console.rule(f"{name}: cProfile of extract over {len(bench.pages)} pages")
        errors = profile(extract, bench.pages)
        if errors:
            console.print(f"extract raised on {errors} pages", style="yellow")
    return 0


def save_predictions(result: SetResult, folder: Path) -> None:
    """One score.py-ready file per extractor: page id -> text."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in result.scores:
        path = folder / f"{result.bench.name}.{name}.json"
        path.write_text(json.dumps(result.runs[name].texts, ensure_ascii=False), encoding="utf-8")
        console.print(f"predictions written to {path}", highlight=False)


def load_floors(path: Path) -> dict[str, float]:
    """The pinned minimum F1 per set; every set must have one."""
    document = json.loads(path.read_text(encoding="utf-8"))
    if missing := [name for name in SETS if name not in document]:
        raise SystemExit(f"{path}: no floor for {', '.join(missing)}")
    return {name: float(document[name]) for name in SETS}


def check_floors(results: list[SetResult], floors: dict[str, float]) -> int:
    """The gate: 1 when any set's F1 is below the floor pinned for it, else 0."""
    failures = []
    for result in results:
        name = result.bench.name
        f1, floor = result.scores["extract"]["f1"], floors[name]
        verdict = "below" if f1 < floor else "at or above"
        console.print(f"gate {name}: F1 {f1:.4f} is {verdict} its floor {floor:.4f}", highlight=False)
        if f1 < floor:
            failures.append(f"{name}: F1 {f1:.4f} < floor {floor:.4f} (by {floor - f1:.4f})")
    if failures:
        console.print("quality gate FAILED: " + "; ".join(failures), style="bold red", highlight=False)
        return 1
    console.print("quality gate passed", style="bold green")
    return 0


def run_meta(data: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Enough context to compare two JSON files from different runs."""
    return {
        "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "python": platform.python_version(),
        "machine": platform.machine(),
        "versions": {name: package_version(name)
                     for name in ("extract-article", "trafilatura", "lxml")},
        "data": str(data), "limit": args.limit, "gate": args.gate,
    }


def package_version(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


if __name__ == "__main__":
    sys.exit(main())
