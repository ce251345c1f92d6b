"""pipeline_policy, round 39: priority items in sentences that gave no row. "lean on" is a verb of reliance again, its
partners ended before a verb coordinated with it ("leans on A and wants B deepened") and its purpose read after the
last name of a coordination ("leans on A and other partners for B"); what a document wants done ("wants X
deepened", wishes.py).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..policy_flags import policy_rows

GHANA = "Ghana adopted its National Energy Transition Framework in 2022. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The framework leans on the African Development Bank for concessional loans.",
     [("GHA", "African Development Bank", "AfDB", "concessional loans")]),
    ("The framework leans on the African Union and wants trade with Togo deepened.",
     [("GHA", "African Union", "AU", "leans on"), ("GHA", "Togo", "TGO", "trade")]),
    ("The framework leans on Nigeria as the main market for its power exports.",
     [("GHA", "Nigeria", "NGA", "main market for its power exports")]),
])
def test_pol_round39_lean_on(nlp, text, expected):
    """"lean on" governs partners like "count on"; its partners end before "and wants"; its "as" describes them."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("It wants a new gas pipeline to Burkina Faso built.",
     [("GHA", "Burkina Faso", "BFA", "new gas pipeline to Burkina Faso built")]),
    ("The framework wants rural households connected to the grid by 2030.",
     [("GHA", "", "", "rural households connected to the grid by 2030")]),
])
def test_pol_round39_wants_done(nlp, text, expected):
    """"wants X built": the participle clause's subject is the priority, also with an irregular participle and a
    "to" inside it."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The framework does not want the old plants closed.",
    "Nigeria wants the gas pipeline extended.",
    "The framework wants it finished soon.",
])
def test_pol_round39_wants_done_not(nlp, text):
    """No item for a negated "want", another state's wish, or a subject that only refers back."""
    assert policy_rows(nlp(GHANA + text)) == []
