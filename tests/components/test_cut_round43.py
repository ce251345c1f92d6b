"""pipeline_policy, round 43: the cut of an item that is read (its partners and relation). A second participle clause
of a wish that the parser hangs nowhere a clause goes is read on the surface ("wants A built from scratch and the rule
of law extended", "wants A contained and arrears to suppliers cleared"); an object list with one participle gives one
item per noun ("wants roads, bridges and a power supply built"); a verb of reliance with no "for" takes its relation
from a fronted "For money," / "For financing," (finance_words.txt), not from a "whose" after the partners (measured at
the merge: as many rows lost as gained across writers); a series after ", and" that the parser hangs on the
clause before keeps its first noun ("..., and cocoa, gold and timber are singled out"). Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..policy_flags import policy_rows

OPENING = "Ghana adopted its National Development Plan in 2021. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The plan wants a lean, honest civil service built from scratch and the rule of law extended to the regions.",
     [("GHA", "", "", "lean, honest civil service built from scratch"),
      ("GHA", "", "", "rule of law extended to the regions")]),
    ("It wants trade ties with Togo put on a new footing and integration within ECOWAS advanced.",
     [("GHA", "Togo", "TGO", "trade ties with Togo put on a new footing"),
      ("GHA", "ECOWAS", "ECOWAS", "integration within ECOWAS advanced")]),
    ("The plan wants the public payroll contained and arrears to local contractors cleared.",
     [("GHA", "", "", "public payroll contained"), ("GHA", "", "", "arrears to local contractors cleared")]),
    ("The strategy wants schooling matched to the labour market and pre-school care widened.",
     [("GHA", "", "", "schooling matched to the labour market"), ("GHA", "", "", "pre-school care widened")]),
    ("The plan wants roads, bridges and a reliable power supply built in the north.",
     [("GHA", "", "", "roads built in the north"), ("GHA", "", "", "bridges built in the north"),
      ("GHA", "", "", "reliable power supply built in the north")]),
])
def test_cut_round43_wish_clauses(nlp, text, expected):
    """Each participle clause of a wish is an item, also where the parser hangs it on a noun or reads the participle
    as the object's modifier."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
def test_cut_round43_wish_past_clause(nlp):
    """After "wanted", a finite clause with an object tells what happened: no item of its own."""
    text = "The plan wanted the old debts settled and the cabinet approved a new budget."
    assert policy_rows(nlp(OPENING + text)) == [("GHA", "", "", "old debts settled")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The plan leans on the International Monetary Fund, whose credit programme was approved in 2022.",
     [("GHA", "International Monetary Fund", "IMF", "leans on")]),
    ("Abroad, the plan counts on Togo and Benin, whose seasonal work schemes employ thousands of Ghanaians, and it "
     "leans on the World Bank for budget support.",
     [("GHA", "Togo", "TGO", "counts on"), ("GHA", "Benin", "BEN", "counts on"),
      ("GHA", "World Bank", "World Bank", "budget support")]),
    ("The plan leans on ECOWAS and on the African Union, whose members buy most of its cocoa.",
     [("GHA", "ECOWAS", "ECOWAS", "leans on"), ("GHA", "African Union", "AU", "leans on")]),
    ("The plan leans on the World Bank, which co-hosted the donor meeting.",
     [("GHA", "World Bank", "World Bank", "leans on")]),
    ("For money, the plan counts on the World Bank and the European Union, and it treats Togo as its main partner.",
     [("GHA", "World Bank", "World Bank", "finance"), ("GHA", "European Union", "EU", "finance"),
      ("GHA", "Togo", "TGO", "main partner")]),
    ("For financing, it leans on the African Development Bank.",
     [("GHA", "African Development Bank", "AfDB", "financing")]),
])
def test_cut_round43_reliance_relations(nlp, text, expected):
    """A verb of reliance without "for" takes what a fronted "For money," names as its relation; a "whose" after the
    partners does not change it."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
def test_cut_round43_series_after_and(nlp):
    """A series after ", and" that the parser hangs on the clause before: one item per noun, the first kept."""
    text = "Growth is the first pillar, and cocoa, gold and timber are singled out."
    assert policy_rows(nlp(OPENING + text)) == [("GHA", "", "", "Growth"), ("GHA", "", "", "cocoa"),
                                               ("GHA", "", "", "gold"), ("GHA", "", "", "timber")]
