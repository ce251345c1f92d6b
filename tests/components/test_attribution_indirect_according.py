"""pipeline_attribution, reported speech framed by a closing "according to"."""

from __future__ import annotations


def _indirect(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue) for q in doc._.pipeline_quotes if q.kind == "indirect"]


def test_attribution_indirect_closing_according_to_after_a_colon(nlp):
    """The statement starts after the colon that introduces it, and stops before the frame."""
    text = ("At the same time, the tax has not hurt the banks: Frankfurt remained the financial capital of the "
            "region in 2015, according to one global index.")
    assert _indirect(nlp, text) == [
        ("Frankfurt remained the financial capital of the region in 2015", "according to")]


def test_attribution_indirect_closing_according_to(nlp):
    text = "Turnout was the highest in decades, according to the election commission. The count goes on."
    assert _indirect(nlp, text) == [("Turnout was the highest in decades", "according to")]
