"""pipeline_policy, round 42: priority items in sentences that gave no row or too few. A verb of intent's second
participle clause that the parser hangs on the verb itself ("wants the payroll trimmed and the private economy made
the engine of growth"), two clauses of intent that a cue read as one item ("wants the exchange rate unified and the
central bank made independent"), and the items of ", with A, B and C at its core" after a sentence's item.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..policy_flags import policy_rows

GHANA = "Ghana adopted its National Energy Transition Framework in 2022. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The framework wants the public payroll trimmed and the private economy made the engine of growth.",
     [("GHA", "", "", "public payroll trimmed"), ("GHA", "", "", "private economy made the engine of growth")]),
    ("The framework wants the fuel subsidies phased out and the tax system brought closer to taxpayers.",
     [("GHA", "", "", "fuel subsidies phased out"), ("GHA", "", "", "tax system brought closer to taxpayers")]),
])
def test_pol_round42_wanted_clauses(nlp, text, expected):
    """Each participle clause after "wants" is an item, also the one the parser coordinates with "wants"."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
def test_pol_round42_wanted_clauses_not_finite(nlp):
    """A past verb of its own after a past "wanted" is no participle clause of it."""
    rows = policy_rows(nlp(GHANA + "The framework wanted the grid extended and the ministry drafted a law."))
    assert ("GHA", "", "", "ministry drafted a law") not in rows


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Human capital is the second pillar, with schools, clinics and vocational training at its core.",
     [("GHA", "", "", "Human capital"), ("GHA", "", "", "schools"), ("GHA", "", "", "clinics"),
      ("GHA", "", "", "vocational training")]),
])
def test_pol_round42_at_core(nlp, text, expected):
    """", with A, B and C at its core" after an item: A, B and C are items too."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
def test_pol_round42_at_core_names(nlp):
    """Names at the core are no items of their own (the item before names its partner)."""
    rows = policy_rows(nlp(GHANA + "The second pillar is multilateralism, with the United Nations at its centre."))
    assert not any(r[3] == "United Nations" for r in rows)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Fighting poverty runs through every chapter.", [("GHA", "", "", "Fighting poverty")]),
    ("Gender equality runs through the whole document.", [("GHA", "", "", "Gender equality")]),
])
def test_pol_round42_runs_through(nlp, text, expected):
    """A theme that runs through the document or all its parts: the subject alone."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
def test_pol_round42_runs_through_place(nlp):
    """A line that runs through a place is no theme of the document."""
    assert policy_rows(nlp(GHANA + "The new pipeline runs through the middle of the valley.")) == []


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Feeder roads and jetties are singled out.", [("GHA", "", "", "Feeder roads"), ("GHA", "", "", "jetties")]),
])
def test_pol_round42_singled_out(nlp, text, expected):
    """A subject singled out at the end of its sentence, one item per conjunct."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Health comes first, housing and water second, roads and ports third.",
     [("GHA", "", "", "Health"), ("GHA", "", "", "housing and water"), ("GHA", "", "", "roads and ports")]),
    ("Food security comes first, then jobs created by small firms.",
     [("GHA", "", "", "Food security"), ("GHA", "", "", "jobs created by small firms")]),
    ("Water comes first, and it wants every village connected.",
     [("GHA", "", "", "Water"), ("GHA", "", "", "every village connected")]),
])
def test_pol_round42_gapped_ranks(nlp, text, expected):
    """The places of a ranking after the first, without a verb ("B second", "then C"); a clause of its own ends them."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Development partners are asked to align their programmes with the framework.",
     [("GHA", "Development partners", "", "align their programmes with the framework")]),
    ("Embassies are expected to attract investment and to open new markets for cocoa.",
     [("GHA", "", "", "attract investment"), ("GHA", "", "", "open new markets for cocoa")]),
])
def test_pol_round42_requests(nlp, text, expected):
    """What a passive verb of request asks of partners or of the state's own posts, one item per infinitive."""
    assert policy_rows(nlp(GHANA + text)) == expected


@pytest.mark.model
def test_pol_round42_requests_government(nlp):
    """The government's own next steps are no request to partners."""
    assert policy_rows(nlp(GHANA + "The government is expected to revise the framework within two years.")) == []
