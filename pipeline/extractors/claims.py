"""Stage 3: propositions asserted in the text (inside quotes, or by the document itself), with kind and hedge."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import groupby
from operator import attrgetter

from spacy.tokens import Doc, Span

from ..annotations import QuoteAnnotation
from ..claims import hedge, kind_of
from ..claims.claimants import Claimant, aside_claimant, clause_claimant, cue_span, quote_claimant
from ..claims.exclusions import (
    has_predicate,
    is_about_event,
    is_bare_object,
    is_fragment,
    is_question,
    is_topic_only,
    reports_speech,
)
from ..claims.interviews import Interview, answered_by, interview, interview_verbs
from ..claims.kind import Kind
from ..claims.kind_model import KindModel, claim_features
from ..claims.lexicon import ClaimLexicon, default_lexicon
from ..claims.reported import attributing_aside, reported_clause
from ..claims.units import Unit, clean, is_dateline_only, is_heading, quote_pieces, sentence_blocks
from ..components.tokens import expanded_span
from ..doctext import doc_text
from ..lastdoc import LastDoc
from ..records import Claim, EntityRef
from ..registry import extractor
from ._spans import span_group

_MIN_WORDS = 3

_Ref = tuple[int, int, EntityRef]  # (start_char, end_char, ref) of one entity span


def _entity_spans(doc: Doc) -> list[list[_Ref]]:
    """Countries, organizations and persons, each group in text order, read once per Doc."""
    return [[(span.start_char, span.end_char, EntityRef(label, span.kb_id_ or span.text))
             for span in span_group(doc, key)]
            for key, label in (("countries", "COUNTRY"), ("organizations", "ORG"), ("persons", "PERSON"))]


def _about(groups: list[list[_Ref]], start: int, end: int) -> tuple[EntityRef, ...]:
    refs = []
    for spans in groups:
        for i in range(bisect_left(spans, (start,)), len(spans)):
            s, e, ref = spans[i]
            if s > end:
                break
            if e <= end:
                refs.append(ref)
    return tuple(dict.fromkeys(refs))


def _nested(quotes: list[QuoteAnnotation]) -> list[bool]:
    """Whether each quote (sorted by start) lies inside a longer one: a quoted fragment inside a
    reported statement ("called it 'a disaster'") is no claim of its own.

    A longer quote holding ``q`` starts before it and ends at or after its end, or starts with it and ends
    later: the furthest end among the quotes that start before ``q`` says the first, the furthest end
    of those that start with it the second (one pass, not a comparison of every pair).
    """
    out: list[bool] = []
    furthest = -1  # the furthest end of the quotes that start before this group's start
    for _, group in groupby(quotes, key=attrgetter("start")):
        same_start = list(group)
        last_end = max(q.end for q in same_start)
        out.extend(furthest >= q.end or last_end > q.end for q in same_start)
        furthest = max(furthest, last_end)
    return out


class _Taken:
    """Character spans added in order of their starts; does one overlap a given span? (A bisect to the spans
    that start before its end, and the furthest end among them.)"""

    def __init__(self) -> None:
        self._starts: list[int] = []
        self._furthest: list[int] = []  # the furthest end of the spans added so far, after each

    def add(self, start: int, end: int) -> None:
        """Add the span [start, end); ``start`` is no smaller than those added before."""
        self._starts.append(start)
        self._furthest.append(max(end, self._furthest[-1]) if self._furthest else end)

    def overlaps(self, start: int, end: int) -> bool:
        """Some span ``(s, e)`` added has ``s < end`` and ``start < e``."""
        k = bisect_left(self._starts, end)
        return k > 0 and self._furthest[k - 1] > start


def _is_quoted_fragment(doc: Doc, q: QuoteAnnotation) -> bool:
    """A scare-quoted or cited fragment ("the ‘three nos’", “Peace and Bread”): no claim of its own."""
    span = expanded_span(doc, q.start, q.end)
    return span is not None and is_fragment(span)


def _is_bare_object(doc: Doc, q: QuoteAnnotation, lexicon: ClaimLexicon) -> bool:
    """A reported object that only names a thing ("welcomed the agreement"): the writer's sentence is the claim."""
    span = expanded_span(doc, q.start, q.end)
    return span is not None and is_bare_object(span, cue_span(doc, q.cue_start, q.cue_end), lexicon)


def _quote_units(text: str, blocks: list[tuple[int, int]], index: int, q: QuoteAnnotation,
                 claimant: Claimant) -> Iterator[Unit]:
    for s, e in quote_pieces(text, blocks, q.start, q.end):
        if e > s:
            label = claimant.label if claimant.label in (Claimant.ORG, Claimant.COUNTRY) else Claimant.PERSON
            yield Unit(s, e, claimant.name, index, q.cue_start, q.cue_end, label, claimant.key, q.kind)


def _units(doc: Doc, text: str, lexicon: ClaimLexicon) -> Iterator[Unit]:
    """Quote pieces (a quote whose source is a document, or that reports an order, gives way to its
    sentence) and the document's own sentences outside quotes."""
    quotes = sorted(doc._.pipeline_quotes or [], key=lambda q: (q.start, q.end, q.kind))
    blocks = sentence_blocks(doc, text) if doc.has_annotation("SENT_START") else []
    taken = _Taken()  # character spans the quotes claim for themselves
    for index, (q, nested) in enumerate(zip(quotes, _nested(quotes), strict=True), start=1):
        if nested or q.kind == "direct" and _is_quoted_fragment(doc, q) or q.kind == "indirect" \
                and _is_bare_object(doc, q, lexicon):
            continue  # neither a claim nor in the way of its sentence
        claimant = quote_claimant(doc, q, lexicon)
        if claimant.label != Claimant.DOCUMENT:
            units = list(_quote_units(text, blocks, index, q, claimant))
            if q.kind == "indirect" and _gives_way(doc, text, q, units, lexicon):
                continue  # the sentence is the writer's claim: "India rejected the protest within hours"
            taken.add(q.start, q.end)
            yield from units
    answers = _interviewee_answers(doc, text, quotes, lexicon)
    quoted = [(q.start, q.speaker) for q in quotes]  # each quote's start and speaker ('' for none)
    for lo, hi in blocks:
        if taken.overlaps(lo, hi) or is_heading(text, lo, hi):
            continue
        s, e = clean(text, lo, hi)
        if e > s:
            if answers is not None and answers.answers_at(s):
                yield Unit(answers.after_label(text, s, e), e, answers.person)
            else:
                yield _reported_unit(doc, text, s, e, lexicon) or _aside_unit(doc, s, e, quoted, lexicon) \
                    or Unit(s, e)


def _gives_way(doc: Doc, text: str, q: QuoteAnnotation, units: list[Unit], lexicon: ClaimLexicon) -> bool:
    """An indirect quote none of whose pieces is a claim (a bare noun phrase, a question) and whose cue is no verb
    of saying, asking or topic ("rejected the protest", "announced its own expansion programme", "needs a
    conversation about climate finance"): what the writer's sentence reports is an act, not speech, and the
    sentence is the claim. Under a verb of saying ("noted the agreement", "spoke about security") nothing is."""
    cue = cue_span(doc, q.cue_start, q.cue_end)
    if reports_speech(cue, lexicon):
        return False
    return not any((span := _span(doc, u.start, u.end)) is not None
                   and _is_claim(u, span, text[u.start:u.end], cue, lexicon, _MIN_WORDS) for u in units)


def _reported_unit(doc: Doc, text: str, start: int, end: int, lexicon: ClaimLexicon) -> Unit | None:
    """The clause the writer's sentence [start, end) reports someone saying (:func:`reported_clause`), as an
    indirect quote's unit whose claimant is the organization or state the subject names (else nobody)."""
    span = _span(doc, start, end)
    if span is None or not len(span) or span[0].sent.end < span.end:
        return None
    found = reported_clause(span, lexicon)
    if found is None:
        return None
    s, e = clean(text, doc[found.start].idx, doc[found.end - 1].idx + len(doc[found.end - 1]))
    if e <= s:
        return None
    cue = doc[found.cue]
    claimant = clause_claimant(doc, cue, lexicon)
    label = claimant.label if claimant.label in (Claimant.ORG, Claimant.COUNTRY) else Claimant.PERSON
    return Unit(s, e, claimant.name, None, cue.idx, cue.idx + len(cue), label, claimant.key, "indirect")


def _aside_unit(doc: Doc, start: int, end: int, quoted: list[tuple[int, str]], lexicon: ClaimLexicon) -> Unit | None:
    """The writer's sentence [start, end) as the claim of whom an aside inside it names ("The review, Macron told
    an audience, was written for ...", "A second goal, in the minister's words, is ..."), or None."""
    span = _span(doc, start, end)
    source = attributing_aside(span, lexicon) if span is not None and len(span) else None
    claimant = aside_claimant(doc, source, quoted) if source is not None else None
    if claimant is None:
        return None
    return Unit(start, end, claimant.name, claimant_label=claimant.label, claimant_key=claimant.key)


def _interviewee_answers(doc: Doc, text: str, quotes: list[QuoteAnnotation],
                         lexicon: ClaimLexicon) -> Interview | None:
    """The interview whose unreported answers are the interviewee's claims, if ``doc`` is one."""
    found = interview(doc, text, span_group(doc, "persons"), interview_verbs(), lexicon.interview_nouns)
    if found is None or answered_by(found, [(q.start, q.speaker) for q in quotes if q.speaker]):
        return None
    return found


# the answers of :func:`_span` and :func:`_is_claim` for the Doc asked about last: a unit's range is read by the
# reported-clause and aside rules and again as its claim's tokens, and an indirect quote's pieces are judged when it
# may give way to its sentence (:func:`_gives_way`) and again as claims
_SEEN = LastDoc()


def _span(doc: Doc, start: int, end: int) -> Span | None:
    """The tokens of the characters [start, end) (:func:`..components.tokens.expanded_span`), made once per Doc."""
    spans = _SEEN.answers(doc)
    key = (start, end)
    if key not in spans:
        spans[key] = expanded_span(doc, start, end)
    return spans[key]  # type: ignore[no-any-return]


def _is_claim(unit: Unit, span: Span, text: str, cue: Span, lexicon: ClaimLexicon, min_words: int) -> bool:
    """Not a question, a topic-only report, a statement about the event, a heading or a dateline (``text`` is
    the unit's text, ``cue`` its reporting cue): judged once per Doc, unit range, quote kind, cue and lexicon."""
    judged = _SEEN.answers(span.doc)
    key = ("claim", unit.start, unit.end, unit.quote_kind, unit.cue_start, unit.cue_end, min_words)
    found = judged.get(key)
    if found is None or found[0] is not lexicon:
        found = judged[key] = (lexicon, _judged_claim(unit, span, text, cue, lexicon, min_words))
    return found[1]  # type: ignore[no-any-return]


def _judged_claim(unit: Unit, span: Span, text: str, cue: Span, lexicon: ClaimLexicon, min_words: int) -> bool:
    if is_about_event(span, lexicon) or is_dateline_only(text):
        return False
    if unit.quote_kind == "indirect":
        return not is_question(span, lexicon, cue=cue, text=text) and not is_topic_only(span, lexicon, cue=cue)
    if is_question(span, lexicon, text=text):
        return False
    if unit.quote_kind == "direct":
        return not is_fragment(span)
    return _has_words(text, min_words) and has_predicate(span)


def _has_words(text: str, count: int) -> bool:
    """Whether ``text`` holds at least ``count`` words with a letter or digit (counted up to ``count``)."""
    if count <= 0:
        return True
    for word in text.split():
        if any(c.isalnum() for c in word):
            count -= 1
            if not count:
                return True
    return False


@dataclass(frozen=True)
class RuledClaim:
    """A claim as the rules see it: its unit (span, claimant, quote), tokens and the rules' kind."""

    unit: Unit
    span: Span
    kind: Kind
    cue: Span  # the reporting cue's tokens (empty for the document's own sentences)


def ruled_claims(doc: Doc, lexicon: ClaimLexicon, *, min_words: int = _MIN_WORDS) -> Iterator[RuledClaim]:
    """Each claim of ``doc`` in text order with the kind the rules give it (:func:`pipeline.claims.kind_of`)."""
    text = doc_text(doc)  # built once per Doc (spaCy's doc.text joins every token on each access)
    units = {(u.start, u.end): u for u in _units(doc, text, lexicon)}  # one claim per span
    for (start, end), unit in sorted(units.items()):
        span = _span(doc, start, end)
        if span is None:
            continue
        cue = cue_span(doc, unit.cue_start, unit.cue_end)
        if not _is_claim(unit, span, text[start:end], cue, lexicon, min_words):
            continue
        # a reported phrase: "listed the new tensions …", "pointed to X as a step towards …"
        phrase = unit.quote_kind == "indirect" and (span.root.pos_ in ("NOUN", "PROPN") or not has_predicate(span))
        yield RuledClaim(unit, span, kind_of(span, lexicon, reporting_cue=cue, phrase=phrase,
                                             spoken=unit.quote_kind or ""), cue)


def _learned(ruled: RuledClaim, model: KindModel | None) -> Kind:
    """The rules' kind, or where they found no cue of any kind (a fact), the kind model's."""
    if model is None or ruled.kind.kind != "fact":
        return ruled.kind
    learned = model.kind(claim_features(ruled.span, ruled.kind, ruled.unit.quote_kind or "", ruled.cue))
    return ruled.kind if learned == "fact" else Kind(learned, "")


@extractor("claims", version="28", requires=("parser", "pipeline_claim_kinds"))
def claims(doc: Doc, *, min_words: int = _MIN_WORDS, lexicon: ClaimLexicon | None = None) -> Iterator[Claim]:
    """Each sentence-level proposition inside a quote (claimant = its speaker, or the organization given as
    the source), and each sentence of the document's own text that asserts something (claimant empty),
    in text order, with its kind, hedge and the entities it names.

    Needs: the parser (sentences), pipeline_attribution (``doc._.pipeline_quotes``), the entity rulers (``about``);
    the kind model of pipeline_claim_kinds (``doc._.pipeline_kind_model``) where the pipeline has one: it decides
    the kind of the claims the rules leave a fact.
    Not claims (benchmarks/CLAIMS.md): questions, topic-only reports, statements about the event,
    headings, datelines, a quoted fragment nested in a reported statement.

    Args:
        doc: the parsed document.
        min_words: the fewest words a document sentence needs to count as a claim.
        lexicon: the claims word lists (default: pipeline/data/claims/).

    Yields:
        Claim records; ``quote_index`` is the quote's ``index`` in the quotes table.

    Example: "Kazakhstan signed a transit deal with China. “Prices will rise,” the analyst Marat Seitkali
    said." ->
    Claim(claimant="", text="Kazakhstan signed a transit deal with China", kind="fact", about=(KAZ, CHN)),
    Claim(claimant="Marat Seitkali", quote_index=1, text="Prices will rise", kind="prediction", kind_cue="will").
    """
    lexicon = lexicon or default_lexicon()
    groups = _entity_spans(doc)
    text = doc_text(doc)
    model = doc._.pipeline_kind_model if Doc.has_extension("pipeline_kind_model") else None
    for index, ruled in enumerate(ruled_claims(doc, lexicon, min_words=min_words), start=1):
        unit, span, kind = ruled.unit, ruled.span, _learned(ruled, model)
        yield Claim(index=index, claimant=unit.claimant, quote_index=unit.quote_index, text=text[unit.start:unit.end],
                    start=unit.start, end=unit.end, about=_about(groups, unit.start, unit.end), kind=kind.kind,
                    kind_cue=kind.cue, hedge=hedge(span, lexicon), claimant_label=unit.claimant_label,
                    claimant_key=unit.claimant_key)
