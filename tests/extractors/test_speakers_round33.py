"""Speakers, round 33: a name the NER does not know, apposed to a role with a complement, where the parse hangs the
name on the role's head noun (a sentence written for this test)."""

from __future__ import annotations

from pipeline.extractors.speakers import speakers

from ..table_rows import affiliation_rows


def test_speakers_a_name_apposed_to_the_head_noun_of_a_role_with_a_complement(nlp):
    doc = nlp("Gambia's Minister of Trade, Isatou Ceesay-Jobe, met union representatives in Farafenni in the "
              "afternoon. She said the charges would be reviewed within two weeks.")
    assert [s.name for s in speakers(doc)] == ["Isatou Ceesay-Jobe"]
    assert affiliation_rows(doc) == [("Isatou Ceesay-Jobe", "minister of trade", "", "GMB")]
