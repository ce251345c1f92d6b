"""pipeline_policy, round 37: the cut of an item that is read (its partners and where it ends). A subject that a
cue rates without ranking it keeps the state or organization it names ("the denuclearization of North Korea remains
the goal"); a capital the country ruler left a place is coded as its state when it is the unnamed partner after "with"
("the friendship with Paris"); an item ends before "now that" (the states of that clause are context, no partners).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..policy_flags import policy_rows

OPENING = "Austria adopted its National Security Strategy in 2023. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("On the Korean Peninsula, the complete denuclearization of North Korea remains the goal.",
     [("AUT", "North Korea", "PRK", "complete denuclearization of North Korea remains the goal")]),
    ("A peaceful and stable Afghanistan is described as a vital interest.",
     [("AUT", "Afghanistan", "AFG", "peaceful and stable Afghanistan is described as a vital interest")]),
    ("The minister added that reform of the United Nations Security Council remained a priority for Austria.",
     [("AUT", "United Nations Security Council", "UNSC",
       "reform of the United Nations Security Council remained a priority for Austria")]),
])
def test_cut_round37_rated_subject_keeps_its_name(nlp, text, expected):
    """A rated (not ranked) subject keeps the partner it names or that a preposition in it governs."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
def test_cut_round37_ranked_subject_names_no_partner(nlp):
    """A ranked subject still gives its phrase alone (round 36 measured the partner there and did not keep it)."""
    assert policy_rows(nlp(OPENING + "Support for Ukraine tops the list.")) == [
        ("AUT", "", "", "Support for Ukraine")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("France is singled out; the friendship with Paris is described as a driving force of European integration.",
     [("AUT", "Paris", "FRA", "friendship with Paris is described as a driving force of European integration")]),
    ("It seeks closer ties with Taipei and with Canberra.",
     [("AUT", "Taipei", "TWN", "closer ties"), ("AUT", "Canberra", "AUS", "closer ties")]),
])
def test_cut_round37_capital_partner_is_coded(nlp, text, expected):
    """A capital read as an unnamed partner after "with" carries its state's code."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
def test_cut_round37_item_ends_before_now_that(nlp):
    """"now that Sweden and Finland are inside the alliance" is context: the item and its partners end before it."""
    text = "It also calls for deeper defence cooperation with the Nordic neighbours now that Sweden and Finland are " \
           "inside the alliance."
    assert policy_rows(nlp(OPENING + text)) == [("AUT", "Nordic neighbours", "", "deeper defence cooperation")]
