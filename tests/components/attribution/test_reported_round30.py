"""Round 30: a titled policy, a plan's axes and pillars speak as documents; a colon hands a paraphrase over to
the speaker's quoted words."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str | None]]:
    doc = nlp(text)
    return [(q.kind, q.text, q.cue, q.speaker or q.source) for q in doc._.pipeline_quotes]


def test_titled_policy_speaks_as_a_document(nlp):
    """"the policy" after a name that ends in "Policy" is the document: no quote."""
    assert _rows(nlp, "The government adopted the National Maritime Policy in May. The policy calls for closer "
                      "cooperation with Norway on fisheries.") == []


@pytest.mark.parametrize("first", [
    "Staff at the warehouse heard of the change on Monday.",
    "The Center for Energy Policy published a note on Monday.",  # a body's name, not a document's title
])
def test_untitled_policy_stays_a_source(nlp, first):
    assert ("indirect", "every driver must take a rest after four hours", "says", "policy") in _rows(
        nlp, f"{first} The policy says that every driver must take a rest after four hours.")


def test_axes_and_pillars_speak_as_documents(nlp):
    assert _rows(nlp, "The plan rests on three axes. Its first axis promises better schools for every village, and "
                      "the second pillar calls for cheaper loans to farmers.") == []


def test_colon_hands_a_paraphrase_over_to_the_quotation(nlp):
    assert _rows(nlp, 'Maria Lopez, who fishes out of Vigo, said the season might be short: "The boats are already '
                      'leaving for the north."') == [
        ("indirect", "the season might be short", "said", "Maria Lopez"),
        ("direct", "The boats are already leaving for the north.", "said", "Maria Lopez")]


def test_colon_after_a_verb_of_saying_keeps_the_quotation(nlp):
    """"he had told his brother: "…"": the quotation is what was told, part of the paraphrase."""
    rows = _rows(nlp, 'Peter Hahn said he had told his brother: "We will not sell the farm."')
    assert ("indirect", 'he had told his brother: "We will not sell the farm."', "said", "Peter Hahn") in rows


def test_announcing_walk_stops_at_the_sentence_root(nlp):
    """The walk up the heads ends at the root (a new Token object each time, compared by index): the words
    "the season ends early" close on no announced noun phrase, and the walk returns."""
    from pipeline.components.attribution.colon_quotes import _announces

    doc = nlp("The season ends early")
    assert [t.dep_ for t in doc][2] == "ROOT"
    assert _announces([t for t in doc if t.is_alpha]) is False
    assert _announces([t for t in nlp("He named two choices") if t.is_alpha]) is True
