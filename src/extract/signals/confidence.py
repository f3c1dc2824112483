"""How good the extraction probably is: a linear model of the expected word F1, from
signals that fail independently.

- the region's score and its margin over the runner-up region (a close call is a guess);
- agreement with the article body the page declares in JSON-LD, when it declares one;
- the share of the body that is prose (long paragraphs ending like sentences) and of
  short, unpunctuated lines left over (boilerplate that got through);
- the body's edges: the fringe of short lines around its core of prose (body.py);
- the region the engine chose: the share of it the body kept, where it ends on the page,
  the pieces it was grown from (region.py);
- the page type and how sure that is (articles extract best; listings worst), and the
  figures it is judged from.

Coefficients in confidence.json, fitted by bench/train_signals.py on the development sets:
to rank pages as their F1 ranks (what matters for a threshold), then put on F1's scale.
"""
from __future__ import annotations

import math

from .model import load
from .structure import Shape, log


def agreement(body_chars: int, declared_chars: int) -> float:
    """How closely the body's length matches the declared article body's: 1 when equal,
    towards 0 as one is a fraction of the other."""
    if not body_chars or not declared_chars:
        return 0.0
    return min(body_chars, declared_chars) / max(body_chars, declared_chars)


def features(shape: Shape, declared_chars: int, region: tuple[float, ...], type_probabilities: dict[str, float],
             type_features: list[float]) -> list[float]:
    """The model's input (see the module doc): `region` from region.region_figures,
    `type_probabilities` in the page-type model's order, then the page-type model's own
    input (what kind of page it is, in detail)."""
    margin = (shape.best - shape.second) / shape.best if shape.best > 0 else 0.0
    vector = [log(shape.best), log(shape.second), margin, float(shape.reading == "article"),
              float(shape.reading == "listing"), shape.main_share, shape.main_links, log(shape.body_chars),
              shape.prose_share, shape.short_share, float(declared_chars > 0),
              agreement(shape.body_chars, declared_chars), log(shape.max_cards), log(shape.max_posts),
              shape.link_share, float(shape.dated), float(shape.credited)]
    body = shape.body
    vector += [log(body.first), log(body.last), log(body.before_last), log(body.longest), log(body.texts),
               body.short / max(body.texts, 1), float(body.closed), log(body.colons), float(body.short_tail),
               float(body.open_tail), float(body.short_head), log(body.short), log(body.prose),
               body.prose / max(body.texts, 1), log(body.fringe_before), log(body.fringe_before_chars),
               log(body.fringe_after), log(body.fringe_after_chars), log(body.loose),
               float(body.fringe_before == 0), float(body.fringe_after == 0),
               shape.body_chars / max(shape.text, 1), shape.second / shape.best if shape.best > 0 else 0.0, *region]
    probabilities = list(type_probabilities.values())
    vector += probabilities + [max(probabilities, default=0.0)]
    return vector + type_features


def confidence(vector: list[float]) -> float:
    """The expected F1: the model gives its logit (a logistic curve keeps it in (0, 1))."""
    logit = min(max(load("confidence").scores(vector)[0], -30.0), 30.0)
    return 1.0 / (1.0 + math.exp(-logit))
