"""Speakers, round 26's speed-ups (no behaviour change): the persons named on a panel are looked for only in a Doc
with the lemma "panel", and a quote's speaker span is looked for among the persons that start before it."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from pipeline.annotations import QuoteAnnotation
from pipeline.extractors.speakers import _named_on_panel, _speaker_name


def _doc(words: str, lemmas: str, persons: list[tuple[int, int, str]]) -> tuple[Doc, list[Span]]:
    doc = Doc(spacy.blank("en").vocab, words=words.split(), lemmas=lemmas.split())
    spans = [Span(doc, start, end, label="PERSON", kb_id=key) for start, end, key in persons]
    return doc, sorted(spans, key=lambda s: (s.start_char, s.end_char))


def test_named_on_panel_after_panel_and_a_linking_word():
    _, persons = _doc("Lena Berg shared the Panel with Omar Haddad .", "Lena Berg share the Panel with Omar Haddad .",
                      [(0, 2, "Lena Berg"), (6, 8, "Omar Haddad")])
    assert _named_on_panel(persons) == ["Omar Haddad"]


def test_named_on_panel_none_without_the_word():
    _, persons = _doc("Lena Berg shared the stage with Omar Haddad .", "Lena Berg share the stage with Omar Haddad .",
                      [(0, 2, "Lena Berg"), (6, 8, "Omar Haddad")])
    assert _named_on_panel(persons) == []
    assert _named_on_panel([]) == []


def _quote(speaker: str, speaker_start: int) -> QuoteAnnotation:
    return QuoteAnnotation(kind="direct", start=0, end=1, confidence=1.0, cue="said", text="…", speaker=speaker,
                           speaker_start=speaker_start)


def test_speaker_name_is_the_first_person_span_holding_the_speaker():
    _, persons = _doc("Ravshan Nazarov met Lena Berg ; Nazarov said", "Ravshan Nazarov meet Lena Berg ; Nazarov say",
                      [(0, 2, "Ravshan Nazarov"), (3, 5, ""), (6, 7, "Ravshan Nazarov")])
    names = {"Nazarov": "Ravshan Nazarov"}
    assert _speaker_name(persons, _quote("Lena Berg", 20), names) == "Lena Berg"  # no key: the span's text
    assert _speaker_name(persons, _quote("Nazarov", 32), names) == "Ravshan Nazarov"
    assert _speaker_name(persons, _quote("Nazarov", 16), names) == "Ravshan Nazarov"  # in no span: by the names
    assert _speaker_name(persons, _quote("Someone", -1), names) == "Someone"
