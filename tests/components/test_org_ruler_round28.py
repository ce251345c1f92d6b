"""pipeline_org_ruler, round 28: mechanisms of the round-15 to round-26 sets that recur across their writers
(sentences written for these tests; exact values)."""

from __future__ import annotations

import pytest

from ..table_rows import organization_pairs


@pytest.mark.parametrize(
    "text",
    [
        "Imports of LNG from Qatar doubled last year.",
        "The strategy aims to raise FDI in the green industries.",
        "Japan will keep ODA at its current level.",
        "Growth slowed during the COVID-19 pandemic.",
    ],
)
def test_org_ruler_terms_are_no_organizations(nlp, text):
    assert organization_pairs(nlp(text)) == []
