"""pipeline_org_ruler, round 31: mechanisms of the round-22 to round-29 sets that recur across their writers
(sentences written for these tests; exact values)."""

from __future__ import annotations

from ..table_rows import organization_pairs


def test_org_ruler_gazetteer_groupings_and_companies(nlp):
    doc = nlp("Gazprom and Ecopetrol signed a deal, and the Three Seas Initiative and the Five Power Defence "
              "Arrangements were discussed with Mercosur, the Southern Common Market.")
    assert organization_pairs(doc) == [
        ("Gazprom", "Gazprom"), ("Ecopetrol", "Ecopetrol"), ("Three Seas Initiative", "3SI"),
        ("Five Power Defence Arrangements", "FPDA"), ("Mercosur", "Mercosur"), ("Southern Common Market", "Mercosur"),
    ]
