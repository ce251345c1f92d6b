"""Component pipeline_org_ruler (first version: the NER's ORG entities)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span


@Language.factory("pipeline_org_ruler", assigns=["doc.spans"], requires=["doc.ents"])
def make_org_ruler(nlp: Language, name: str) -> "OrgRuler":
    return OrgRuler(name)


class OrgRuler:
    def __init__(self, name: str, spans_key: str = "organizations") -> None:
        self.name = name
        self.spans_key = spans_key

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for ent in doc.ents:
            if ent.label_ == "ORG":
                start = ent.start + (1 if ent[0].lower_ == "the" else 0)
                if start < ent.end:
                    span = doc[start:ent.end]
                    spans.append(Span(doc, start, ent.end, label="ORG", kb_id=span.text))
        doc.spans[self.spans_key] = spans
        return doc
