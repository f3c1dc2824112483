"""What a run shows: rich tables for people, one JSON document for machines.

Speeds are shown as ratios measured in the same run too, because absolute speeds on shared
machines vary from run to run.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table

from runners import FLOOR, Run
from sets import SNIPPETS, BenchSet, snippet_cases

REFERENCE = "trafilatura"
LABELS = {FLOOR: "lxml parse (floor)"}
EXTRAS = {"scrapinghub": ("exact",), SNIPPETS: ("accuracy",)}
# A language gets its own row in the per-language table from this many pages on.
LANGUAGE_MIN_PAGES = 5

# Piped output (CI logs, files) would otherwise be squeezed to 80 columns.
console = Console(width=None if sys.stdout.isatty() else 150)


@dataclass(slots=True)
class SetResult:
    """One set's runs (the floor included) and score.py's figures for each extractor."""

    bench: BenchSet
    runs: dict[str, Run]
    scores: dict[str, dict[str, Any]]
    languages: dict[str, str] | None = None  # page id -> language extract detected


def label(name: str) -> str:
    return LABELS.get(name, name)


def speed_ratio(result: SetResult, name: str) -> float | None:
    """This extractor's pages/s over trafilatura's, when both ran (>1: faster)."""
    reference = result.runs.get(REFERENCE)
    if reference is None or not reference.pages_per_s:
        return None
    return result.runs[name].pages_per_s / reference.pages_per_s


def new_table(result: SetResult, what: str) -> Table:
    """A table titled with its set and page count, wide enough not to wrap the title."""
    bench = result.bench
    sample = ", even sample" if bench.partial else ""
    title = f"{bench.name}: {what} ({len(bench.pages)} pages{sample})"
    return Table(title=title, title_justify="left", min_width=len(title) + 2)


def quality_table(result: SetResult) -> Table:
    """P, R, F1 with the set's own metric, plus its extra figures and failing pages."""
    table = new_table(result, "quality")
    table.add_column("extractor")
    for column in ("precision", "recall", "F1"):
        table.add_column(column, justify="right")
    extras = EXTRAS.get(result.bench.name, ("with_found", "without_kept"))
    for column in extras:
        table.add_column(column.replace("_", " "), justify="right")
    table.add_column("errors", justify="right")
    for name, figures in result.scores.items():
        values = [f"{figures[key]:.3f}" for key in ("precision", "recall", "f1", *extras)]
        table.add_row(label(name), *values, str(len(result.runs[name].errors)))
    return table


def type_table(result: SetResult) -> Table:
    """F1 per WCXB page type, extractors side by side."""
    table = new_table(result, "F1 per page type")
    table.add_column("page type")
    table.add_column("pages", justify="right")
    for name in result.scores:
        table.add_column(f"F1 {label(name)}", justify="right")
    first = next(iter(result.scores.values()))
    for kind, figures in first["per_type"].items():
        f1s = [f"{scores['per_type'][kind]['f1']:.3f}" for scores in result.scores.values()]
        table.add_row(kind, str(figures["pages"]), *f1s)
    return table


def language_table(result: SetResult) -> Table:
    """Snippet F1 per detected language with enough pages, extractors side by side."""
    languages = result.languages or {}
    cases = snippet_cases(result.bench.folder)
    by_language: dict[str, list[str]] = {}
    for page in result.bench.pages:
        by_language.setdefault(languages.get(page.id, "?"), []).append(page.id)
    table = new_table(result, f"F1 per detected language (>= {LANGUAGE_MIN_PAGES} pages)")
    table.add_column("language")
    table.add_column("pages", justify="right")
    for name in result.scores:
        table.add_column(f"F1 {label(name)}", justify="right")
    rows = sorted(by_language.items(), key=lambda item: (-len(item[1]), item[0]))
    for language, ids in rows:
        if len(ids) >= LANGUAGE_MIN_PAGES:
            f1s = [f"{snippet_f1(scores['per_page'], cases, ids):.3f}" for scores in result.scores.values()]
            table.add_row(language, str(len(ids)), *f1s)
    return table


def snippet_f1(per_page: dict[str, Any], cases: dict[str, Any], ids: list[str]) -> float:
    """score.py's F1 (counts summed over pages) restricted to some pages."""
    found = kept = missed = 0
    for page_id in ids:
        figures = per_page[page_id]
        missed += len(figures["missed"])
        found += len(cases[page_id]["with"]) - len(figures["missed"])
        kept += len(figures["kept_wrongly"])
    return 2 * found / (2 * found + kept + missed) if found + kept + missed else 1.0


def speed_table(result: SetResult) -> Table:
    """Throughput, typical page cost, and the same-run ratio to trafilatura."""
    table = new_table(result, "speed")
    table.add_column("extractor")
    for column in ("pages/s", "median ms", "total s"):
        table.add_column(column, justify="right")
    with_ratio = REFERENCE in result.runs
    if with_ratio:
        table.add_column(f"speed vs {REFERENCE}", justify="right")
    for name, run in result.runs.items():
        values = [label(name), f"{run.pages_per_s:.1f}", f"{run.median_ms:.2f}", f"{run.total_s:.2f}"]
        if with_ratio:
            ratio = speed_ratio(result, name)
            values.append("—" if ratio is None else f"{ratio:.2f}×")
        table.add_row(*values)
    return table


def error_lines(result: SetResult) -> list[str]:
    """One line per extractor that raised, with an example to start from."""
    lines = []
    for name, run in result.runs.items():
        if run.errors:
            page_id, message = next(iter(run.errors.items()))
            lines.append(f"{label(name)} raised on {len(run.errors)}/{len(run.seconds)} "
                         f"{result.bench.name} pages, e.g. {page_id}: {message}")
    return lines


def print_set(result: SetResult) -> None:
    console.print(quality_table(result))
    if "per_type" in next(iter(result.scores.values()), {}):
        console.print(type_table(result))
    if result.languages:
        console.print(language_table(result))
    console.print(speed_table(result))
    for line in error_lines(result):
        console.print(line, style="yellow", highlight=False)
    console.print()


def worst_table(result: SetResult, name: str, count: int) -> Table:
    """The pages where an extractor does worst: where to start reading."""
    pages = {page.id: page for page in result.bench.pages}
    per_page = result.scores[name]["per_page"]
    worst = sorted(per_page.items(), key=lambda item: (item[1]["f1"], item[0]))[:count]
    wcxb = result.bench.name == "wcxb-dev"
    snippets = result.bench.name == SNIPPETS
    table = new_table(result, f"{count} worst pages for {name}")
    for column, justify in (("id", "left"), ("F1", "right"), ("P", "right"), ("R", "right")):
        table.add_column(column, justify=justify, no_wrap=True)
    if wcxb:
        table.add_column("type")
    table.add_column("snippets missed (-) / wrongly kept (+)" if snippets else "url", overflow="fold")
    for page_id, figures in worst:
        values = [page_id] + [fmt(figures[key]) for key in ("f1", "precision", "recall")]
        if wcxb:
            values.append(pages[page_id].type or "")
        values.append(snippet_lines(figures) if snippets else pages[page_id].url or "")
        table.add_row(*values)
    return table


def snippet_lines(figures: dict[str, Any], width: int = 90) -> str:
    """What a snippet-scored page got wrong, one snippet a line."""
    lines = [f"- {snippet[:width]!r}" for snippet in figures["missed"]]
    lines += [f"+ {snippet[:width]!r}" for snippet in figures["kept_wrongly"]]
    return "\n".join(lines)


def fmt(value: float | None) -> str:
    """score.py leaves precision/recall as None where a page has nothing to measure."""
    return "—" if value is None else f"{value:.3f}"


def summary(results: list[SetResult], meta: dict[str, Any]) -> dict[str, Any]:
    """Every figure of the run in one JSON-ready document (per-page scores included)."""
    sets = {}
    for result in results:
        runs = {}
        for name, run in result.runs.items():
            entry: dict[str, Any] = {
                "pages": len(run.seconds), "errors": len(run.errors),
                "pages_per_s": run.pages_per_s, "median_ms": run.median_ms,
                "total_s": run.total_s, "speed_vs_trafilatura": speed_ratio(result, name),
            }
            if name in result.scores:
                entry["scores"] = result.scores[name]
            runs[name] = entry
        sets[result.bench.name] = {
            "pages": len(result.bench.pages), "partial": result.bench.partial, "extractors": runs,
        }
        if result.languages:
            sets[result.bench.name]["languages"] = result.languages
    return {"meta": meta, "sets": sets}


def write_json(path: Path, document: dict[str, Any]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(document, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
