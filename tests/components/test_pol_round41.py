"""pipeline_policy, round 41: priority items in sentences that gave no row or a false one. A verb of reliance reads
"for" with a gerund the parser sees in what it is for ("counts on A and B for policing support"); a gerund subject
before a ranking verb ("Cutting X, which ..., tops the list"); "as follows" is no "follows" of a ranking; a count of
the document's parts ("three circles", "Four pillars.") is no item; the subject given weight ("Energy carries most of
the weight", "Adaptation is given equal weight"); "ranks A among its priorities" (no adjective needed; not a negated
verb); both ends of a counted list's range ("nine lines of effort, from A to B"); no item that is a prepositional
phrase without a verb ("for process change").
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


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Cutting the fuel subsidies, which had cost a fifth of the budget, tops the list.",
     [("GHA", "", "", "Cutting the fuel subsidies, which had cost a fifth of the budget")]),
    ("Rebuilding the reserves, which had fallen to two weeks of imports, came first.",
     [("GHA", "", "", "Rebuilding the reserves, which had fallen to two weeks of imports")]),
])
def test_pol_round41_gerund_ranked(nlp, text, expected):
    """A gerund subject with a relative clause before a ranking verb (parsed as an adverbial clause) is the item."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
def test_pol_round41_as_follows(nlp):
    """"reads the framework as follows" ranks nothing: "follows" after "as" is no chain cue."""
    assert policy_rows(nlp(GHANA + "The review reads the framework as follows.")) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The framework places emphasis on three circles.", []),
    ("The framework focuses on 21 million new jobs.", [("GHA", "", "", "21 million new jobs")]),
])
def test_pol_round41_count_only(nlp, text, expected):
    """A number in words and a plural noun only counts the document's parts; a figure stays."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Adaptation is given equal weight.", [("GHA", "", "", "Adaptation")]),
    ("Energy carries most of the weight.", [("GHA", "", "", "Energy")]),
    ("Health, water and roads carry equal weight.",
     [("GHA", "", "", "Health"), ("GHA", "", "", "water"), ("GHA", "", "", "roads")]),
    ("A joint approach with Togo would carry more weight than a purely Ghanaian one.", []),
    ("The economic strategy carries the most weight.", []),
    ("Neighbours come first.", []),
])
def test_pol_round41_weight(nlp, text, expected):
    """The subject the document gives weight to is the item (a capitalised common noun at the start too); not a
    comparison, a part of the document, nor a group of partners."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The framework ranks regional trade and tourism among its priorities.",
     [("GHA", "", "", "regional trade and tourism")]),
    ("The framework does not put oil among its priorities.", []),
    ("Cheap power is listed first among its tasks.", [("GHA", "", "", "Cheap power")]),
])
def test_pol_round41_among(nlp, text, expected):
    """"ranks A among its priorities" without an adjective before the list's noun; not a negated verb, nor a rank
    ("first") as the item."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The framework sets out nine lines of effort, from a rules-based regional order to climate change and energy "
     "security.",
     [("GHA", "", "", "rules-based regional order"), ("GHA", "", "", "climate change and energy security")]),
    ("Seven enablers sit under the pillars, from mindset change to human capital, economic infrastructure and "
     "environmental sustainability.",
     [("GHA", "", "", "mindset change"), ("GHA", "", "", "human capital"), ("GHA", "", "", "economic infrastructure"),
      ("GHA", "", "", "environmental sustainability")]),
])
def test_pol_round41_range(nlp, text, expected):
    """A counted list's range "from A to B and C": both ends are items, each split as a series."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Industry comes second, with steel, cement and petrochemicals singled out for process change.",
     [("GHA", "", "", "Industry"), ("GHA", "", "", "steel"), ("GHA", "", "", "cement"),
      ("GHA", "", "", "petrochemicals")]),
    # what the "with" phrase singles out is an item of its own (h41_cut's ranks.singled_out), its "as" phrase none
    ("The framework puts internal security first, with policing across the provinces singled out as the weakest link.",
     [("GHA", "", "", "internal security"), ("GHA", "", "", "policing across the provinces")]),
])
def test_pol_round41_prepositional(nlp, text, expected):
    """A prepositional phrase without a verb ("for process change", "as the weakest link") is no item."""
    assert policy_rows(nlp(GHANA + text)) == expected
