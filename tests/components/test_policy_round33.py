"""pipeline_policy, round 33: the partners a document leans on ("counts on A and on B", "looks to X for Y", "relies on
Z to ..."; reliance_verbs.txt), goal sentences with "also" or "meant to" ("X is also to be improved", "Roads are meant
to connect ..."), a capitalised common noun as a goal's or a ranking's one-word subject ("Governance is to be
strengthened"), subjects that complete the picture or remain central, and goal sentences with more verbs ("X are to
follow the same path"), not a document to come ("A separate strategy is to follow"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..table_rows import policy_rows

_PLAN = "Peru's National Agenda, adopted in 2021, calls for a reform of the judiciary."


_RELIANCES = [
    pytest.param(
        _PLAN + " The plan counts on the European Union and on the World Bank.",
        [("PER", "", "reform of the judiciary"), ("PER", "EU", "counts on"), ("PER", "World Bank", "counts on")],
        id="counts-on"),
    pytest.param(
        _PLAN + " It looks to the European Union for budget support.",
        [("PER", "", "reform of the judiciary"), ("PER", "EU", "budget support")], id="looks-to-for"),
    pytest.param(
        _PLAN + " It relies on the World Bank to finance the new roads.",
        [("PER", "", "reform of the judiciary"), ("PER", "World Bank", "finance the new roads")],
        id="relies-on-to"),
    pytest.param(
        _PLAN + " The plan cannot rely on the World Bank.",
        [("PER", "", "reform of the judiciary")], id="negated"),
    pytest.param(
        _PLAN + " It looks to closer trade with Chile.",
        [("PER", "", "reform of the judiciary")], id="relation-object"),
]
_GOAL_SUBJECTS = [
    pytest.param(
        _PLAN + " Energy efficiency in public buildings is also to be improved.",
        [("PER", "", "improvement of energy efficiency in public buildings"),
         ("PER", "", "reform of the judiciary")], id="also-to-be"),
    pytest.param(
        _PLAN + " Governance is to be strengthened first.",
        [("PER", "", "reform of the judiciary"), ("PER", "", "strengthening of governance first")],
        id="capitalised-one-word-subject"),
    pytest.param(
        _PLAN + " New rail lines are meant to connect the southern regions.",
        [("PER", "", "New rail lines are meant to connect the southern regions"),
         ("PER", "", "reform of the judiciary")], id="meant-to"),
    pytest.param(
        _PLAN + " The old rail lines were meant to connect the south.",
        [("PER", "", "reform of the judiciary")], id="was-meant-to"),
    pytest.param(
        _PLAN + " It came out of a national consultation and is meant to guide every ministry.",
        [("PER", "", "reform of the judiciary")], id="meant-to-without-own-subject"),
    pytest.param(
        _PLAN + " Coffee and cocoa are to follow the same path.",
        [("PER", "", "Coffee and cocoa"), ("PER", "", "reform of the judiciary")],
        id="is-to-follow"),
    pytest.param(
        _PLAN + " A separate strategy on Chile is to follow.",
        [("PER", "", "reform of the judiciary")], id="a-document-to-follow"),
    pytest.param(
        _PLAN + " Water supply and rural roads complete the picture.",
        [("PER", "", "Water supply"), ("PER", "", "reform of the judiciary"), ("PER", "", "rural roads")],
        id="complete-the-picture"),
    pytest.param(
        _PLAN + " Human capital development remains central, with more schools to be built.",
        [("PER", "", "Human capital development remains central"), ("PER", "", "reform of the judiciary")],
        id="remains-central"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "rows"), _RELIANCES + _GOAL_SUBJECTS)
def test_policy_round33_reliance_and_goal_subjects(nlp, text, rows):
    doc = nlp(text)
    assert policy_rows(doc) == rows
