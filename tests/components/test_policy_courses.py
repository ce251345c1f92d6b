"""pipeline_policy: the course a relation with a partner is to take (issue #14; round 23's misses): when the relation
noun before the "with" (relation_nouns.txt) is the subject of a clause ("Relations with X are to be developed as a
strategic partnership"), the relation is that clause up to the end of its predicate, before the next clause or
parenthesis; a raised level ("to the level of ..."), a noun that is no subject and a predicate about the text ("is a
key part of the paper") keep their own relation.
Sentences written for these tests, with the exact rows (partner, partner_code, relation)."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(q.partner, q.partner_code, q.relation) for p in doc._.pipeline_policies for q in p.priorities]


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # a passive with an "as" phrase
        "Armenia's Foreign Policy Concept was approved in March 2025. Relations with Georgia are to be developed as "
        "a partnership of equals.",
        [("Georgia", "GEO", "Relations with Georgia are to be developed as a partnership of equals")],
        id="developed-as"),
    pytest.param(  # an apposition on the partner and a next clause after the predicate
        "Armenia's Foreign Policy Concept was approved in March 2025. Ties with Iran, a neighbour of long standing, "
        "are to be kept on a stable footing, and the concept also calls for closer trade with India.",
        [("Iran", "IRN", "Ties with Iran, a neighbour of long standing, are to be kept on a stable footing"),
         ("India", "IND", "closer trade")],
        id="apposition-then-next-clause"),
    pytest.param(  # a parenthesis inside the clause; the predicate's complement closes it
        "Armenia's Foreign Policy Concept was approved in March 2025. Cooperation with France, the minister said, "
        "remains essential for defence reform.",
        [("France", "FRA", "Cooperation with France, the minister said, remains essential for defence reform")],
        id="parenthesis"),
    pytest.param(  # a level of the relation keeps its own relation
        "Armenia's Foreign Policy Concept was approved in March 2025. Relations with India are to be raised to the "
        "level of a strategic partnership.",
        [("India", "IND", "strategic partnership")],
        id="raised-level-first"),
    pytest.param(  # a predicate that says where the text treats the relation gives no course
        "Armenia's Foreign Policy Concept was approved in March 2025. It calls for closer ties with Greece. "
        "Cooperation with Cyprus is an important part of the concept.",
        [("Greece", "GRC", "closer ties"), ("Cyprus", "CYP", "Cooperation")],
        id="part-of-the-text"),
])
def test_policy_course_relations(nlp, text, expected):
    assert _rows(nlp(text)) == expected
