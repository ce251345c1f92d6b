"""Stage 3 claimants: who a quote's claim belongs to (its speaker, an organization or state as the source,
nobody named, or the document itself, whose sentence is then the claim)."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, SpanGroup, Token

from ..annotations import QuoteAnnotation
from ..components.tokens import expanded_span
from ..config import DATA
from ..lastdoc import LastDoc
from ..wordlists import read_words
from .lexicon import ClaimLexicon, find_phrases

_SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True, slots=True)
class Claimant:
    """Who a claim belongs to: ``name`` as the claimant column shows it, ``label`` what it is."""

    name: str
    label: str
    key: str = ""  # the entity key (kb id) of an ORG or COUNTRY source

    PERSON = "PERSON"  # a speaker
    ORG = "ORG"  # an organization as the grammatical source
    COUNTRY = "COUNTRY"  # a state (or its capital) as the grammatical source
    UNNAMED = "UNNAMED"  # "analysts believe", "it was noted": the clause is a claim without claimant
    DOCUMENT = "DOCUMENT"  # "the concept states", or an order reported ("instructed X to"): the sentence is the claim


# cue_span's answers for the Doc asked about last, by character range (a quote's cue is read by its claimant, the
# exclusions and the kind of each of its pieces)
_CUES = LastDoc()


def cue_span(doc: Doc, start: int, end: int) -> Span:
    """The tokens of a reporting cue given by character offsets (empty when there is none); made once per Doc and
    range (do not change the Span)."""
    cues = _CUES.answers(doc)
    found = cues.get((start, end))
    if found is None:
        span = expanded_span(doc, start, end) if 0 <= start < end else None
        found = cues[(start, end)] = span if span is not None else doc[0:0]
    return found  # type: ignore[no-any-return]


def source_head(cue: Span) -> Token | None:
    """The head noun of the cue's source: the object of "according to", else the subject of the cue's verb."""
    if not len(cue):
        return None
    if cue.text.lower().startswith("according to"):
        return next((c for c in cue[-1].children if c.dep_ == "pobj"), None)
    for token in cue:
        subject = next((c for c in token.children if c.dep_ in _SUBJECT_DEPS), None)
        if subject is not None:
            return subject
    return next((c for c in cue.root.head.children if c.dep_ in _SUBJECT_DEPS), None)


_ENTITY_GROUPS = (("organizations", "ORG"), ("countries", "COUNTRY"), ("places", "COUNTRY"))


def _entity_source(doc: Doc, token: Token) -> Claimant | None:
    """The organization, country or capital whose span holds ``token``, as a source (the first span of the first
    group that holds it)."""
    for key, label in _ENTITY_GROUPS:
        if key not in doc.spans:
            continue
        group = doc.spans[key]
        k = next((k for k, (start, end) in enumerate(_bounds(doc, key, group)) if start <= token.i < end), None)
        if k is not None:
            span = group[k]
            return Claimant(span.text, label, span.kb_id_)
    return None


# _bounds's answers for the Doc asked about last, by group key: (the group, its length, its spans' token bounds)
_BOUNDS = LastDoc()


def _bounds(doc: Doc, key: str, group: SpanGroup) -> list[tuple[int, int]]:
    """The (start, end) token offsets of the spans of ``group`` (``doc.spans[key]``), in its order: read once per Doc
    and group (while the group is the same object of the same length), so that each look-up makes no Span."""
    memo = _BOUNDS.answers(doc)
    found = memo.get(key)
    if found is None or found[0] is not group or found[1] != len(group):
        found = memo[key] = (group, len(group), [(span.start, span.end) for span in group])
    return found[2]


def _head_source(doc: Doc, head: Token | None, lexicon: ClaimLexicon) -> Claimant:
    if head is None:
        return Claimant("", Claimant.UNNAMED)
    lemma = head.lemma_.lower()
    if lemma in lexicon.document_nouns or head.lower_ == "it":
        return Claimant("", Claimant.DOCUMENT)
    entity = _entity_source(doc, head)
    if entity is not None:
        return entity
    if lemma in lexicon.source_nouns or head.pos_ == "PRON":
        return Claimant("", Claimant.UNNAMED)
    return Claimant("", Claimant.DOCUMENT)


def quote_claimant(doc: Doc, q: QuoteAnnotation, lexicon: ClaimLexicon) -> Claimant:
    """Who asserts the quote ``q``: its speaker; else the organization or state the attribution gives as its
    source (``q.source``); else what the cue's subject is (an organization, an unnamed group, a document).
    A cue that reports an order ("instructed the Cabinet to draft …") makes the whole sentence the claim,
    in the document's voice."""
    cue = cue_span(doc, q.cue_start, q.cue_end)
    if next(find_phrases(cue, lexicon.directive_cues), None) is not None:
        return Claimant("", Claimant.DOCUMENT)
    if q.speaker:
        return Claimant(q.speaker, Claimant.PERSON)
    if q.source and q.source_label in (Claimant.ORG, Claimant.COUNTRY):
        return Claimant(q.source, q.source_label, q.source_key)
    if q.kind == "direct":
        return Claimant("", Claimant.UNNAMED)
    return _head_source(doc, source_head(cue), lexicon)


def clause_claimant(doc: Doc, verb: Token, lexicon: ClaimLexicon) -> Claimant:
    """Who asserts the clause that the writer's sentence reports ``verb``'s subject saying (claims/reported.py):
    the organization or state the subject's head names, else the first person named in the subject ("Her
    neighbour, taxi driver Kevon Alleyne, said"), else nobody named ("an official who asked not to be named")."""
    subject = next((c for c in verb.children if c.dep_ in _SUBJECT_DEPS), None)
    if subject is None:
        return Claimant("", Claimant.UNNAMED)
    entity = _entity_source(doc, subject)
    if entity is not None:
        return entity
    first, last = subject.left_edge.i, subject.right_edge.i
    persons = _persons(doc)  # (by their token bounds, read once per Doc: no Span made for each person passed over)
    k = next((k for k, (start, end) in enumerate(_bounds(doc, "persons", persons) if persons else ())
              if first <= start and end <= last + 1), None)
    if k is None:
        return Claimant("", Claimant.UNNAMED)
    named = persons[k]
    return Claimant(named.kb_id_ or named.text, Claimant.PERSON)


_PERSONAL = frozenset({"he", "she", "him", "her", "his", "hers"})


@cache
def person_roles() -> frozenset[str]:
    """Singular role nouns that refer back to a person named before ("the minister"): the attribution's list,
    read once."""
    return frozenset(read_words(DATA / "attribution" / "role_nouns.txt", lower=True))


def aside_claimant(doc: Doc, source: Token, quotes: list[tuple[int, str]]) -> Claimant | None:
    """Who the word ``source`` of an attributing aside (claims/reported.attributing_aside) names: the person,
    organization or state whose span holds it; for "he"/"his", the speaker of a quote in the same sentence, else
    of the latest quote before it with a speaker, else the person named last before it; for "the minister", the
    speaker of a quote in the same sentence, else of the latest quote before it (none when that quote's source is
    unnamed: "A Saudi official said ... the official said"); else None (the sentence stays the document's).
    ``quotes``: each quote's start and speaker ('' for none), in text order."""
    named = _person_at(doc, source)
    if named is not None:
        return named
    entity = _entity_source(doc, source)
    if entity is not None:
        return entity
    role = source.tag_ == "NN" and source.lemma_.lower() in person_roles() \
        and any(c.dep_ == "det" and c.lower_ == "the" for c in source.children)
    if source.lower_ not in _PERSONAL and not role:
        return None
    sent = source.sent
    same = next((who for start, who in quotes if sent.start_char <= start < sent.end_char and who), "")
    earlier = quotes[:bisect_left(quotes, (sent.start_char,))]
    if role:
        latest = same or (earlier[-1][1] if earlier else "")
    else:
        latest = same or next((who for _, who in reversed(earlier) if who), "") or _person_before(doc, source)
    return Claimant(latest, Claimant.PERSON) if latest else None


def _persons(doc: Doc) -> SpanGroup | tuple[()]:
    """The person ruler's mentions of ``doc`` (none where it did not run)."""
    return doc.spans["persons"] if "persons" in doc.spans else ()


def _person_before(doc: Doc, token: Token) -> str:
    """The person named last before ``token``, or ''."""
    before = [span for span in _persons(doc) if span.end <= token.i]
    return (before[-1].kb_id_ or before[-1].text) if before else ""


def _person_at(doc: Doc, token: Token) -> Claimant | None:
    """The person whose mention holds ``token``, or None."""
    span = next((span for span in _persons(doc)
                 if span.start <= token.i < span.end), None)
    return Claimant(span.kb_id_ or span.text, Claimant.PERSON) if span is not None else None
