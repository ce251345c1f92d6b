"""pipeline/acronyms.py: the shape rules for acronyms, each named for what it tests."""

from __future__ import annotations

import pytest

from pipeline.acronyms import is_acronym, is_acronym_key, is_acronym_phrase, is_capitals_word

WORDS = ["CSTO", "CoE", "U.N.", "OPEC+", "KazISS", "G20", "AT&T", "NATO summit", "IMEMO RAS", "Institute", "Ms", "N"]


@pytest.mark.parametrize(
    ("rule", "accepted"),
    [
        (is_acronym, ["CSTO", "CoE", "U.N.", "OPEC+", "KazISS", "AT&T"]),
        (is_capitals_word, ["CSTO", "G20", "AT&T"]),
        (is_acronym_key, ["CSTO", "CoE", "U.N.", "OPEC+", "KazISS", "AT&T"]),
        (is_acronym_phrase, ["CSTO", "CoE", "U.N.", "OPEC+", "KazISS", "G20", "AT&T", "IMEMO RAS"]),
    ],
)
def test_acronyms_each_rule_accepts(rule, accepted):
    assert [w for w in WORDS if rule(w)] == accepted
