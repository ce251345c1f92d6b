"""pipeline_policy: a priority's relation and the items of a list line (issue #14) - a possessive by which the owner
calls itself ("the country's", "the nation's") is no part of the relation, and a lettered list line that goes on as
prose gives one item per clause. Sentences written for these tests, with the exact rows (partner, partner_code,
relation, text)."""

from __future__ import annotations


def _rows(doc):
    return [(q.partner, q.partner_code, q.relation, q.text) for p in doc._.pipeline_policies for q in p.priorities]


def test_policy_relation_without_the_owners_possessive(nlp):
    text = ("Ghana's National Development Plan was adopted in 2024. Its priorities include the modernisation of the "
            "nation's railways and the protection of the country's forests.")
    assert _rows(nlp(text)) == [
        ("", "", "modernisation of railways", "the modernisation of the nation's railways"),
        ("", "", "protection of forests", "the protection of the country's forests")]


def test_policy_list_line_of_clauses(nlp):
    text = ("Chile's National Defence Policy was adopted in 2025. Its main tasks are:\n(a) Navy: the fleet is to be "
            "renewed, and the coast guard is to grow by a third. A new base is to be built in Punta Arenas.\n"
            "(b) Peru: Chile will deepen its cooperation with Peru.")
    assert _rows(nlp(text)) == [
        ("", "", "Navy: the fleet is to be renewed", "Navy: the fleet is to be renewed"),
        ("", "", "coast guard is to grow by a third", "the coast guard is to grow by a third"),
        ("", "", "new base is to be built in Punta Arenas", "A new base is to be built in Punta Arenas"),
        ("Peru", "PER", "cooperation", "Peru: Chile will deepen its cooperation with Peru")]
