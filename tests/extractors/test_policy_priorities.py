"""Extractor policy_priorities: one record per priority and partner."""

from __future__ import annotations

import pytest
import spacy

from pipeline.annotations import PolicyAnnotation, PriorityAnnotation, register_extensions
from pipeline.extractors.policy_priorities import policy_priorities

KAZ = ("Kazakhstan's Foreign Policy Concept for 2020-2030 was adopted in March 2020. Among the priorities there "
       "is further development of alliance relations with the Russian Federation, as well as cooperation with the "
       "CSTO and the OSCE.")


def test_policy_priorities_from_hand_made_annotation():
    register_extensions()
    doc = spacy.blank("en")("Cooperation with Japan.")
    doc._.pipeline_policies = [PolicyAnnotation("MNG", "National Security Concept", 2025, 2035, "2025-05", 0, 0, (
        PriorityAnnotation(1, "Cooperation with Japan", 0, 22, "Japan", "JPN", "Cooperation"),), "Bat Erdene")]
    rows = [(r.owner_iso3, r.document, r.period_start, r.period_end, r.adopted, r.rank, r.priority, r.partner,
             r.partner_code, r.relation, r.speaker, r.start, r.end) for r in policy_priorities(doc)]
    assert rows == [("MNG", "National Security Concept", 2025, 2035, "2025-05", 1, "Cooperation with Japan", "Japan",
                     "JPN", "Cooperation", "Bat Erdene", 0, 22)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (KAZ, [
            ("KAZ", "Foreign Policy Concept", 2020, 2030, "2020-03", 1, "Russian Federation", "RUS",
             "alliance relations"),
            ("KAZ", "Foreign Policy Concept", 2020, 2030, "2020-03", 2, "CSTO", "CSTO", "cooperation"),
            ("KAZ", "Foreign Policy Concept", 2020, 2030, "2020-03", 2, "OSCE", "OSCE", "cooperation"),
        ]),
        ("The president of France said that cooperation with Germany is of particular importance.", []),
        (  # a capital for its state, a dateline and "on Monday", a statement of priorities naming no document
            "HANOI, 4 March 2024 — Hanoi said on Monday that its foreign policy priorities include closer ties with "
            "Laos and Cambodia.",
            [("VNM", "", None, None, "", 1, "Laos", "LAO", "closer ties"),
             ("VNM", "", None, None, "", 1, "Cambodia", "KHM", "closer ties")],
        ),
    ],
)
def test_policy_priorities_rows(nlp, text, expected):
    doc = nlp(text)
    rows = [(r.owner_iso3, r.document, r.period_start, r.period_end, r.adopted, r.rank, r.partner, r.partner_code,
             r.relation) for r in policy_priorities(doc)]
    assert rows == expected
    for r in policy_priorities(doc):
        assert doc.text[r.start:r.end] == r.priority
