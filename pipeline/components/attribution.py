"""Component pipeline_attribution (placeholder: finds nothing yet)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import register_extensions

register_extensions()


@Language.factory("pipeline_attribution", assigns=["doc._.quotes"])
def make_attribution(nlp: Language, name: str) -> "Attribution":
    return Attribution(name)


class Attribution:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.quotes = []
        return doc
