"""Small linear models shipped as plain coefficients in JSON beside this module.

bench/train_signals.py fits them (on the development sets' labels only) and writes the
files; at run time a model is a standardisation and a dot product per output, no numpy.
"""
from __future__ import annotations

import json
import math
import operator
from dataclasses import dataclass
from functools import cache, cached_property
from importlib.resources import files


@dataclass(frozen=True)
class Linear:
    """Standardise the features (mean, scale), then one weight row and bias per output."""

    names: tuple[str, ...]
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]
    bias: tuple[float, ...]
    outputs: tuple[str, ...]

    def scores(self, vector: list[float]) -> list[float]:
        if len(vector) != len(self.mean):  # features changed without a new fit
            raise ValueError(f"the model takes {len(self.mean)} features, not {len(vector)}: run bench/train_signals.py")
        rows, offsets = self._folded
        return [offset + sum(map(operator.mul, row, vector)) for row, offset in zip(rows, offsets)]

    @cached_property
    def _folded(self) -> tuple[list[list[float]], list[float]]:
        """The standardisation folded into the weights: one dot product per output."""
        rows = [[w / s for w, s in zip(row, self.scale)] for row in self.weights]
        offsets = [b - sum(w * m for w, m in zip(row, self.mean)) for row, b in zip(rows, self.bias)]
        return rows, offsets

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
    return Linear(tuple(data["names"]), tuple(data["mean"]), tuple(data["scale"]),
                  tuple(tuple(row) for row in data["weights"]), tuple(data["bias"]), tuple(data["outputs"]))
