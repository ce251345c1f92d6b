"""Component pipeline_person_ruler (first version: the NER's PERSON entities)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..annotations import register_extensions

register_extensions()


@Language.factory("pipeline_person_ruler", assigns=["doc.spans", "doc._.affiliations"], requires=["doc.ents"])
def make_person_ruler(nlp: Language, name: str) -> "PersonRuler":
    return PersonRuler(name)


class PersonRuler:
    def __init__(self, name: str, spans_key: str = "persons") -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        doc.spans[self.spans_key] = [
            Span(doc, e.start, e.end, label="PERSON", kb_id=e.text) for e in doc.ents if e.label_ == "PERSON"
        ]
        doc._.affiliations = []
        return doc
