"""affiliations extractor: an organization the role's phrase describes instead of naming ("the company's chief
executive", "an economist at the forum", "a commission spokeswoman"), resolved to the one named before."""

from __future__ import annotations

import pytest

from pipeline.extractors.affiliations import affiliations


def _rows(doc):
    return [(a.name, a.role, a.organization) for a in affiliations(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the <noun>'s <role>, <name>": the organization named before with that head noun
        ("The Kestrel Valley Chamber of Commerce asked for a delay. The chamber's president, Owen Marsh, said "
         "traders needed time.",
         [("Owen Marsh", "president", "Kestrel Valley Chamber of Commerce")]),
        ("The Federal Audit Bureau wrote the review, the bureau's head, Ilse Brandt, told the committee.",
         [("Ilse Brandt", "head", "Federal Audit Bureau")]),
        # "the company's": the organization that is the topic there
        ("Harlow Freight Systems will shut the depot. The company's chief executive, Nadia Rossi, said the "
         "decision was final.",
         [("Nadia Rossi", "chief executive", "Harlow Freight Systems")]),
        # "an <org noun> <role>, <name>"
        ("The Danube Basin Commission confirmed the readings. A commission spokeswoman, Petra Vogel, said the "
         "river was low.",
         [("Petra Vogel", "spokeswoman", "Danube Basin Commission")]),
        # "<name>, a <role> at the <noun>"
        ("The Adriatic Policy Forum published its review. Marko Zidar, a senior economist at the forum, said the "
         "targets were credible.",
         [("Marko Zidar", "senior economist", "Adriatic Policy Forum")]),
        # a title right before the head noun is part of the name: "General Hospital"
        ("Brookfield General Hospital cancelled surgery. The hospital's medical director, Sean Daly, said beds "
         "were full.",
         [("Sean Daly", "medical director", "Brookfield General Hospital")]),
    ],
)
def test_described_organization(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the company" is not the union named last: a name ending in another organization noun
        ("Harlow Freight Systems will shut the depot. Workers Union Local 9 called it a betrayal. The company's "
         "chief executive, Nadia Rossi, said the decision was final.",
         [("Nadia Rossi", "chief executive", "Harlow Freight Systems")]),
        # "the city" is not the city council: "City" only qualifies its head
        ("Eastvale City Council approved the lanes. The city's transport director, Amir Haddad, said work "
         "would start in May.",
         [("Amir Haddad", "transport director", "")]),
    ],
)
def test_described_organization_of_another_kind(nlp, text, expected):
    assert _rows(nlp(text)) == expected
