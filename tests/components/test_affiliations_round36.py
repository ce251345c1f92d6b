"""pipeline_person_ruler, round 36: a body named after a noun of its kind or a "<place>-based" (whatever the NER reads
there), and relative clauses and participles of work (sentences written for these tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hana Ostrova, director of the Brno-based group Clean Rivers Watch, warned that prices could rise.",
         [("Hana Ostrova", "director", "Clean Rivers Watch", "")]),
        ("Pedro Salas, coordinator of the local aid group Puente Abierto, warned that the deal might not last.",
         [("Pedro Salas", "coordinator", "Puente Abierto", "")]),
        ('"It is a fair plan," said Marta Zielinska, an analyst at the Gdańsk-based Instytut Morski Bałtyk.',
         [("Marta Zielinska", "analyst", "Instytut Morski Bałtyk", "")]),
        ("Elif Kaya, who runs the export office of the Izmir-based maker Tekin Tekstil, said that orders grew.",
         [("Elif Kaya", "head", "Tekin Tekstil", "")]),
    ],
)
def test_affiliations_a_body_named_after_its_kind(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ruben Malmo, a Norwegian engineer working for the Nordic Grid Institute, said the line would open in May.",
         [("Ruben Malmo", "engineer", "Nordic Grid Institute", "NOR")]),
        ("Sofia Lind, who follows Arctic shipping at the Tromsø Centre for Polar Studies, said the route was busy.",
         [("Sofia Lind", "", "Tromsø Centre for Polar Studies", "")]),
    ],
)
def test_affiliations_a_clause_or_participle_of_work(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected
