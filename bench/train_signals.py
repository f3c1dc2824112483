#!/usr/bin/env python3
"""Fit the page-type and confidence models shipped in src/extract/signals/, and report how
well they do on pages they were not fitted on.

    python bench/train_signals.py collect          # run extract on the dev sets, keep the features
    python bench/train_signals.py fit              # 5-fold CV by site, then fit on all and write JSON

Page type learns from the WCXB dev labels only. Confidence learns the per-page F1 that
score.py gives on WCXB dev and trafilatura-dev. Folds group pages by the host of their
URL, so no site is in both the fitting and the scoring part of a fold; the page-type
probabilities that confidence reads are themselves out-of-fold. Confidence is fitted to
each page's F1 rank within its set (what Spearman's correlation judges; trafilatura-dev's
F1 is mostly ties at 1.0), then mapped back onto the F1 scale by a straight line fitted on
the same fold, so that it still reads as an expected F1. Needs numpy (bench extra).
"""
from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # threads fight over 2 CPUs: 30x slower fits

import argparse
import gzip
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np

import extract
import extract.api as api
from extract.html.evidence import Evidence
from extract.model import Assessment, Extraction
from extract.signals import _declared_length, confidence, pagetype
from extract.signals.evidence import read_declared
from extract.signals.region import region_figures
from extract.signals.structure import shape_of

from sets import data_dir, load_scorer

SIGNALS = Path(__file__).resolve().parents[1] / "src" / "extract" / "signals"
CACHE = Path(__file__).resolve().parent / ".signals-features.json"
TYPES = ("article", "forum", "product", "documentation", "listing", "collection", "service")
FOLDS = 5
TYPE_L2 = 0.1  # with TYPE_POWER, chosen of two settings on two other host splits (not FOLDS)
TYPE_POWER = 0.5  # class weights: inverse frequency to this power (0: unweighted)
CONFIDENCE_L2 = 1000.0


def collect(data: Path) -> None:
    """Extract every dev page once, keeping the features the engine hands to signals/."""
    scorer = load_scorer(data)
    captured: dict[str, Any] = {}

    def capture(evidence: Evidence, extraction: Extraction, url: str | None) -> Assessment:
        shape = shape_of(evidence.stats, evidence.main, list(extraction.blocks), extraction.metadata, url)
        declared = read_declared(evidence.marked, evidence.markup)
        captured["type"] = pagetype.features(shape, declared)
        # The same page as a caller without its address sees it (a file, stdin).
        captured["bare"] = pagetype.features(shape_of(evidence.stats, evidence.main, list(extraction.blocks),
                                                      extraction.metadata, None), declared)
        region = region_figures(evidence.stats, evidence.main, evidence.pieces, list(extraction.blocks), shape.body_chars,
                                extraction.metadata.title)
        captured["confidence"] = confidence.features(shape, _declared_length(evidence.declared_body), region, {}, [])[:-1]
        return Assessment()

    api.assess = capture  # where the API hands the engine's figures to signals/
    rows: list[dict[str, Any]] = []
    options = extract.Options(detect_language=False)
    for name, gold in (("wcxb-dev", scorer.load_wcxb_gold(data / "wcxb-dev")),
                       ("trafilatura-dev", scorer.load_snippet_gold(data / "trafilatura-dev"))):
        predictions: dict[str, str] = {}
        started = time.perf_counter()
        for page_id, record in sorted(gold.items()):
            raw = gzip.decompress((data / name / "html" / f"{page_id}.html.gz").read_bytes())
            captured.clear()
            predictions[page_id] = extract.extract(raw, url=record.get("url"), options=options).text
            if "type" not in captured:  # no markup to speak of: nothing to learn from
                continue
            rows.append({"set": name, "id": page_id, "host": urlsplit(record.get("url") or "").hostname or page_id,
                         "label": scorer.page_type(record) if name == "wcxb-dev" else None, **captured})
        scores = (scorer.score_wcxb if name == "wcxb-dev" else scorer.score_snippets)(predictions, data / name)
        for row in rows:
            if row["set"] == name:
                row["f1"] = scores["per_page"][row["id"]]["f1"]
        print(f"{name}: {len(predictions)} pages in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    CACHE.write_text(json.dumps(rows), encoding="utf-8")


def folds_of(hosts: list[str]) -> np.ndarray:
    """A fold per page, the same for every page of a host (stable across runs)."""
    return np.array([int(hashlib.sha1(host.encode()).hexdigest(), 16) % FOLDS for host in hosts])


def standardise(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    mean, scale = x.mean(axis=0), x.std(axis=0)
    return mean, np.where(scale > 1e-9, scale, 1.0)


def fit_softmax(x: np.ndarray, y: np.ndarray, classes: int, l2: float = 1e-2, steps: int = 1500,
                power: float = 0.0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Multinomial logistic regression by full-batch gradient descent (Adam), L2-penalised,
    with classes weighted by their inverse frequency to the `power` (0: unweighted). The
    step shrinks linearly to nothing: at a constant step Adam never settles, and the
    weights it stopped at (and the CV accuracy, by ±0.007) hung on the features' order."""
    mean, scale = standardise(x)
    z = (x - mean) / scale
    onehot = np.eye(classes)[y]
    counts = np.bincount(y, minlength=classes).astype(float)
    weight = (np.maximum(counts, 1) ** -power)[y]
    weight /= weight.mean()
    w, b = np.zeros((classes, z.shape[1])), np.zeros(classes)
    m = [np.zeros_like(w), np.zeros_like(b)]
    v = [np.zeros_like(w), np.zeros_like(b)]
    for step in range(1, steps + 1):
        logits = z @ w.T + b
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        error = (p - onehot) * weight[:, None] / len(y)
        grads = [error.T @ z + l2 * w, error.sum(axis=0)]
        for i, (param, grad) in enumerate(zip((w, b), grads)):
            m[i] = 0.9 * m[i] + 0.1 * grad
            v[i] = 0.999 * v[i] + 0.001 * grad ** 2
            param -= 0.05 * (1 - step / (steps + 1)) * (m[i] / (1 - 0.9 ** step)) / (np.sqrt(v[i] / (1 - 0.999 ** step)) + 1e-8)
    return mean, scale, w, b


def softmax_predict(model: tuple[np.ndarray, ...], x: np.ndarray) -> np.ndarray:
    mean, scale, w, b = model
    logits = ((x - mean) / scale) @ w.T + b
    logits -= logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    return p / p.sum(axis=1, keepdims=True)


def fit_ridge(x: np.ndarray, y: np.ndarray, l2: float = 10.0) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    mean, scale = standardise(x)
    z = (x - mean) / scale
    w = np.linalg.solve(z.T @ z + l2 * np.eye(z.shape[1]), z.T @ (y - y.mean()))
    return mean, scale, w[None, :], np.array([y.mean()])


def fit_confidence(x: np.ndarray, f1: np.ndarray, sets: np.ndarray) -> tuple[np.ndarray, ...]:
    """Ridge on the F1 rank within each set, then a logistic curve from that score to F1
    (increasing, so the ranking is the rank model's), folded into the weights: the model
    gives the curve's logit, signals/confidence.py applies the curve."""
    ranks = np.zeros(len(f1))
    for name in set(sets):
        chosen = sets == name
        ranks[chosen] = mean_ranks(f1[chosen]) / max(chosen.sum() - 1, 1)
    mean, scale, w, b = fit_ridge(x, ranks, CONFIDENCE_L2)
    score = ridge_predict((mean, scale, w, b), x)
    slope, offset = 1.0, 0.0
    for _ in range(3000):  # least squares of the curve to F1, by gradient descent on two numbers
        curve = 1 / (1 + np.exp(-(slope * score + offset)))
        error = (curve - f1) * curve * (1 - curve)
        slope -= 2.0 * max(float(np.mean(error * score)), -1.0)
        offset -= 2.0 * float(np.mean(error))
    slope = max(slope, 1e-6)
    return mean, scale, w * slope, b * slope + offset



def ridge_predict(model: tuple[np.ndarray, ...], x: np.ndarray) -> np.ndarray:
    mean, scale, w, b = model
    return ((x - mean) / scale) @ w[0] + b[0]


def mean_ranks(values: np.ndarray) -> np.ndarray:
    """Ranks from 0, ties sharing their mean rank."""
    order = values.argsort(kind="stable")
    ranked = np.empty(len(values))
    sorted_values = values[order]
    start = 0
    for end in range(1, len(values) + 1):
        if end == len(values) or sorted_values[end] != sorted_values[start]:
            ranked[order[start:end]] = (start + end - 1) / 2
            start = end
    return ranked


def spearman(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.corrcoef(mean_ranks(a), mean_ranks(b))[0, 1])


def save(name: str, names: list[str], model: tuple[np.ndarray, ...], outputs: list[str]) -> None:
    mean, scale, w, b = model
    data = {"names": names, "mean": mean.round(6).tolist(), "scale": scale.round(6).tolist(),
            "weights": w.round(6).tolist(), "bias": b.round(6).tolist(), "outputs": outputs}
    (SIGNALS / f"{name}.json").write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


def with_bare(x: np.ndarray, bare: np.ndarray, y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each page twice, with and without its address: a model fitted on addressed pages
    alone had never seen a page without one, and read files and stdin badly (0.66 in CV)."""
    return np.vstack([x, bare]), np.concatenate([y, y])


def fit() -> None:
    rows = json.loads(CACHE.read_text(encoding="utf-8"))
    typed = [row for row in rows if row["set"] == "wcxb-dev"]
    x = np.array([row["type"] for row in typed])
    bare = np.array([row["bare"] for row in typed])
    y = np.array([TYPES.index(row["label"]) for row in typed])
    folds = folds_of([row["host"] for row in typed])
    oof, oof_bare = np.zeros((len(y), len(TYPES))), np.zeros((len(y), len(TYPES)))
    for fold in range(FOLDS):
        held = folds == fold
        model = fit_softmax(*with_bare(x[~held], bare[~held], y[~held]), len(TYPES), TYPE_L2, power=TYPE_POWER)
        oof[held], oof_bare[held] = softmax_predict(model, x[held]), softmax_predict(model, bare[held])
    guess = oof.argmax(axis=1)
    print(f"page type, {FOLDS}-fold CV by site on wcxb-dev ({len(y)} pages): accuracy {np.mean(guess == y):.3f}"
          f" (without the address: {np.mean(oof_bare.argmax(axis=1) == y):.3f})")
    for k, kind in enumerate(TYPES):
        tp = np.sum((guess == k) & (y == k))
        print(f"  {kind:14s} n={np.sum(y == k):4d}  P {tp / max(np.sum(guess == k), 1):.3f}  R {tp / max(np.sum(y == k), 1):.3f}"
              f"  predicted as: {' '.join(f'{np.sum((y == k) & (guess == j)):4d}' for j in range(len(TYPES)))}")
    probabilities = {row["id"]: list(p) for row, p in zip(typed, oof)}
    # trafilatura-dev has no type labels: its type probabilities come from a model fitted on all of wcxb-dev.
    full_type = fit_softmax(*with_bare(x, bare, y), len(TYPES), TYPE_L2, power=TYPE_POWER)
    others = [row for row in rows if row["set"] != "wcxb-dev"]
    if others:
        for row, p in zip(others, softmax_predict(full_type, np.array([row["type"] for row in others]))):
            probabilities[row["id"]] = list(p)
    xc = np.array([row["confidence"] + probabilities[row["id"]] + [max(probabilities[row["id"]])] + row["type"]
                   for row in rows])
    yc = np.array([row["f1"] for row in rows])
    folds = folds_of([row["host"] for row in rows])
    sets = np.array([row["set"] for row in rows])
    predicted = np.zeros(len(yc))
    for fold in range(FOLDS):
        held = folds == fold
        predicted[held] = ridge_predict(fit_confidence(xc[~held], yc[~held], sets[~held]), xc[held])
    curve = 1 / (1 + np.exp(-predicted))
    print(f"confidence: mean {curve.mean():.3f} against mean F1 {yc.mean():.3f}, "
          f"mean absolute error {np.abs(curve - yc).mean():.3f}")
    for name in ("wcxb-dev", "trafilatura-dev"):
        chosen = sets == name
        print(f"confidence, {FOLDS}-fold CV by site: Spearman with per-page F1 on {name}: "
              f"{spearman(predicted[chosen], yc[chosen]):.3f} ({chosen.sum()} pages)")
    save("pagetype", [f"f{i}" for i in range(x.shape[1])], full_type, list(TYPES))
    save("confidence", [f"f{i}" for i in range(xc.shape[1])], fit_confidence(xc, yc, sets), ["f1"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("step", choices=("collect", "fit"))
    parser.add_argument("--data", type=Path, default=None, metavar="DIR")
    args = parser.parse_args()
    if args.step == "collect":
        collect(data_dir(args.data))
    else:
        fit()


if __name__ == "__main__":
    main()
