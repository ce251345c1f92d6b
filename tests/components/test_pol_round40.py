"""pipeline_policy, round 40: priority items in sentences that gave no row. "treats X as Y" rates X whatever Y's head
noun when Y is definite (open_naming_verbs.txt), and the partners Y names when X names none ("treats the port of A as
the gateway to B, C and D"); a ranking's ", with A, B and C named / singled out" gives A, B and C (ranks.py); "X
completes the structure", "Y closes the substantive list" rank their subjects; a verb of reliance reads the "for"
that the parser hangs on its first partner.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..policy_flags import policy_rows

GHANA = "Ghana adopted its National Energy Transition Framework in 2022. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The framework treats ECOWAS as the frame for its regional trade.",
     [("GHA", "ECOWAS", "ECOWAS", "frame for its regional trade")]),
    ("The framework treats the port of Tema as the gateway to Burkina Faso, Mali and Niger.",
     [("GHA", "Burkina Faso", "BFA", "gateway"), ("GHA", "Mali", "MLI", "gateway"),
      ("GHA", "Niger", "NER", "gateway")]),
    ("The framework treats the corridor to Togo as the backbone of its power exports.",
     [("GHA", "Togo", "TGO", "corridor to Togo")]),
])
def test_pol_round40_treats_as(nlp, text, expected):
    """"treats X as the Y": a named X with the description Y, else the partners Y names, else X itself."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The framework treats the Paris Agreement as the yardstick.",
    "The framework treats the project as an energy source.",
    "The framework treats Nigeria as a rival.",
])
def test_pol_round40_treats_as_not(nlp, text):
    """No item for a name that is no partner, a bare noun that refers back, or an indefinite description."""
    assert policy_rows(nlp(GHANA + text)) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Agriculture comes next, with cocoa, cashew and shea named as the chains to build up.",
     [("GHA", "", "", "Agriculture"), ("GHA", "", "", "cocoa"), ("GHA", "", "", "cashew"), ("GHA", "", "", "shea")]),
    ("Renewable energy comes second, with solar power singled out.",
     [("GHA", "", "", "Renewable energy"), ("GHA", "", "", "solar power")]),
    ("The Maghreb comes next, with Morocco and Algeria named as key neighbours.",
     [("GHA", "Morocco", "MAR", "key neighbours"), ("GHA", "Algeria", "DZA", "key neighbours")]),
])
def test_pol_round40_ranked_with(nlp, text, expected):
    """A ranking's ", with A, B and C named (as ...)": A, B and C are items too; names only are partners."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Good governance completes the structure.", [("GHA", "", "", "Good governance")]),
    ("Regional integration closes the substantive list.", [("GHA", "", "", "Regional integration")]),
])
def test_pol_round40_closes_list(nlp, text, expected):
    """The last item of a ranked list, as the subject of "completes the structure", "closes the substantive list"."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
def test_pol_round40_reliance_purpose_on_first_partner(nlp):
    """"leans on A and B for markets": the "for" the parser hangs on A is the partners' relation."""
    text = ("The framework leans on Nigeria and the African Continental Free Trade Area for markets, and it counts on "
            "the private sector for investment.")
    assert policy_rows(nlp(GHANA + text)) == [("GHA", "Nigeria", "NGA", "markets"),
                                              ("GHA", "African Continental Free Trade Area", "AfCFTA", "markets")]
