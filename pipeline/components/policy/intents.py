"""Stage 2 helper for pipeline_policy: what the owner of a document or statement says it will do ("Turkey will
also expand its presence in Africa", "the government would give special attention to ...")."""

from __future__ import annotations

from spacy.tokens import Span, Token

from ..tokens import children_of, token_strings, words_of
from .candidates import with_lemma, with_pos
from .clauses import conjunct_stop
from .item_ends import truncate
from .items import Context, Item, with_item
from .lists import split_series
from .partners import code_of
from .regions import places_of

_FUTURE = {"will", "would", "shall"}
_QUESTION_WORDS = {"how", "whether", "why", "what", "if"}
_RELATIVES = {"which", "whom", "who", "whose"}
_MINISTRY = "ministry"  # "the ministry will ...": a statement's owner speaks through its ministry (here only)
_OWN_DETS = {"the", "its", "our"}
_IT = frozenset({"it"})  # "..., and it will keep working with X": the document or its owner
_WE = frozenset({"we"})  # "we will concentrate on ...": the owner speaking
_SPOKEN_WORDS = 4  # the fewest words of an aim an interviewee states ("open more diplomatic missions")
_BACK_REFERENCES = {"that", "this", "so", "it", "them", "those", "these", "whoever", "whatever"}
_PRESENT = {"VBP", "VBZ"}  # "we want to ...", "it aims to ..."
_DESTINED = {"be", "become"}  # "is to become a hub": the copulas of a planned state
_LEADING = ("aux", "auxpass", "advmod", "neg", "nsubj", "nsubjpass", "punct", "cc", "mark")


def is_owner(ctx: Context, subject: Token, owners: set[str], *, pronouns: frozenset[str] = frozenset()) -> bool:
    """The subject is the owner: its country or capital ("Turkey", "Ankara"), "the government/country", or one of
    ``pronouns`` ("it" in a sentence about the document)."""
    if subject.lower_ in pronouns:
        return True
    span = ctx.spans.get(subject.i)
    if span is not None and code_of(span) in owners:
        return True
    places = places_of(ctx.doc)
    # a capital written in capitals is a dateline's place, not a subject ("BISHKEK, 17 January - Kyrgyzstan will")
    if any(p.start <= subject.i < p.end and p.kb_id_ in owners and not p.text.isupper() for p in places):
        return True
    self_noun = subject.lower_ in ctx.lexicon.self_nouns or subject.lower_ == _MINISTRY
    return self_noun and any(c.lower_ in _OWN_DETS for c in subject.children)


def _subjects(verb: Token) -> list[Token]:
    """The verb's own subjects (a dateline the parser reads as a second subject: "MONTEVIDEO, 3 March — Uruguay
    will ...")."""
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]


def _owner_verbs(ctx: Context, sent: Span, owners: set[str], pronouns: frozenset[str], *,
                 intending: bool = False) -> list[Token]:
    """The verbs of ``sent`` in the future whose subject is the owner, not negated, not a state ("remain") and not an
    event ("host"); a verb without a subject coordinated with one of them is one too ("would strengthen X and
    (would) seek Y"). With ``intending``, a verb of intending in the present is one too ("we want to ...")."""
    out: list[Token] = []
    skip = ctx.lexicon.state_verbs | ctx.lexicon.event_verbs
    labels, lower = token_strings(ctx.doc, "dep"), words_of(ctx.doc).lower
    for verb in sorted(with_pos(sent, "VERB", except_lemmas=skip) + _destined(sent), key=lambda t: t.i):
        deps = [(labels[c], lower[c]) for c in children_of(ctx.doc, verb.i)]
        if any(d == "neg" for d, _ in deps):  # "will not enter an arms race": a restraint
            continue
        if any(w in _QUESTION_WORDS for _, w in deps):  # "silent on how Brazil would respond": a question
            continue
        if (verb.dep_ == "relcl" or verb.left_edge.lower_ in _RELATIVES) \
                and not any(d == "dobj" and w not in _RELATIVES | {"that"} for d, w in deps):
            continue  # "a strategy the government will promote in Brussels": its object is the noun before it
        if not any(d in ("nsubj", "nsubjpass") for d, _ in deps):
            if verb.dep_ == "conj" and verb.head in out:
                out.append(verb)
            elif _bound(verb) and any(is_owner(ctx, s, owners, pronouns=pronouns) for s in _subjects(verb.head)):
                out.append(verb)  # "Norway is to acquire five new frigates": the subject is "is"'s
            continue
        intends = intending and verb.lemma_.lower() in ctx.lexicon.intent_verbs and verb.tag_ in _PRESENT
        if ((intends or any(d == "aux" and w in _FUTURE for d, w in deps))
                and any(is_owner(ctx, s, owners, pronouns=pronouns) for s in _subjects(verb))):
            out.append(verb)
    return out


def _destined(sent: Span) -> list[Token]:
    """"Haiti is to become an emerging country", "the kingdom is to be a regional hub": "become" or "be" as the
    infinitive of "be to" with a noun phrase after it, what the country is planned to be (a goal, not a stance as in
    "Japan will remain defence-oriented", which ``state_verbs`` leaves out)."""
    return [t for t in with_lemma(sent, _DESTINED, ("AUX", "VERB"))
            if _bound(t) and any(c.dep_ == "attr" for c in t.children)]


def _bound(verb: Token) -> bool:
    """"is to acquire", "was to take": the infinitive of "be to" (what is planned), not negated, no condition ("if
    it were to ...")."""
    head = verb.head
    return (verb.dep_ == "xcomp" and head.i < verb.i and head.lemma_ == "be" and head.pos_ == "AUX"
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
            and not any(c.dep_ in ("neg", "mark") for c in head.children))


def owner_intends(ctx: Context, sent: Span, owners: set[str]) -> bool:
    """Whether the sentence says what the owner will do ("the ministry will expand ...", "He said Dakar would
    ..."; "we will ..." in a quotation): it goes on about the owner's policy, across a paragraph break too."""
    return bool(_owner_verbs(ctx, sent, owners, _WE))


def _predicate_start(verb: Token) -> int:
    """First token of the predicate after its subject and auxiliaries ("will also expand" -> "expand"; "According to
    X, the ministry will expand" -> "expand")."""
    after = max((s.i for s in _subjects(verb)), default=-1)
    before = [c for c in verb.children if after < c.i < verb.i and c.dep_ not in _LEADING]
    return min([verb.i] + [c.left_edge.i for c in before])


def _intended(verb: Token, intent_verbs: frozenset[str]) -> Token:
    """The verb of what is intended: "would seek to deepen X" -> "deepen" ("will work to attract X": the parser may
    read the infinitive as an adverbial clause)."""
    if verb.lemma_.lower() in intent_verbs:
        return next((c for c in verb.children if c.pos_ == "VERB" and _infinitive(c)), verb)
    return verb


def _infinitive(verb: Token) -> bool:
    return verb.dep_ == "xcomp" or (verb.dep_ == "advcl" and verb.i > verb.head.i
                                    and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children))


def _about_document(ctx: Context, verb: Token, start: int, end: int) -> bool:
    """The predicate handles a policy document itself ("will submit a revised Concept of Foreign Policy to
    parliament", "will publish the full text of the concept"): a step of its making, no priority."""
    if any(start <= m.start < end and not m.statement for m in ctx.mentions):
        return True
    nouns = ctx.lexicon.document_nouns
    for obj in (c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")):
        heads = [obj] + [p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                         for p in c.children if p.dep_ == "pobj"]
        if any(h.lemma_.lower() in nouns or h.lower_ in nouns for h in heads):
            return True
    return False


def intent_items(ctx: Context, sent: Span, document: int, owners: set[str], *, speaking: bool = False) -> list[Item]:
    """Predicates in the future whose subject is the owner, as items (their subject and auxiliaries left out); each
    verb coordinated with its own object is an item of its own ("would strengthen X and would seek Y"). ``speaking``:
    the owner's spokesman answers an interviewer, so "we" is the owner and intends in the present too ("We want to
    deepen ...")."""
    items = []
    for verb in _owner_verbs(ctx, sent, owners, _IT | _WE if speaking else _IT, intending=speaking):
        intended = _intended(verb, ctx.lexicon.intent_verbs)
        start = _predicate_start(intended)
        end = conjunct_stop(ctx.doc, verb.i, verb.i, min(verb.right_edge.i + 1, sent.end))
        end = truncate(ctx.doc, start, end)
        if end - start >= 2 and not _about_document(ctx, intended, start, end) \
                and not (speaking and _vague(ctx.doc[start:end])):
            series = _announced_list(ctx, start, end, document) or _intended_series(ctx, intended, start, end, document)
            items += series or [with_item(ctx, start, end, document)]
    return items


def _vague(predicate: Span) -> bool:
    """A spoken predicate that names no aim of its own: short ("keep pace", "see results first") or about what was
    said before ("keep that level", "do so soon", "keep raising it")."""
    return len(predicate) < _SPOKEN_WORDS or any(t.lower_ in _BACK_REFERENCES for t in predicate)


def _intended_series(ctx: Context, intended: Token, start: int, end: int, document: int) -> list[Item]:
    """The infinitives of "will work to attract investment and to support exporters" as items, else []."""
    if not _infinitive(intended):
        return []
    ranges = split_series(ctx.doc, start, end, ctx.spans, relation_nouns=ctx.lexicon.relation_nouns)
    return [with_item(ctx, s, e, document) for s, e in ranges] if len(ranges) > 1 else []


def _announced_list(ctx: Context, start: int, end: int, document: int) -> list[Item]:
    """The items of a list that the predicate announces before a colon ("will work on three things: A, B and C"),
    else []."""
    colon = next((t.i for t in ctx.doc[start:end] if t.text == ":" and ctx.doc[t.i - 1].tag_ == "NNS"), -1)
    if colon < 0:
        return []
    ranges = split_series(ctx.doc, colon + 1, end, ctx.spans, relation_nouns=ctx.lexicon.relation_nouns)
    return [with_item(ctx, s, e, document) for s, e in ranges]
