"""pipeline_attribution, reported speech (round 26): "the minister" resolves to a person the text named in
apposition to that role (sentences written for these tests)."""

from __future__ import annotations


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "indirect"]


def test_role_resolves_to_a_person_named_in_apposition(nlp):
    text = ("Chile's new finance minister, Ana Torres, presented the budget on Monday. Torres, a former central "
            "banker, spoke for an hour.\n\nThe minister said the deficit would shrink by a third next year.")
    assert _rows(nlp, text) == [("the deficit would shrink by a third next year", "said", "Ana Torres", "")]
