"""The quotes extractor and row builder: ``source`` / ``source_id`` for statements of organizations,
states and groups."""

from __future__ import annotations

from pipeline.extractors.quotes import quotes
from pipeline.records import EntityRef, Quote
from pipeline.rows import _source_id


def test_quotes_sources_records(nlp):
    text = ("The Kyrgyz Foreign Ministry said that the border crossing would reopen on Monday. "
            "Richmond police said the suspect had been released.")
    rows = [(q.kind, q.text, q.speaker, q.source, q.source_label) for q in quotes(nlp(text))]
    assert rows == [
        ("indirect", "the border crossing would reopen on Monday", "", "Kyrgyz Foreign Ministry", "ORG"),
        ("indirect", "the suspect had been released", "", "Richmond police", "GROUP"),
    ]


def test_quotes_sources_entity_refs():
    q = Quote(1, "", "indirect", "insists", "the project is commercial", 14, 39, 0.6, source="Moscow",
              source_label="COUNTRY", source_key="RUS")
    assert q.entity_refs() == (EntityRef("PERSON", ""), EntityRef("COUNTRY", "RUS"))
    group = Quote(1, "", "indirect", "said", "the suspect was released", 20, 44, 0.6, source="Richmond police",
                  source_label="GROUP")
    assert group.entity_refs() == (EntityRef("PERSON", ""),)


class _NoIds:
    def id(self, doc_id, ref):
        return ""


def test_quotes_sources_ids_without_resolution():
    q = Quote(1, "", "indirect", "said", "x", 0, 1, 0.6, source="Moscow", source_label="COUNTRY", source_key="RUS")
    assert _source_id(_NoIds(), "d", q) == "country:RUS"
    group = Quote(1, "", "indirect", "said", "x", 0, 1, 0.6, source="Richmond police", source_label="GROUP")
    assert _source_id(_NoIds(), "d", group) == "group:richmond-police"
    person = Quote(1, "Ravshan Nazarov", "indirect", "said", "x", 0, 1, 0.9)
    assert _source_id(_NoIds(), "d", person) == ""
