"""pipeline_org_ruler: political parties named as parties."""

from __future__ import annotations

import pytest


def _orgs(doc):
    return [s.text for s in doc.spans["organizations"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The leader of the council, Councillor Jane Whitcombe (Conservative), told the meeting that the authority "
         "had no good options left. One Conservative councillor said several members were unhappy.",
         ["Conservative", "Conservative"]),
        ("His opponent, Labor\u2019s foreign affairs spokeswoman Penny Wong, called the pact a failure.", ["Labor"]),
        ("Councillor Niamh \u00d3 Briain of the Social Democrats said the council had been warning. Fianna F\u00e1il "
         "councillor Peter Keane took a different view.",
         ["Social Democrats", "Fianna F\u00e1il"]),
        # the same words as adjectives are no organizations
        ("Conservative voters were unhappy with the Labour government.", []),
    ],
)
def test_org_ruler_parties(nlp, text, expected):
    assert _orgs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A spokesman for Avon and Somerset Police said officers were called at 2am.", ["Avon and Somerset Police"]),
        ("The Food and Drug Administration said the drug was safe.", ["Food and Drug Administration"]),
        ("Talks between Microsoft and Oxford University stalled.", ["Oxford University"]),
        ("The Nova Scotia Nurses' Union said the plan does not address the shortage of nurses.",
         ["Nova Scotia Nurses' Union"]),
        ("HELSINKI \u2014 Foreign Minister Pekka Haavisto of the Green League said on Thursday that talks would go on.",
         ["Green League"]),
    ],
)
def test_org_ruler_paired_and_possessive_names(nlp, text, expected):
    assert _orgs(nlp(text)) == expected
