"""pipeline_policy, round 40: the cut of an item that is read (its partners and relation). A verb of reliance's "for"
that the parser hangs on the first of its partners gives the relation of all of them ("counts on A, B and C for
markets"); a participle of "with A and B named" gives its names the object of its "as" or "for" ("named for the large
projects"); "singled out" before the verb of the clause it interrupts lists nothing after it ("Industrialisation, with
mining singled out, is the second pillar"); a numbered target keeps its label ("2. Fisheries: the tuna catch is to be
managed ..."), and ends before the number of the next line. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..policy_flags import policy_rows

OPENING = "Ghana adopted its National Development Plan in 2021. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("It counts on SADC, COMESA and the African Union for markets, and it leans on the private sector for most of the "
     "investment.",
     [("GHA", "SADC", "SADC", "markets"), ("GHA", "COMESA", "COMESA", "markets"),
      ("GHA", "African Union", "AU", "markets")]),
    ("Abroad, the plan leans on ECOWAS and the African Union for markets, and it wants exports to Asia expanded.",
     [("GHA", "ECOWAS", "ECOWAS", "markets"), ("GHA", "African Union", "AU", "markets"),
      ("GHA", "", "", "Asia expanded")]),
])
def test_cut_round40_reliance_for_on_first_partner(nlp, text, expected):
    """The "for" of a verb of reliance that the parser hangs on its first partner is what all of them give."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("The plan relies on donors, with the World Bank and the African Development Bank named for the large projects.",
     [("GHA", "World Bank", "World Bank", "large projects"),
      ("GHA", "African Development Bank", "AfDB", "large projects")]),
    ("Abroad, the strategy relies on multilateral partners, with the United Nations and the European Union named as "
     "the channels through which it can do most.",
     [("GHA", "United Nations", "UN", "channels through which it can do most"),
      ("GHA", "European Union", "EU", "channels through which it can do most")]),
])
def test_cut_round40_named_participle_purpose(nlp, text, expected):
    """"with A and B named for/as X": X is the relation of A and B, not the participle."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Tourism, with ecotourism singled out, is the second pillar.",
     [("GHA", "", "", "Tourism, with ecotourism singled out")]),
    ("Energy, with solar power singled out, comes next.",
     [("GHA", "", "", "Energy, with solar power singled out")]),
])
def test_cut_round40_singled_out_interrupting(nlp, text, expected):
    """"singled out" inside the clause it interrupts lists nothing after it (no "second pillar", "comes next")."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
def test_cut_round40_numbered_target_label(nlp):
    """A numbered target's label goes before its relation; the next line's number is no part of it; a state's own
    sea zone is no partner."""
    text = ("The plan sets five targets.\n"
            "1. Fisheries: the tuna catch is to be managed within the quotas of the regional commission.\n"
            "2. Aquaculture: a new industry is to be built around the coast.\n"
            "3. Marine protection: 30 per cent of the Exclusive Economic Zone is to be protected.")
    assert policy_rows(nlp(OPENING + text)) == [
        ("GHA", "", "", "Fisheries: management of tuna catch within the quotas of the regional commission"),
        ("GHA", "", "", "Aquaculture: building of new industry around the coast"),
        ("GHA", "", "", "protection of Marine protection: 30 per cent of the Exclusive Economic Zone"),
    ]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Its most visible promise is urban: new towns, beginning with Ahenkro north of the capital, are to take pressure "
     "off Accra.",
     [("GHA", "", "", "new towns, beginning with Ahenkro north of the capital, are to take pressure off Accra")]),
    ("The National Intelligence Agency is to be reformed so that it can no longer be used against opponents.",
     [("GHA", "", "", "reform of National Intelligence Agency so that it can no longer be used against opponents")]),
    ("A National Lithium Company is to be created in the long run.",
     [("GHA", "", "", "creation of National Lithium Company in the long run")]),
])
def test_cut_round40_no_partner(nlp, text, expected):
    """"beginning with X" names the first thing the item covers, and a "National ..." body is the owner's own: no
    partner."""
    assert policy_rows(nlp(OPENING + text)) == expected


@pytest.mark.model
def test_cut_round40_group_describing_names(nlp):
    """A group in apposition to the names of a list that "and" closed describes them: no partner of its own."""
    text = "Abroad, the plan wants relations with Togo and Burkina Faso, the two neighbours, deepened."
    assert policy_rows(nlp(OPENING + text)) == [("GHA", "Togo", "TGO", "relations"),
                                                ("GHA", "Burkina Faso", "BFA", "relations")]
