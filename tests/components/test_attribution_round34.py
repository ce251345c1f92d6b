"""pipeline_attribution, round 34: who speaks a quotation after a colon when the parser joined the clause to the
quote or a "For <person>," frame opens the sentence; the name closing an indefinite subject's phrase is the
speaker; a "he"/"she" that continues a person in the next sentence gives that person's gender."""

from __future__ import annotations

import pytest


def _quotes(nlp, text: str, kind: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.speaker or "", q.cue, q.text) for q in doc._.pipeline_quotes if q.kind == kind]


def test_attribution_colon_after_predicate_adjective(nlp):
    text = ("Economist Ibrahima Diallo-Kane believes both governments oversold the project. \"The volumes are "
            "modest,\" he said.\n\nDown at the harbour, fisherman Amadou Ould Salem was blunt: \"The gas is for the "
            "companies. The sea was ours.\"")
    speakers = [s for s, _, t in _quotes(nlp, text, "direct") if t.startswith("The gas")]
    assert speakers == ["Amadou Ould Salem"]


@pytest.mark.parametrize(("text", "expected"), [
    # a "For <person in full>," frame: the quotation its colon introduces is that person's
    ("Priya Nair, an energy analyst in Chennai, said the gap between the two sides was about timing.\n\n"
     "For Jonas Eklund, chief executive of the Malmo-based turbine maker Vindkraft Nord, the calculation is "
     "simple: \"Whoever builds first in the region will set the standards.\"", ["Jonas Eklund"]),
    # the next sentence calls Mulenga "he", so "she" skips him
    ("Trade Minister Joseph Mulenga said the two countries had traded too little. He told the closing session "
     "that copper cable would soon reach buyers.\n\nThe visiting delegation was led by Grace Atim, the state "
     "minister for trade. \"We came to sell sugar, and we sold some,\" she said.", ["Grace Atim"]),
])
def test_attribution_direct_speakers_round34(nlp, text, expected):
    assert [s for s, _, _ in _quotes(nlp, text, "direct")] == expected


def test_attribution_indefinite_subject_with_closing_name(nlp):
    text = ("Minister Ana Morales said the strategy also looked outward.\n\nNot everyone was convinced. A delegate "
            "from Barbados, Marcus Holder, said that the plans were too dependent on a few lenders. \"If the money "
            "stops, the plan stops,\" he said.")
    assert [(s, k) for s, k, _ in _quotes(nlp, text, "indirect")][-1] == ("Marcus Holder", "said")
    assert [s for s, _, _ in _quotes(nlp, text, "direct")] == ["Marcus Holder"]


def test_attribution_a_reported_he_beside_she_marks_no_gender(nlp):
    text = ("Prosecutor Daniel Hsu said the money had gone on gambling.\n\nDefence lawyer Ruth Allan told the court "
            "her client was ashamed. He had cooperated with police from the start, she said, and had sold his car.")
    assert [s for s, cue, _ in _quotes(nlp, text, "indirect") if cue == "said"][-1] == "Ruth Allan"
