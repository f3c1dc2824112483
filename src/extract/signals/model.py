"""Small linear models shipped as plain coefficients in JSON beside this module.

bench/train_signals.py fits them (on the development sets' labels only) and writes the
files; at run time a model is a dot product per output (the standardisation folded in when
it is loaded), no numpy.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib.resources import files


@dataclass(frozen=True)
class Linear:
    """One weight row and offset per output over raw features: the fitted standardisation
    (mean, scale) is folded into them when the model is loaded, so scoring a page is one
    dot product per output."""

    names: tuple[str, ...]
    rows: tuple[tuple[float, ...], ...]
    offsets: tuple[float, ...]
    outputs: tuple[str, ...]

    @classmethod
    def standardised(cls, names: tuple[str, ...], mean: tuple[float, ...], scale: tuple[float, ...],
                     weights: tuple[tuple[float, ...], ...], bias: tuple[float, ...],
                     outputs: tuple[str, ...]) -> Linear:
        """The model as fitted: weights over standardised features ((x - mean) / scale)."""
        rows = tuple(tuple(w / s for w, s in zip(row, scale)) for row in weights)
        offsets = tuple(b - sum(w * m for w, m in zip(row, mean)) for row, b in zip(rows, bias))
        return cls(names, rows, offsets, outputs)

    def scores(self, vector: list[float]) -> list[float]:
        """One dot product per output, over the features that are not zero (most counts and
        flags of a page are): compiled, a typed loop of float products, no float object a
        term. Terms are added in the features' order, as a plain sum would."""
        size = len(self.names)
        if len(vector) != size:  # features changed without a new fit
            raise ValueError(f"the model takes {size} features, not {len(vector)}: run bench/train_signals.py")
        present = [index for index in range(size) if vector[index] != 0.0]
        values = [vector[index] for index in present]
        scores: list[float] = []
        for row, offset in zip(self.rows, self.offsets):
            total = 0.0
            for at in range(len(present)):
                total += row[present[at]] * values[at]
            scores.append(offset + total)
        return scores

    def probabilities(self, vector: list[float]) -> dict[str, float]:
        """Softmax over the outputs (a multinomial logistic model)."""
        scores = self.scores(vector)
        top = max(scores)
        exps = [math.exp(score - top) for score in scores]
        total = sum(exps)
        return {name: value / total for name, value in zip(self.outputs, exps)}


@cache
def load(name: str) -> Linear:
    """The model saved as `<name>.json` in this package."""
    resource = files(__package__).joinpath(f"{name}.json")
    data = json.loads(resource.read_text(encoding="utf-8"))
    return Linear.standardised(tuple(data["names"]), tuple(data["mean"]), tuple(data["scale"]),
                               tuple(tuple(row) for row in data["weights"]), tuple(data["bias"]),
                               tuple(data["outputs"]))
