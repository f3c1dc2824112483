"""Figures read from a body's texts one by one, and the models' sparse dot products, give
what reading the texts joined by "\\0" and a plain dot product give."""
from __future__ import annotations

import math

from extract.signals.model import Linear, load
from extract.signals.pagetype import TYPE_GROUPS, _groups
from extract.signals.prices import prices
from extract.signals.structure import _repeats, _start, _tag_counts

TEXTS = ["Price: $", "19.99 or 25 €", "€ 30", " $ 5", "tickets from £12", "no sign at all", "5$", "¥"]


def test_prices_read_text_by_text_are_those_of_the_joined_texts() -> None:
    for start in range(len(TEXTS)):
        for end in range(start, len(TEXTS) + 1):
            part = TEXTS[start:end]
            assert prices(part) == prices(["\0".join(part)]), part


def test_a_repeated_key_is_found_as_in_the_joined_texts() -> None:
    texts = ["The council met.", "It voted for the park.", ""]
    joined = "\0".join(texts)
    for key in ("voted for", "met.", "met.\0It", "park.\0", "absent", "The council met.\0It voted"):
        assert _repeats(texts, key) == (key in joined), key


def test_the_start_of_the_texts_is_the_start_of_their_join() -> None:
    texts = ["a" * 5, "b" * 7, "c" * 3, ""]
    joined = "\0".join(texts)
    for size in range(0, len(joined) + 3):
        assert _start(texts, size) == joined[:size], size
    assert _start([], 10) == ""


def test_tag_counts_leave_out_what_is_no_element() -> None:
    counts, elements = _tag_counts(["html", "body", "", "p", "a", "p", "", "div"])
    assert counts == {"html": 1, "body": 1, "p": 2, "a": 1, "div": 1}
    assert elements == 6


def test_type_groups_are_flagged_as_by_set_intersection() -> None:
    for types in (frozenset(), frozenset({"newsarticle", "breadcrumblist", "unknown"}), frozenset({"website"})):
        assert _groups(types) == [float(bool(types & group)) for group in TYPE_GROUPS.values()]


def test_scores_skip_zero_features_and_add_as_a_plain_sum() -> None:
    model = load("pagetype")
    vector = [0.0] * len(model.names)
    for index in range(0, len(vector), 3):
        vector[index] = math.log1p(index) - 1.5
    plain = [offset + sum(w * v for w, v in zip(row, vector)) for row, offset in zip(model.rows, model.offsets)]
    assert model.scores(vector) == plain
    tiny = Linear(("a", "b"), ((2.0, -1.0),), (0.5,), ("f1",))
    assert tiny.scores([0.0, 3.0]) == [0.5 - 3.0]
