"""pipeline_policy: a priority's relation (issue #14) - a possessive by which the owner calls itself ("the
country's", "the nation's") is no part of the relation. Sentences written for these tests, with the exact rows
(partner, partner_code, relation, text)."""

from __future__ import annotations


def _rows(doc):
    return [(q.partner, q.partner_code, q.relation, q.text) for p in doc._.pipeline_policies for q in p.priorities]


def test_policy_relation_without_the_owners_possessive(nlp):
    text = ("Ghana's National Development Plan was adopted in 2024. Its priorities include the modernisation of the "
            "nation's railways and the protection of the country's forests.")
    assert _rows(nlp(text)) == [
        ("", "", "modernisation of railways", "the modernisation of the nation's railways"),
        ("", "", "protection of forests", "the protection of the country's forests")]

