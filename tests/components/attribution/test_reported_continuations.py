"""pipeline_attribution, reported speech the parser split from its cue: what follows a quoted fragment closed
with a comma, and an "according to" source that is another body's document."""

from __future__ import annotations

import pytest


def _indirect(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The senator told a radio host that the forecasts could be "badly wrong," and have misled voters before.',
         [('the forecasts could be "badly wrong," and have misled voters before', "told")]),
        ('The governor said the new levy is "a modest step," compared to what neighbouring states charge.',
         [('the new levy is "a modest step," compared to what neighbouring states charge', "said")]),
    ],
)
def test_attribution_rest_after_quoted_comma_is_said(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The treasurer said the budget was "a disaster," and warned of cuts.',
         [('the budget was "a disaster', "said"), ("cuts", "warned of")]),
    ],
)
def test_attribution_act_after_quoted_comma_is_not_said(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The firm employs about 900 people, mostly in its warehouses, according to company documents.",
         [("The firm employs about 900 people, mostly in its warehouses", "according to")]),
        ("According to the document, the government will expand rail links with its neighbours.", []),
        ("According to its programme, the party will cut taxes.", []),
    ],
)
def test_attribution_according_to_an_owned_document(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As the union's treasurer said, the two funds have become hard to tell apart.",
         [("the two funds have become hard to tell apart", "said")]),
    ],
)
def test_attribution_as_clause_with_its_comma_on_the_cue(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Half of the members said so in March.", [("so", "said")]),
        ("Only 30 percent of tenants say the same about the landlord.", [("the same about the landlord", "say")]),
        ("The mayor said yes and thanked the volunteers.", [("yes", "said"), ("the volunteers", "thanked")]),
        ("The councillor said no to the budget.", []),
    ],
)
def test_attribution_short_answer_before_an_adjunct(nlp, text, expected):
    assert _indirect(nlp, text) == expected
