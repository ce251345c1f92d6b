"""Stage 2 helper for pipeline_policy: what a naming verb says a partner is, read from the parse.

"It names the United States as the linchpin of ...", "Japan is now described as its closest partner in Asia",
"A, B and C are grouped together as partners for ...", "A, B and C, which he called 'anchor countries'",
"with A and B singled out by name": the partners are the object, the passive subject or the antecedent of a
naming verb (naming_verbs.txt), or what "counts on" names, one row each; the relation is the description ("linchpin
of ...", "closest partner in Asia", "key sources of concessional finance": a role, role_nouns.txt, or a function the
partner serves, function_nouns.txt), or the verb itself when there is none ("singled out"). A description as a
threat, or a function that is a worry (worry_nouns.txt: "a source of concern"), is no priority.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .candidates import with_dep, with_lemma
from .clauses import definite
from .items import Context, Item, document_at
from .partners import clean_relation, partners_after_with
from .reliances import reliance_items
from .roles import cast_partners, owners_of

RELATIVES = {"which", "that", "who", "whom"}
_OBJECT_DEPS = ("dobj", "nsubjpass")
_DESCRIBING_ADP = ("as", "among")
_COMPLEMENT_DEPS = ("oprd", "xcomp")
_DISMISSIVE = {"never", "only", "merely", "barely", "hardly", "briefly", "scarcely"}
_LEADING = {"det", "poss", "case", "predet", "punct", "nummod"}  # "the country's", a quotation mark


def negated(verb: Token) -> bool:
    """"is not mentioned", "no longer names", "is mentioned only in passing": no description of a priority."""
    return any(c.dep_ == "neg" or c.lower_ in _DISMISSIVE or (c.lower_ == "longer" and c.nbor(-1).lower_ == "no")
               for c in verb.children)


def _dismissed(verb: Token, noun: Token) -> bool:
    """"are mentioned in the report only as examples", "is mentioned only in passing, as a partner": a dismissive
    word between the verb and the description."""
    lo, hi = (verb.i, noun.left_edge.i) if verb.i < noun.i else (noun.right_edge.i, verb.i)  # not "its only ally"
    return any(t.lower_ in _DISMISSIVE or t.lower_ == "passing" for t in verb.doc[lo + 1:hi])


def _past_perfect(verb: Token) -> bool:
    """"had described relations with Beijing as ...": what an earlier text said."""
    return any(c.dep_ == "aux" and c.lower_ == "had" for c in verb.children)


def _description(verb: Token, holder: Token) -> Token | None:
    """The noun the verb predicates of ``holder``: the object of its "as" (on the verb or on the holder), a bare
    complement ("which he called 'anchor countries'"), or the plural role its "among" places the holder in ("lists A,
    B and C among its key partners")."""
    preps = [c for c in verb.children if c.dep_ == "prep" and c.lower_ in _DESCRIBING_ADP and c.i > holder.i]
    preps += [c for h in [holder, *holder.conjuncts] for c in h.children
              if c.dep_ == "prep" and c.lower_ in _DESCRIBING_ADP]
    for p in preps:
        noun = next((c for c in p.children if c.dep_ == "pobj" and c.pos_ in ("NOUN", "PROPN")), None)
        if noun is not None and (p.lower_ == "as" or noun.tag_ == "NNS"):
            return noun
    return next((c for c in verb.children if c.dep_ in _COMPLEMENT_DEPS and c.pos_ == "NOUN" and c.i > holder.i),
                None)


def _small_clause(verb: Token) -> tuple[Token, Token] | None:
    """(holder, description) of a verb with two objects and no "as": "considers the EU its most important partner"
    (the parser reads a clause, "partner" with the EU as its subject) or "calls the United States the country's
    closest ally" (an apposition to the object, not set off by a comma)."""
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "oprd") and c.pos_ == "NOUN" and c.i > verb.i:
            subject = next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), None)
            if subject is not None:
                return subject, c
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    appos = next((c for c in obj.children if c.dep_ == "appos" and c.pos_ == "NOUN" and c.i > obj.i), None)
    if appos is not None and not any(t.is_punct for t in verb.doc[obj.i:appos.left_edge.i]):
        return obj, appos
    return None


def _verb(tok: Token, reliance_verbs: frozenset[str]) -> bool:
    """A verb, or a verb the parser read as a plural noun with an apposition and an "as" ("the policy names the
    United States as ...") or as the root noun of a verb of reliance with its preposition ("the paper counts on NATO
    ... as")."""
    if tok.pos_ == "VERB":
        return True
    if tok.dep_ == "ROOT" and tok.tag_ == "NNS" and any(c.dep_ == "prep" and f"{tok.lemma_.lower()} {c.lower_}"
                                                         in reliance_verbs for c in tok.children):
        return True
    return tok.pos_ == "NOUN" and tok.tag_ == "NNS" and any(c.dep_ == "appos" for c in tok.children) \
        and any(c.dep_ == "prep" and c.lower_ == "as" for c in tok.children)


def _holder(verb: Token, reliance_verbs: frozenset[str]) -> Token | None:
    """What the verb names: its object or passive subject, the subject of an absolute participle ("with A named as
    ..."), the antecedent of a relative pronoun that is one, or what a verb of reliance (``reliance_verbs``, "count
    on", "rely on") governs through its preposition."""
    if verb.pos_ == "NOUN" and any(c.dep_ == "appos" for c in verb.children):  # "the policy names the US as ...",
        return next(c for c in verb.children if c.dep_ == "appos")  # parsed as the noun "names" with an apposition
    holder = next((c for c in verb.children if c.dep_ in _OBJECT_DEPS), None)
    if holder is None and _absolute(verb):  # "with A named as the neighbour ...": the participle's subject
        holder = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if holder is None:  # "counts on A and B as its main financiers", "relies on NATO as the guarantee of ..."
        lemma = verb.lemma_.lower()
        on = next((c for c in verb.children if c.dep_ == "prep" and f"{lemma} {c.lower_}" in reliance_verbs), None)
        holder = next((c for c in on.children if c.dep_ == "pobj"), None) if on is not None else None
    if holder is not None and holder.lower_ in RELATIVES and verb.dep_ == "relcl":
        return verb.head
    return holder


def coordination_range(holder: Token, stop: int) -> tuple[int, int]:
    """Token range of the holder and the names coordinated with it, before ``stop`` and before any relative clause or
    "as" phrase the parser hangs on them."""
    root = holder
    while root.dep_ == "conj" and root.head.pos_ in ("PROPN", "NOUN"):
        root = root.head
    end = stop
    for t in root.subtree:
        if t.i > root.i and (t.dep_ in ("relcl", "acl") or (t.dep_ == "prep" and t.lower_ == "as")):
            end = min(end, t.left_edge.i)
    while end > root.left_edge.i and (root.doc[end - 1].is_punct or root.doc[end - 1].lower_ in RELATIVES | {"as"}):
        end -= 1
    return root.left_edge.i, end


def description_range(noun: Token) -> tuple[int, int]:
    """The description without its determiner or possessor ("the country's only treaty ally" -> "only treaty
    ally"), up to a comma that sets off what follows."""
    doc = noun.doc
    subject = next((c for c in noun.children if c.dep_ == "nsubj" and c.i < noun.i), None)  # a small clause's
    start = subject.right_edge.i + 1 if subject is not None else noun.left_edge.i
    while start < noun.i and (doc[start].dep_ in _LEADING or doc[start].head.dep_ == "poss"):
        start += 1
    end = noun.right_edge.i + 1
    stop = next((t.i for t in doc[noun.i:end] if t.text in (",", ";", "–", "—") or _next_clause(t, noun)), end)
    return start, stop


def _next_clause(tok: Token, noun: Token) -> bool:
    """The "and" that joins the next partner or verb to the description ("as the anchor of X and Peru as ...",
    "as a close partner and lists ..."), not a coordination inside it ("partners for security and climate")."""
    if tok.dep_ != "cc" or tok.ent_iob_ == "I" or _in_relative_clause_of(tok, noun):
        return False  # "as countries with which Bosnia and Herzegovina intends to ...": inside the description
    if tok.head == noun:
        return True
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "PROPN") for c in tok.head.children if c.i > tok.i)


def _in_relative_clause_of(tok: Token, noun: Token) -> bool:
    """Whether ``tok`` stands in a relative clause on ``noun`` ("countries with which A and B intend to ...")."""
    for a in tok.ancestors:
        if a == noun:
            return False
        if a.dep_ == "relcl" and noun in a.ancestors:
            return True
    return False


def _no_priority(ctx: Context, noun: Token, start: int, end: int) -> bool:
    """A description that makes no priority: a threat, or one whose head is no role of a partner ("the main instigator
    of ...", "examples of border management") nor a function it serves (function_nouns.txt: "key sources of
    finance", but not "a source of concern")."""
    if any(t.lower_ in ctx.lexicon.threat_nouns for t in ctx.doc[start:end]):
        return True
    roles = ctx.lexicon.role_nouns | ctx.lexicon.importance_words
    if noun.lower_ in roles or noun.lemma_.lower() in roles:
        return False
    if noun.lower_ in ctx.lexicon.function_nouns:  # "as key sources of finance", not "as a source of concern"
        return any(t.lower_ in ctx.lexicon.worry_nouns for t in ctx.doc[start:end])
    return True


def _worrying(ctx: Context, start: int, end: int) -> bool:
    """Whether tokens [start, end) of a description hold a threat or a worry ("as a source of concern")."""
    return any(t.lower_ in ctx.lexicon.threat_nouns or t.lower_ in ctx.lexicon.worry_nouns for t in ctx.doc[start:end])


def _described_partners(ctx: Context, sent: Span, verb: Token, noun: Token) -> Item | None:
    """What a verb of open_naming_verbs.txt makes of a thing that names no partner, through partners its
    description names after a preposition: "treats the port of Lomé as the gateway to A, B and C" -> A, B and C with
    the relation "gateway"; None when the description names none or is a worry."""
    start, end = description_range(noun)
    prep = next((c for c in noun.children if c.dep_ == "prep" and c.i < end), None)
    if prep is None or _worrying(ctx, start, end) or _dismissed(verb, noun) \
            or not any(i in ctx.spans for i in range(prep.i + 1, end)):
        return None
    return _item(ctx, sent, verb, (prep.i + 1, prep.right_edge.i + 1), (start, prep.i))  # all the names of the list


def _foreign_subject(ctx: Context, verb: Token, owners: set[str]) -> bool:
    """"China calls Russia its closest partner": a named state other than the owner speaks (not in "with A and B
    singled out", where the names are what is singled out)."""
    if _absolute(verb):
        return False
    for c in verb.children:
        span = ctx.spans.get(c.i) if c.dep_ == "nsubj" else None
        if span is not None and span.label_ != "ORG" and span.kb_id_ not in owners:
            return True
    return False


def _absolute(verb: Token) -> bool:
    """"with A and B singled out": a participle with its subject after "with" (a mark, or the object of the
    preposition)."""
    return any(c.dep_ == "mark" and c.lower_ == "with" for c in verb.children) or (
        verb.dep_ == "pcomp" and verb.head.lower_ == "with")


def _participle_partners(ctx: Context, verb: Token) -> tuple[int, int] | None:
    """"with A and B singled out by name": the names between a "with" and the participle right after them."""
    doc = ctx.doc
    if verb.tag_ not in ("VBN", "VBD"):
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and _absolute(verb):
        # "with A and B singled out": the names are the participle's subject
        return coordination_range(subject, verb.i) if _names_partner(ctx, subject) else None
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children):
        return None
    w = next((t.i for t in reversed(doc[max(verb.sent.start, verb.i - 12): verb.i]) if t.lower_ == "with"), -1)
    if w < 0 or w + 1 >= verb.i:
        return None
    names = doc[w + 1: verb.i]
    if any(t.pos_ in ("VERB", "AUX", "ADP") or t.text in (";", ":") for t in names):
        return None
    if names[-1].is_punct or names[-1].dep_ == "cc":  # "with A and B, and called on C to ...": a verb of its own
        return None
    return w + 1, verb.i


def _verb_phrase(verb: Token) -> tuple[int, int]:
    """The verb and its particle ("singled out")."""
    end = max([verb.i] + [c.i for c in verb.children if c.dep_ == "prt"]) + 1
    return verb.i, end


def _participle_relation(verb: Token) -> tuple[int, int]:
    """What a participle of "with A and B named ..." gives its names: the object of its "as" or "for" ("named as the
    channels through which ...", "named for the large projects", "singled out for expansion"), else the participle
    itself (:func:`_verb_phrase`)."""
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("as", "for") and c.i > verb.i), None)
    obj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
    return description_range(obj) if obj is not None else _verb_phrase(verb)


def _names_partner(ctx: Context, holder: Token) -> bool:
    """Whether the holder is a partner itself (a name, an acronym, a group noun), not a relation that names one
    ("singles out closer cooperation with Finland as ...": the relation is rated, see clauses.py)."""
    if holder.i in ctx.spans or holder.is_upper or holder.lower_ in ctx.lexicon.group_nouns:
        return True
    return any(c.dep_ == "poss" and c.i in ctx.spans for c in holder.children)  # "NATO's eastern flank"


def _item(ctx: Context, sent: Span, verb: Token, holder: tuple[int, int], relation: tuple[int, int], *,
          from_holder: bool = False) -> Item | None:
    partners = partners_after_with(ctx.doc, holder[0] - 1, holder[1], ctx.spans, ctx.lexicon)
    document = document_at(ctx, sent, verb.i)
    if not partners or document < 0:
        return None
    start = min(holder[0], verb.i) if verb.dep_ != "relcl" and not from_holder else holder[0]
    end = max(relation[1], holder[1])
    text = clean_relation(ctx.doc[relation[0]:relation[1]].text, ctx.lexicon)
    return Item(start, end, document, partners, text) if text else None


def _predications(ctx: Context, sent: Span, owners: set[str]) -> list[tuple[Item, bool]]:
    """(item, in a relative clause) for each partner a naming verb of ``sent`` describes."""
    out: list[tuple[Item, bool]] = []
    relying = ctx.lexicon.reliance_verbs
    lemmas = ctx.lexicon.naming_verbs | {pair.split()[0] for pair in relying}  # "names X as", "relies on X as"
    for verb in with_lemma(sent, lemmas, ("VERB", "NOUN")):  # what _verb can pass
        if not _verb(verb, relying) or negated(verb) \
                or _past_perfect(verb) or _foreign_subject(ctx, verb, owners):
            continue
        holder = _holder(verb, relying)
        noun = _description(verb, holder) if holder is not None else None
        if noun is None and (small := _small_clause(verb)) is not None:
            holder, noun = small
        opened = verb.lemma_.lower() in ctx.lexicon.open_naming_verbs  # "treats X as the frame for ..."
        if holder is not None and not _names_partner(ctx, holder):
            item = _described_partners(ctx, sent, verb, noun) if opened and noun is not None else None
            if item is not None and not all(code in owners_of(ctx, item) for _, code in item.partners):
                out.append((item, verb.dep_ == "relcl"))  # not "as the frame for Brunei's own pledge"
            continue
        if holder is not None and noun is not None:
            relation = description_range(noun)
            described = opened and definite(noun) and not _worrying(ctx, *relation)  # "treats A as the frame for"
            if _no_priority(ctx, noun, *relation) and not described or _dismissed(verb, noun):
                continue
            stop = noun.left_edge.i if noun.left_edge.i > holder.i else relation[0]  # a small clause holds both
            rng = coordination_range(holder, verb.i if holder.i < verb.i else stop)
        else:
            found = _participle_partners(ctx, verb)
            if found is None:
                continue
            rng, relation = found, _participle_relation(verb)
        item = _item(ctx, sent, verb, rng, relation) if rng[1] > rng[0] else None
        if item is not None and all(code in owners_of(ctx, item) for _, code in item.partners):
            item = cast_partners(ctx, item)  # "defines Mongolia's policy as ...": the owner is no partner
        if item is not None:
            out.append((item, verb.dep_ == "relcl"))
        for rng, relation in _gapped(ctx, verb, noun) if noun is not None else []:
            item = _item(ctx, sent, verb, rng, relation, from_holder=True)
            out += [(item, False)] if item is not None else []
    return out


def _gapped(ctx: Context, verb: Token, noun: Token) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(partner range, description range) of each later "B as Y" of "names A as X and B as Y": the parser hangs B on
    the first description X and the second "as" on the verb."""
    out = []
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > noun.i + 1):
        name = ctx.spans.get(prep.i - 1)
        second = next((c for c in prep.children if c.dep_ == "pobj" and c.pos_ == "NOUN"), None)
        if name is None or second is None or ctx.doc[name.start - 1].lower_ not in ("and", ","):
            continue
        relation = description_range(second)
        if not _no_priority(ctx, second, *relation):
            out.append(((name.start, name.end), relation))
    return out


def _with_which(verb: Token) -> Token | None:
    """The partner before the "with which" of the relative clause of ``verb`` ("Egypt, with which ..."), also when the
    parser hangs the clause on an earlier noun; None when there is none."""
    w = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == "with"
              and any(p.lower_ in RELATIVES for p in c.children)), None)
    if w is None or w.i < 2:
        return None
    return verb.doc[w.i - 2] if verb.doc[w.i - 1].text == "," else verb.head


def _intended_with(ctx: Context, sent: Span) -> list[tuple[Item, bool]]:
    """"the African Union, with which Ankara wants to hold a summit every year": the partner of a relative clause
    whose verb of intent (intent_verbs.txt) governs "with which"; the relation is what is to be done ("summit")."""
    out: list[tuple[Item, bool]] = []
    for verb in with_dep(sent, "relcl"):
        partner = _with_which(verb) if verb.lemma_.lower() in ctx.lexicon.intent_verbs and not negated(verb) else None
        if partner is None or not _names_partner(ctx, partner):
            continue
        act = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        obj = next((c for c in act.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None) if act else None
        if obj is None:
            continue
        item = _item(ctx, sent, verb, coordination_range(partner, partner.i + 1), description_range(obj))
        out += [(item, True)] if item is not None else []
    return out


def predicate_items(ctx: Context, sent: Span, owners: set[str]) -> list[Item]:
    """The partners the naming verbs of ``sent`` (a sentence about a document) describe, with the descriptions."""
    return [item for item, _ in _predications(ctx, sent, owners)] + reliance_items(ctx, sent)


def _keys(item: Item) -> set[str]:
    return {code or name.lower() for name, code in item.partners}


def with_predications(ctx: Context, sent: Span, owners: set[str], found: list[Item]) -> list[Item]:
    """``found`` (the items of the sentence's cues) with the partners its naming verbs describe. An item that gives
    the same partners already keeps them ("names X and Y as key partners", a cue); a wider item that names other
    partners or none gives way ("intends to sign deals", read from "names A as partners with which it intends to
    sign deals"). A partner described in a relative clause ("A, which he called ...") stays with an item that opens
    at it or before it ("the Arctic Council, which it describes as ...", the object of a cue), unless that item ran
    into it from an earlier conjunct ("hold a summit every year, and to A, B and C, which he called ...")."""
    out = list(found)
    relied = [(item, False) for item in reliance_items(ctx, sent)]  # "counts on X for Y"
    for item, relative in _predications(ctx, sent, owners) + _intended_with(ctx, sent) + relied:
        overlapping = [i for i in out if i.start < item.end and item.start < i.end]
        kept = [i for i in overlapping if not (i.start < item.start and _crosses_coordination(ctx.doc, i.start,
                                                                                                item.start))]
        if any(_keys(i) >= _keys(item) or (relative and i.start <= item.start) for i in kept):
            continue
        out = [i for i in out if i not in overlapping] + [item]
    return out


def _crosses_coordination(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) hold the "and" of a new conjunct (", and to A"), so that an item running through
    them ran into the next conjunct."""
    return any(t.dep_ == "cc" and (doc[t.i - 1].text == "," or (t.i + 1 < end and doc[t.i + 1].pos_ == "ADP"))
               for t in doc[start:end] if t.i > 0)


def focus_items(ctx: Context, items: list[Item]) -> list[Item]:
    """Partners an item stresses through a focus noun (focus_nouns.txt) when it names none itself: "growing exports
    to the region, with a particular emphasis on A, B and C" -> A, B, C with the relation "particular emphasis"."""
    out: list[Item] = []
    for item in items:
        if item.partners:
            continue
        for noun in ctx.doc[item.start:item.end]:
            on = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "on"), None)
            if noun.lemma_.lower() not in ctx.lexicon.focus_nouns or on is None or on.right_edge.i >= item.end:
                continue
            partners = partners_after_with(ctx.doc, on.i, on.right_edge.i + 1, ctx.spans, ctx.lexicon)
            start = description_range(noun)[0]
            if partners:
                relation = clean_relation(ctx.doc[start:noun.i + 1].text, ctx.lexicon)
                out.append(Item(start, on.right_edge.i + 1, item.document, partners, relation))
    return out
