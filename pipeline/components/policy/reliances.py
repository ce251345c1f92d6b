"""Stage 2 helper for pipeline_policy: the partners a document leans on, read from the parse.

"the plan counts on the European Union for budget support", "it looks to the African Continental Free Trade Area to
open markets", "counted on the European Union and on ECOWAS", "leans on A and other partners for B": a verb of
reliance and its preposition (reliance_verbs.txt) govern the partners; the relation is what they are to give, the
object of its "for" or its infinitive, else the verb itself ("counted on"). A description with "as" ("counts on X as
its main financier") is a naming verb's (:mod:`.predications`).
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .candidates import with_lemma
from .clauses import conjunct_stop
from .item_ends import truncate
from .items import Context, Item, document_at
from .partners import clean_relation, partners_after_with

_INFINITIVE_DEPS = ("xcomp", "advcl", "ccomp")
_CLAUSE_ENDS = {",", ";", ":", "—", "–"}


def _preposition(verb: Token, pairs: frozenset[str]) -> Token | None:
    """The preposition after ``verb`` that makes it a verb of reliance ("counts on", "looks to"), or None."""
    lemma = verb.lemma_.lower()
    return next((c for c in verb.children if c.dep_ == "prep" and c.i > verb.i
                 and f"{lemma} {c.lower_}" in pairs), None)


def _purpose(verb: Token, after: int, objects: tuple[Token, ...] = ()) -> tuple[Token, int, int] | None:
    """What the partners are to give: the "for" of the verb after token ``after`` ("for budget support", "for policing
    support", which the parser may read as a gerund and its object) or of one of
    its ``objects`` (the last first), which the parser may hang it on ("counts on A and on B for regional peace",
    "counts on A, B and C for markets": on A), or the "to" of its infinitive ("to co-finance the programmes"), with the
    token range of the relation after it; None when neither."""
    for c in (*verb.children, *(c for obj in objects for c in obj.children)):
        if c.i <= after:
            continue
        if c.dep_ == "prep" and c.lower_ == "for" and any(p.dep_ in ("pobj", "pcomp") for p in c.children):
            return c, c.i + 1, c.right_edge.i + 1
        if c.dep_ in _INFINITIVE_DEPS and c.pos_ == "VERB":
            to = next((a for a in c.children if a.dep_ == "aux" and a.lower_ == "to" and a.i > after), None)
            if to is not None:  # "to co-finance": the parser may read the parts of a word as verbs of their own
                end = max(x.right_edge.i for x in verb.children if x.i >= c.i and x.dep_ in _INFINITIVE_DEPS)
                return to, to.i + 1, end + 1
    return None


def _clause_end(sent: Span, start: int) -> int:
    """The end of the phrase that opens at ``start``: before the next comma or the sentence's final punctuation."""
    doc = sent.doc
    end = next((t.i for t in doc[start:sent.end] if t.text in _CLAUSE_ENDS), sent.end)
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return truncate(doc, start, end)


def _misread_verb(tok: Token) -> bool:
    """Whether a plural noun is a verb the parser misread after a list of clauses ("treats CARICOM as the main forum,
    and counts on the Green Climate Fund for ..."): coordinated with a verb."""
    return tok.tag_ == "NNS" and tok.dep_ == "conj" and tok.head.pos_ == "VERB"


def _names_end(sent: Span, prep: Token) -> int:
    """The end of the partners the preposition ``prep`` governs: the phrase after it (:func:`_clause_end`), or past its
    object's last conjunct when commas list them ("counts on the World Bank, the African Development Bank and the
    European Union, and it treats ...")."""
    end = _clause_end(sent, prep.i + 1)
    obj = _object(prep)
    last = max((c.i for c in obj.conjuncts if c.i > obj.i), default=-1) if obj is not None else -1
    return max(end, last + 1) if last < sent.end else end


def _named_object(ctx: Context, prep: Token) -> bool:
    """Whether the preposition's object is a named state or organization ("counts on the European Union"), not a
    relation or an unnamed group ("looks to expanded trade with X", "counts on a close partnership with Y", "looks to
    its neighbours", "leaned heavily on the neighbours": a lead that the names after it fill in)."""
    obj = _object(prep)
    return obj is not None and obj.i in ctx.spans


def _object(prep: Token) -> Token | None:
    """The object of the preposition ``prep``, or None."""
    return next((c for c in prep.children if c.dep_ == "pobj"), None)


def _objects(prep: Token) -> tuple[Token, ...]:
    """The objects of ``prep`` and of the prepositions coordinated with it, with their conjuncts, the last first ("on A
    and on B" -> B, A; "on A, B and other partners" -> partners, B, A)."""
    preps = [prep, *(c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_)]
    objects = {o for p in preps if (obj := _object(p)) is not None for o in (obj, *obj.conjuncts)}
    return tuple(sorted(objects, key=lambda t: -t.i))


def _partners(ctx: Context, prep: Token, end: int) -> list[tuple[str, str]]:
    """The partners the preposition governs before token ``end``, and those of the same preposition coordinated with
    it ("counted on A and on B")."""
    preps = [prep, *(c for c in prep.children if c.dep_ == "conj" and c.lower_ == prep.lower_ and c.i < end)]
    bounds = [p.i for p in preps] + [end]
    found = [pair for k, p in enumerate(preps)
             for pair in partners_after_with(ctx.doc, p.i, bounds[k + 1], ctx.spans, ctx.lexicon)]
    return list(dict.fromkeys(found))


def _for_finance(sent: Span, verb: Token, words: frozenset[str]) -> str:
    """The relation a phrase "For money," ("For financing", finance_words.txt: "finance", "financing") that opens the
    clause of ``verb`` gives its partners, or ""."""
    doc = sent.doc
    relations = dict((w.split() * 2)[:2] for w in words)  # "money finance", "financing"
    opener = next((t for t in doc[sent.start:max(sent.start, verb.i - 2)] if t.lower_ == "for"
                   and (t.i == sent.start or doc[t.i - 1].is_punct) and doc[t.i + 1].lower_ in relations
                   and (doc[t.i + 2].text == "," or doc[t.i + 2].pos_ in ("PRON", "DET"))), None)
    return relations[doc[opener.i + 1].lower_] if opener is not None else ""


def reliance_items(ctx: Context, sent: Span) -> list[Item]:
    """The items of the verbs of reliance of ``sent`` (a sentence about a document) whose object names a partner; not
    a negated verb ("cannot rely on"), nor one whose "as" describes the partners (a naming verb's reading).

    Read once per sentence (kept in ``ctx.reliances``: whether a sentence goes on about the document and its items
    both ask); each call gives new Items, which the caller may change."""
    key = (sent.start, sent.end)
    if key not in ctx.reliances:
        ctx.reliances[key] = _reliance_items(ctx, sent)
    return [replace(item, partners=list(item.partners)) for item in ctx.reliances[key]]


def _reliance_items(ctx: Context, sent: Span) -> list[Item]:
    out: list[Item] = []
    pairs = ctx.lexicon.reliance_verbs
    for verb in with_lemma(sent, {p.split()[0] for p in pairs}, ("VERB", "NOUN")):
        if verb.pos_ == "NOUN" and not _misread_verb(verb):
            continue
        prep = _preposition(verb, pairs)
        if prep is None or any(c.dep_ == "neg" for c in verb.children):
            continue
        if any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children) or not _named_object(ctx, prep):
            continue
        stop = conjunct_stop(ctx.doc, verb.i, prep.i, sent.end)  # "leans on A and wants B": not past "and wants"
        purpose = _purpose(verb, prep.i, _objects(prep))
        if purpose is not None and purpose[0].i >= stop:
            purpose = None
        names_end = purpose[0].i if purpose is not None else min(stop, _names_end(sent, prep))
        partners = _partners(ctx, prep, names_end)
        document = document_at(ctx, sent, verb.i)
        if not partners or document < 0:
            continue
        if purpose is not None:
            start = purpose[1]
            end = min(purpose[2], stop, _clause_end(sent, start))
        else:
            start, end = verb.i, prep.i + 1
        relation = clean_relation(ctx.doc[start:end].text, ctx.lexicon) if end > start else ""
        if purpose is None:
            relation = _for_finance(sent, verb, ctx.lexicon.finance_words) or relation
        if relation:
            out.append(Item(verb.i, max(end, names_end), document, partners, relation))
    return out
