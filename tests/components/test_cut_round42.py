"""pipeline_policy, round 42: the cut of an item that is read (its partners and relation). A wish whose second
participle clause the parser hangs on the verb of intent ("wants A trimmed and B made the engine of growth") or on
the first participle as a noun ("wants A improved and exports diversified") gives one item per clause, and the wish
rule's clauses replace a cue's reading of them as one phrase; ", with A, B and C at its core" after a ranking gives
one item each (the writers' majority: b19a, b24a, b39a, b40a twice; not b29a, b31a); a verb of reliance reads the
whole list of partners its commas separate ("counts on A, B and C, and it treats ..."); a ranked subject with a
singular verb is one part ("Agricultural productivity and commercialisation comes first"); the gapped clauses after
a ranking give one item each ("A comes first, B second, and C third"); a verb of reliance the parser reads as a plural
noun after a list of clauses ("..., treats X as ..., and counts on Y for ...") still governs its partners; a verb's
coordinated common-noun objects that one "as" describes split, the last keeping the description ("singles out coffee
and tea as the export crops to be promoted"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..policy_flags import policy_rows

OPENING = "Ghana adopted its National Development Plan in 2021. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The plan wants the civil service trimmed and the private sector made the engine of growth.",
     [("GHA", "", "", "civil service trimmed"), ("GHA", "", "", "private sector made the engine of growth")]),
    ("Governance comes first: the plan wants public spending audited more closely and the courts brought closer to "
     "citizens.",
     [("GHA", "", "", "Governance"), ("GHA", "", "", "public spending audited more closely"),
      ("GHA", "", "", "courts brought closer to citizens")]),
    ("The plan wants the exchange rate unified and the central bank made independent of the finance ministry.",
     [("GHA", "", "", "exchange rate unified"),
      ("GHA", "", "", "central bank made independent of the finance ministry")]),
    ("It wants the business climate improved and exports diversified beyond cocoa.",
     [("GHA", "", "", "business climate improved"), ("GHA", "", "", "exports diversified beyond cocoa")]),
    ("The plan wants the payroll trimmed and the private sector made the engine of growth, and it counts on the "
     "World Bank for budget support.",
     [("GHA", "", "", "payroll trimmed"), ("GHA", "", "", "private sector made the engine of growth"),
      ("GHA", "World Bank", "World Bank", "budget support")]),
])
def test_cut_round42_wish_clauses(nlp, text, expected):
    """Each participle clause a verb of intent wants is an item of its own, however the parser hangs it."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
def test_cut_round42_wish_past_clause(nlp):
    """After "wanted", a clause in the past with a subject of its own tells what happened: no item."""
    text = "The plan wanted the old debts settled and the cabinet approved a new budget."
    assert policy_rows(nlp(OPENING + text)) == [("GHA", "", "", "old debts settled")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Human capital is the second pillar, with schools, clinics and access to water at its core.",
     [("GHA", "", "", "Human capital"), ("GHA", "", "", "schools"), ("GHA", "", "", "clinics"),
      ("GHA", "", "", "access to water")]),
    ("Human capital is the third pillar, with education, health and vocational training at its core, and natural "
     "capital closes the list.",
     [("GHA", "", "", "Human capital"), ("GHA", "", "", "education"), ("GHA", "", "", "health"),
      ("GHA", "", "", "vocational training"), ("GHA", "", "", "natural capital")]),
    ("Regional integration comes next, with the African Union at its centre.",
     [("GHA", "", "", "Regional integration")]),
])
def test_cut_round42_at_its_core(nlp, text, expected):
    """", with A, B and C at its core" after a ranking: one item each; a name there is no item of its own."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
def test_cut_round42_reliance_list(nlp):
    """A verb of reliance governs every partner of its comma-separated list."""
    text = ("The plan counts on the World Bank, the African Development Bank and the European Union, and it treats "
            "China as a partner for ports.")
    assert policy_rows(nlp(OPENING + text)) == [
        ("GHA", "World Bank", "World Bank", "counts on"), ("GHA", "African Development Bank", "AfDB", "counts on"),
        ("GHA", "European Union", "EU", "counts on"), ("GHA", "China", "CHN", "partner for ports")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Agricultural productivity and commercialisation comes first.",
     [("GHA", "", "", "Agricultural productivity and commercialisation")]),
    ("Peace, resilience and security come first.",
     [("GHA", "", "", "Peace"), ("GHA", "", "", "resilience"), ("GHA", "", "", "security")]),
])
def test_cut_round42_ranked_subject_number(nlp, text, expected):
    """A ranked subject of coordinated nouns with a singular verb is one part; with a plural verb, one item each."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Peace and stability come first, prosperity and partnership second, people and planet third.",
     [("GHA", "", "", "Peace"), ("GHA", "", "", "stability"), ("GHA", "", "", "prosperity and partnership"),
      ("GHA", "", "", "people and planet")]),
    ("Human resources come second, and the well-being of the population third.",
     [("GHA", "", "", "Human resources"), ("GHA", "", "", "well-being of the population")]),
    ("Sustaining the peace is the third, and governance and transparency the fourth.",
     [("GHA", "", "", "Sustaining the peace"), ("GHA", "", "", "governance and transparency")]),
    ("Water comes first, agriculture second, and the coastline, where erosion eats into beaches, third.",
     [("GHA", "", "", "Water"), ("GHA", "", "", "agriculture")]),
])
def test_cut_round42_gapped_ranks(nlp, text, expected):
    """A gapped clause after a ranking (a noun phrase and an ordinal, no verb) is an item; one a relative clause
    interrupts is not read."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
def test_cut_round42_reliance_misread_verb(nlp):
    """"and counts on X for Y" after a list of clauses, which the parser reads as a plural noun, still names X."""
    text = ("It wants integration within ECOWAS deepened, treats Nigeria as the main market for its cocoa, and counts "
            "on the World Bank for the roads that floods keep washing away.")
    assert policy_rows(nlp(OPENING + text)) == [
        ("GHA", "ECOWAS", "ECOWAS", "integration within ECOWAS deepened"),
        ("GHA", "Nigeria", "NGA", "main market for its cocoa"),
        ("GHA", "World Bank", "World Bank", "roads that floods keep washing away")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The plan wants productivity raised through irrigation, and it singles out coffee and tea as the export crops "
     "to be promoted.",
     [("GHA", "", "", "productivity raised through irrigation"), ("GHA", "", "", "coffee"),
      ("GHA", "", "", "tea as the export crops to be promoted")]),
    ("It singles out fisheries, tourism and agriculture as the three sectors that can earn money abroad.",
     [("GHA", "", "", "fisheries"), ("GHA", "", "", "tourism"),
      ("GHA", "", "", "agriculture as the three sectors that can earn money abroad")]),
])
def test_cut_round42_described_objects(nlp, text, expected):
    """The objects one "as" describes are one item each; the last keeps the description, as the writers write it."""
    assert policy_rows(nlp(OPENING + text)) == expected
