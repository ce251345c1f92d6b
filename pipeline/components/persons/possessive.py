"""Stage 2 helper: a role owned by a possessive, with the name in apposition (for pipeline_person_ruler).

"The Eurasian Council's secretary general, Martin Vale, said" -> secretary general of the Eurasian Council;
"... the Security Council. Its state secretary, Ana Lis, told" -> state secretary of the Security Council,
when the organization "its" refers to is named in the same or the previous sentence (else the role alone).
The parse decides: the name is an ``appos`` of the role noun, the owner its ``poss``.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from ...sentences import sentence_of
from .lexicon import PersonLexicon
from .roles import Found, owner_before, role_before
from .tokens import POSSESSIVE, words_of

_ORG_PRONOUNS = frozenset({"its"})


def possessive_apposition(doc: Doc, start: int, end: int, lex: PersonLexicon, countries: list[Span | None],
                          orgs: list[Span | None], org_spans: list[Span]) -> tuple[Found, Found | None] | None:
    """The role and its owner stated by "<owner>'s <role>, <name>" for the name at ``start:end``.

    Args:
        doc: The document.
        start: The name's first token.
        end: The token after the name.
        lex: The person word lists.
        countries: The country span covering each token (or None).
        orgs: The organization span covering each token (or None).
        org_spans: The organization spans in text order (antecedents of "its").

    Returns:
        The role and the owner (an organization or a country; None when unknown), or None when the
        text states no such apposition.
    """
    if start < 3 or words_of(doc).text[start - 1] != ",":
        return None
    role = role_before(doc, start - 1, lex)
    if role is None or not _name_in_apposition(doc, start, end, role):
        return None
    owner_at = role.start - 1
    if doc[owner_at].lower_ in _ORG_PRONOUNS and doc[owner_at].dep_ == "poss":
        return role, _antecedent(doc, owner_at, org_spans)
    if doc[owner_at].text not in POSSESSIVE or not _owns(doc, owner_at, role):
        return None
    return role, owner_before(doc, role.start, lex, countries, orgs)


def _name_in_apposition(doc: Doc, start: int, end: int, role: Found) -> bool:
    """Whether the parse attaches the name as an apposition of the role's head noun."""
    return any(doc[t].dep_ == "appos" and doc[t].head.i == role.end - 1 for t in range(start, end))


def _owns(doc: Doc, marker: int, role: Found) -> bool:
    """Whether the word before the possessive marker at ``marker`` is the role's ``poss``."""
    owner = doc[marker].head if doc[marker].dep_ == "case" else doc[marker - 1]
    return owner.dep_ == "poss" and role.start <= owner.head.i < role.end


def _antecedent(doc: Doc, pronoun: int, org_spans: list[Span]) -> Found | None:
    """The organization named last before ``pronoun``, when in its sentence or the one before."""
    earlier = [s for s in org_spans if s.end <= pronoun]
    if not earlier:
        return None
    span = max(earlier, key=lambda s: s.end)
    sent = sentence_of(doc[pronoun])
    first = sentence_of(doc[sent.start - 1]).start if sent.start > 0 else sent.start
    if span.start < first:
        return None
    lo = span.start + (1 if span[0].lower_ == "the" else 0)
    return Found(doc[lo:span.end].text, lo, span.end) if lo < span.end else None
