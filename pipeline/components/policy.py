"""Component pipeline_policy (placeholder: finds nothing yet)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..annotations import register_extensions

register_extensions()


@Language.factory("pipeline_policy", assigns=["doc._.policies"])
def make_policy(nlp: Language, name: str) -> "Policy":
    return Policy(name)


class Policy:
    def __init__(self, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.policies = []
        return doc
