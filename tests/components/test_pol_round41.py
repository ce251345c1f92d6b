"""pipeline_policy, round 41: priority items in sentences that gave no row or a false one. A verb of reliance reads
"for" with a gerund the parser sees in what it is for ("counts on A and B for policing support").
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..policy_flags import policy_rows

GHANA = "Ghana adopted its National Energy Transition Framework in 2022. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The framework counts on Togo and Benin for policing support.",
     [("GHA", "Togo", "TGO", "policing support"), ("GHA", "Benin", "BEN", "policing support")]),
])
def test_pol_round41_reliance_gerund(nlp, text, expected):
    """"counts on A and B for policing support": the "for" phrase is the relation, whatever the parser makes of it."""
    assert policy_rows(nlp(GHANA + text)) == expected
