"""pipeline_policy, round 41: the cut of an item that is read (its partners and relation). A "singled out" whose
subject follows a "with" gives what it singles out, not the words after it ("..., with irrigation singled out as the
weakest link"); the items of such a phrase split at a last "and" (a conjunct of a noun that modifies nothing is no
modifier); a ranked subject whose first word the parser reads as a name splits into its conjuncts ("Governance,
decentralisation and the reform of the state close the list"); a wish whose participle has coordinated common nouns
as its subject gives one item each ("wants health, education and access to clean water improved"). Sentences written
for these tests."""

from __future__ import annotations

import pytest

from ..policy_flags import policy_rows

OPENING = "Ghana adopted its National Development Plan in 2021. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The plan puts jobs and housing first, with irrigation in the northern regions singled out as the weakest link.",
     [("GHA", "", "", "jobs and housing"), ("GHA", "", "", "irrigation in the northern regions")]),
    ("It wants the debt brought down through new revenue, with a property tax singled out to replace the old levies.",
     [("GHA", "", "", "debt brought down through new revenue"), ("GHA", "", "", "property tax")]),
    ("It wants the deficit closed through spending cuts, with a value-added tax singled out to replace the old levies.",
     [("GHA", "", "", "deficit closed through spending cuts"), ("GHA", "", "", "value-added tax")]),
    ("Industry comes third, with cement singled out for the coastal towns.",
     [("GHA", "", "", "Industry"), ("GHA", "", "", "cement")]),
])
def test_cut_round41_singled_out_with_subject(nlp, text, expected):
    """"with X singled out as / to / for Y": X is the item, Y no item of its own."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
def test_cut_round41_singled_out_series(nlp):
    """The series a "with" phrase singles out after another cue gives one item each, the last "and" too."""
    text = "Roads are to be rebuilt next, with bridges, ferries and rural tracks singled out."
    assert policy_rows(nlp(OPENING + text)) == [
        ("GHA", "", "", "rebuilding of roads next"), ("GHA", "", "", "bridges"), ("GHA", "", "", "ferries"),
        ("GHA", "", "", "rural tracks")]


@pytest.mark.model
def test_cut_round41_singled_out_own_clause(nlp):
    """A "singled out" with a subject of its own after a "with" phrase keeps its object reading."""
    text = ("Good neighbourly relations are a priority with every neighbour, and the minister singled out Togo and "
            "Benin as partners.")
    rows = policy_rows(nlp(OPENING + text))
    assert ("GHA", "Togo", "TGO", "Togo and Benin as partners") in rows
    assert ("GHA", "Benin", "BEN", "Togo and Benin as partners") in rows


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Governance, decentralisation and the reform of the state close the list.",
     [("GHA", "", "", "Governance"), ("GHA", "", "", "decentralisation"), ("GHA", "", "", "reform of the state")]),
])
def test_cut_round41_ranked_subject_capitalised(nlp, text, expected):
    """A ranked subject that opens with a capitalised common noun splits into its conjuncts."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Human capital follows: the plan wants health, education and access to clean water improved.",
     [("GHA", "", "", "Human capital"), ("GHA", "", "", "health improved"), ("GHA", "", "", "education improved"),
      ("GHA", "", "", "access to clean water improved")]),
    ("It wants trade with Togo and Benin expanded.",
     [("GHA", "Togo", "TGO", "trade"), ("GHA", "Benin", "BEN", "trade")]),
])
def test_cut_round41_wish_coordinated_subject(nlp, text, expected):
    """"wants A, B and C improved": one item per common noun of the participle's subject, each with the participle;
    a subject that names partners stays one item."""
    assert policy_rows(nlp(OPENING + text)) == expected
