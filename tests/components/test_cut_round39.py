"""pipeline_policy, round 39: the cut of an item that is read (its partners and relation). An organization that opens
the object of a preposition inside an item and modifies its noun is the item's partner ("implementation of ECOWAS
trade rules"), not after a preposition of measure ("under NATO standards") nor before a resolution's noun; a name
that "puts ... at the centre of" rates takes the place it is given as its relation. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from ..policy_flags import policy_rows

OPENING = "Austria adopted its National Security Strategy in 2023. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The strategy calls for faster implementation of ECOWAS trade rules.",
     [("AUT", "ECOWAS", "ECOWAS", "faster implementation of ECOWAS trade rules")]),
    ("It foresees a gradual transfer of security responsibilities from the African Union mission to the national "
     "forces.",
     [("AUT", "African Union", "AU", "gradual transfer of security responsibilities from the African Union mission "
                                     "to the national forces")]),
    ("The strategy wants the country to take full part in EU defence cooperation.",
     [("AUT", "EU", "EU", "take full part in EU defence cooperation")]),
    ("The strategy wants the armed forces modernised under NATO standards.",
     [("AUT", "", "", "armed forces modernised under NATO standards")]),
    ("The strategy calls for the full implementation of UN Security Council Resolution 1701.",
     [("AUT", "", "", "full implementation of UN Security Council Resolution 1701")]),
])
def test_cut_round39_organization_modifying_an_object(nlp, text, expected):
    """An organization opening a preposition's object inside the item is its partner; not after "under", "by", "at"
    or "with", nor before "Resolution"."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The document puts the European Union at the centre of everything.",
     [("AUT", "European Union", "EU", "at the centre of everything")]),
    ("According to the minister, the strategy ranks the Organization for Security and Co-operation in Europe first "
     "among Austria's circles of engagement.",
     [("AUT", "Organization for Security and Co-operation in Europe", "OSCE",
       "first among Austria's circles of engagement")]),
    ("The strategy puts regional security first.", [("AUT", "", "", "regional security")]),
])
def test_cut_round39_name_put_first(nlp, text, expected):
    """A name that "puts ... at the centre of", "ranks ... first among" rates takes as its relation the place it is
    given, with its "of" or "among" complement (not its own name); an item that is no name keeps its words."""
    assert policy_rows(nlp(OPENING + text)) == expected
