"""pipeline_org_ruler, round 26: mechanisms of the round-20 to round-24 sets that recur across their writers
(sentences written for these tests; exact values)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows, organization_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the kind of organization after where it is: a place after a determiner, or "<place>-based"
        ("Omar Haddad, who writes for the Amman daily Al-Sabil, disagreed.", [("Al-Sabil", "Al-Sabil")]),
        ("A poll published by the Lima firm Encuestas Pacifico showed a close race.",
         [("Encuestas Pacifico", "Encuestas Pacifico")]),
        ("Sara Nilsen, an analyst at the Bergen-based consultancy Nordvik Risk, expects higher premiums.",
         [("Nordvik Risk", "Nordvik Risk")]),
        # a place before a word that is no kind of organization names nothing
        ("The Geneva talks President Noboa attended ended early.", []),
    ],
)
def test_org_ruler_kind_after_a_place(nlp, text, expected):
    assert organization_pairs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party named before the word "party"
        ("Jan Novak, a member of the Hlas party, voted against the bill.", [("Hlas", "Hlas")]),
        ("The guests left the Christmas party early.", []),
        # an advisory firm: "Advisory" heads its name
        ("Prepared by Baltic Harbour Advisory for institutional clients.",
         [("Baltic Harbour Advisory", "Baltic Harbour Advisory")]),
        ("The State Department issued a travel advisory for the region.", [("State Department", "State Department")]),
    ],
)
def test_org_ruler_party_and_advisory_names(nlp, text, expected):
    assert organization_pairs(nlp(text)) == expected


def test_affiliations_of_a_party_the_ruler_found(nlp):
    text = "One of them, Jan Novak of the Hlas party, said the text was weak."
    assert affiliation_rows(nlp(text)) == [("Jan Novak", "", "Hlas", "")]
