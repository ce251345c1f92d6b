"""Stage 2 helper: organizations a person's stated relation names that the organization ruler left out (for
pipeline_person_ruler, which adds them to ``doc.spans["organizations"]``).

"Farid Mammadli, an analyst at the Caspian Security Review, argued ...", "Rim Ben Slimane, a lawyer with the Tunisian
Forum for Migrants' Rights, said ...": the name after the role's "at" / "with" is an organization although its last
word elsewhere names a document or no head noun marks it; the relation is the evidence. Only names of two words or
more written with capitals where the relation states them: one word may be a place or a surname the relation cut from
a longer name, a lower-case body ("the village fishermen's association") is an unnamed one.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...annotations import PersonAffiliation
from .tokens import covered

_NAME_WORDS = 2
_PLACES = frozenset({"GPE", "LOC", "PERSON", "NORP"})  # a run the NER reads wholly as a place or a person is no body
_NOT_BODIES = frozenset({"LAW", "DATE", "TIME", "MONEY"})  # "the National Sustainable Development Plan": a document


def named_employers(doc: Doc, relations: list[PersonAffiliation], orgs: list[Span],
                    places: list[Span]) -> list[Span]:
    """ORG spans (``kb_id_`` the name) for the organizations ``relations`` name inside their evidence, in text order,
    none overlapping ``orgs`` or ``places`` (countries and places the country ruler found: "who chairs the São Vicente
    fishermen's association" names a place)."""
    taken = covered([*orgs, *places], len(doc))
    out: list[Span] = []
    for rel in relations:
        name = rel.organization
        if len(name.split()) < _NAME_WORDS or not name[:1].isupper():
            continue
        at = doc.text.find(name, rel.start, rel.end)
        span = doc.char_span(at, at + len(name)) if at >= 0 else None
        if span is None or any(taken[span.start:span.end]) or _not_a_body(span):
            continue
        out.append(Span(doc, span.start, span.end, label="ORG", kb_id=name))
        taken[span.start:span.end] = [True] * len(span)
    return sorted(out, key=lambda s: (s.start, s.end))


def _not_a_body(span: Span) -> bool:
    """The NER reads the words wholly as a place or a person, or any of them as a document or a date."""
    labels = [t.ent_type_ for t in span]
    return all(label in _PLACES for label in labels) or any(label in _NOT_BODIES for label in labels)
