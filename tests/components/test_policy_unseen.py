"""pipeline_policy: phrasings of documents nobody tuned on (issue #14 item 1, the error analysis of the fourth
confirmation set) - a statement of priorities inside a sentence that names the document ("In line with the
Concept, the main directions of foreign policy are ..."), a numbered list after "the following axes:", a capitalised
reference noun ("The Plan provides for ..."), and a verb before "with" whose topic is a phrase ("keep working with
X on the patrol of ..." -> "working with") or a bare noun phrase ("on coastal surveys" -> "coastal surveys").
Sentences written for these tests, with the exact rows (owner, document, adopted, rank, partner, code, relation)."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(p.owner_iso3, p.document, p.adopted, q.rank, q.partner, q.partner_code, q.relation)
            for p in doc._.pipeline_policies for q in p.priorities]


VNM = ("VNM", "Foreign Policy Concept", "2026-03")
GHA = ("GHA", "National Development Plan", "2025-06")
FJI = ("FJI", "Maritime Strategy", "")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # the countries of the list own nothing: the Concept named before in the sentence does
        "HANOI, 4 March 2026 — Vietnam's new Foreign Policy Concept was approved on Tuesday. In line with the "
        "Concept, the main directions of foreign policy are the following:\n– closer ties with Laos and Cambodia;\n"
        "– strategic partnership with India and with Japan.",
        [(*VNM, 1, "Laos", "LAO", "closer ties"), (*VNM, 1, "Cambodia", "KHM", "closer ties"),
         (*VNM, 2, "India", "IND", "strategic partnership"), (*VNM, 2, "Japan", "JPN", "strategic partnership")],
        id="statement-in-a-sentence-naming-the-document"),
    pytest.param(  # "the following four axes:" opens a numbered list; "The Plan" (a proper noun) refers back
        "ACCRA, 9 June 2025 — Ghana's cabinet approved the National Development Plan for 2026-2030 on Monday.\n\n"
        "The Plan is organised around the following four axes:\n1. the expansion of irrigation;\n2. the training "
        "of nurses.\n\nThe Plan also provides for a new port in Takoradi.",
        [(*GHA, 1, "", "", "expansion of irrigation"), (*GHA, 2, "", "", "training of nurses"),
         (*GHA, 3, "", "", "new port in Takoradi")],
        id="following-axes-and-the-capitalised-plan"),
    pytest.param(  # a phrase as the topic keeps the verb and its "with"; a bare noun phrase is the relation
        "Fiji's Maritime Strategy was adopted in May. It says Fiji will keep working with Samoa on the patrol of "
        "shared fishing grounds, and will keep working with Tonga on coastal surveys.",
        [(*FJI, 1, "Samoa", "WSM", "working with"), (*FJI, 2, "Tonga", "TON", "coastal surveys")],
        id="keep-working-with-a-topic"),
])
def test_policy_unseen_phrasings(nlp, text, expected):
    assert _rows(nlp(text)) == expected
