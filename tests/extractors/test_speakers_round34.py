"""Speakers, round 34: a name the NER reads as a place, made a person's by a relative clause in which the person leads a
body written in lower case (a sentence written for this test)."""

from __future__ import annotations

from pipeline.extractors.speakers import speakers


def test_speakers_a_name_heading_a_body_in_lower_case(nlp):
    doc = nlp("In Kolding, Jens Holm, who leads the harbour workers' union, said that the night shifts would stop.")
    rows = [(s.name, s.role, s.organization) for s in speakers(doc)]
    assert rows == [("Jens Holm", "head", "harbour workers' union")]
