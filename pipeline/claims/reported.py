"""Stage 3 units: the clause a writer's sentence reports someone saying, where the attribution found no quote.

"An official, who asked not to be named, said the talks had stalled" is the claim "the talks had stalled"
(benchmarks/CLAIMS.md: "X said that A" gives claim A), whoever X is. The attribution reports most such
clauses as quotes; this reads the ones it leaves in the writer's own sentences (an unnamed speaker behind a
long relative clause, "told this newspaper that"): the sentence's root is a verb of saying with a subject of
its own (not a document, not "it") and a clausal complement that runs to the sentence's edge.

An aside set off by commas inside the writer's sentence gives the whole sentence to whom it names: "The review,
Macron told an audience of sailors, was written for ..." and "A second goal, in the minister's words, is ..."
(:func:`attributing_aside`).
"""

from __future__ import annotations

from typing import NamedTuple

from spacy.tokens import Span, Token

from ..components.tokens import words_of as token_words
from .lexicon import ClaimLexicon

_SUBJECTS = frozenset({"nsubj"})
_CLAUSE_SUBJECTS = frozenset({"nsubj", "nsubjpass", "expl"})
_EDGE_PUNCT = frozenset({",", "—", "–", ":", "\"", "“", "”", "'", "’", "‘"})


class ReportedClause(NamedTuple):
    """A reported clause's tokens and its reporting verb's (token indices, ``end`` exclusive)."""

    start: int
    end: int
    cue: int


def _at_edge(clause: Token, unit: Span) -> tuple[int, int] | None:
    """The clause's token range without an opening "that" when it lies in ``unit`` and reaches its end (after the
    verb) or its start (a fronted clause: "A, the official said"), only punctuation beyond it; else None."""
    start, end = clause.left_edge.i, clause.right_edge.i + 1
    doc = unit.doc
    if start < unit.start or end > unit.end:
        return None
    if start > clause.head.i:
        if any(not t.is_punct for t in doc[end:unit.end]):
            return None
        if doc[start].dep_ == "mark" and doc[start].lower_ == "that":
            start += 1
    elif any(t.text not in _EDGE_PUNCT for t in doc[unit.start:start]):
        return None
    return (start, end) if end > start else None


def reported_clause(unit: Span, lexicon: ClaimLexicon) -> ReportedClause | None:
    """The clause that ``unit`` (a sentence of the writer's own text, cleaned: :func:`.units.clean`) reports its
    subject saying, or None.

    Example: "A senior official, who asked not to be named, said that the border would reopen on Monday." ->
    the tokens of "the border would reopen on Monday" and the index of "said"."""
    if not len(unit):
        return None
    root = unit.root
    if root.pos_ != "VERB" or root.lemma_.lower() not in lexicon.reporting_verbs:
        return None
    subject = next((c for c in root.children if c.dep_ in _SUBJECTS), None)
    if subject is None or subject.lower_ == "it" or subject.lemma_.lower() in lexicon.document_nouns:
        return None
    for clause in root.children:
        if clause.dep_ != "ccomp" or clause.pos_ not in ("VERB", "AUX") \
                or not any(c.dep_ in _CLAUSE_SUBJECTS for c in clause.children):
            continue
        edges = _at_edge(clause, unit)
        if edges is not None:
            return ReportedClause(edges[0], edges[1], root.i)
    return None


_ASIDE_WORDS = 10  # the most tokens an aside between two commas has


def attributing_aside(unit: Span, lexicon: ClaimLexicon) -> Token | None:
    """The word naming whose words the writer's sentence ``unit`` gives, in an aside between two commas with
    words on both sides: the owner of "in his words" / "in the minister's view" (aside_nouns.txt), or the
    subject of a verb of saying that opens the aside ("Macron told an audience of sailors", "she told
    members"); else None.

    Example: "The first of them, she told members, is support for Ukraine." -> the token "she"."""
    doc = unit.doc
    words = token_words(doc)  # (the Doc's forms and punctuation flags as lists: no Token per word of every unit)
    last = unit.end - 1
    while last > unit.start and words.is_punct[last]:
        last -= 1
    commas = [i for i in range(unit.start + 1, last) if words.text[i] == ","]
    for left, right in zip(commas, commas[1:], strict=False):
        aside = doc[left + 1:right]
        if 2 <= len(aside) <= _ASIDE_WORDS:
            owner = _voice_owner(aside, lexicon) or _aside_speaker(aside, lexicon)
            if owner is not None:
                return owner
    return None


def _voice_owner(aside: Span, lexicon: ClaimLexicon) -> Token | None:
    """The possessor of "in <whose> <voice noun>" ("his", "minister" of "the minister's")."""
    if aside[0].lower_ != "in" or aside[-1].lemma_.lower() not in lexicon.aside_nouns:
        return None
    return next((t for t in aside[1:-1] if t.dep_ == "poss"), None)


def _aside_speaker(aside: Span, lexicon: ClaimLexicon) -> Token | None:
    """The subject that opens ``aside`` when a verb of saying inside it has it as subject."""
    for verb in aside:
        if verb.pos_ == "VERB" and verb.lemma_.lower() in lexicon.reporting_verbs:
            subject = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
            if subject is not None and subject.left_edge.i == aside.start and subject.i < verb.i:
                return subject
            return None
    return None
