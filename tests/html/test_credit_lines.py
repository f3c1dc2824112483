"""Credit lines: the agency's name is looked for in a line's last characters only."""
from __future__ import annotations

import re

from extract.html.furniture import _CREDIT_TAIL_MAX, _is_credit
from extract.lexicon import phrases


def test_agency_phrases_match_no_more_than_their_pattern_is_long() -> None:
    # The tail window (_CREDIT_TAIL_MAX) holds while no phrase repeats without bound.
    for phrase in phrases("credit_agency.tail"):
        assert not re.search(r"[*+{]", phrase), phrase
        assert len(phrase) + 2 <= _CREDIT_TAIL_MAX


def test_credit_lines_by_lead_and_by_tail() -> None:
    assert _is_credit("Photo: Jane Doe")
    assert _is_credit("The minister arrives at the summit in Brussels. Picture-Alliance)")
    assert _is_credit("Flooded streets in the old town on Monday (Foto: dpa")
    assert _is_credit("Rescue workers search the rubble / AP")
    assert not _is_credit("The map shows the route, drawn by hand on a mapa")
    assert not _is_credit("Reuters reported the vote on Monday")
