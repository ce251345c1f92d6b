"""Stage 2 helper for pipeline_policy: what a document wants done, read from the parse.

"It wants trade within CARICOM deepened and exports to Latin America expanded", "the sixth wants governance
strengthened and the state modernised", "It wants a second electricity interconnector to Sicily built": a verb of
intent (intent_verbs.txt: "want") whose clause is a participle with its own subject; each such clause is an item
(the subject and the participle, which :func:`.items.with_item` reads as a goal; one per common noun of a coordinated
subject: "wants health, education and access to clean water improved"). Not a negated verb ("did not
want his name printed"), nor one whose subject is a state or organization other than the owner ("Brussels wants
the reforms carried through"), nor a subject that only refers back ("wants that kept", "wants it placed"), nor a
relative clause ("which the government adopted") after a title ("The Chad We Want").
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Span, Token

from .candidates import with_lemma
from .clauses import conjunct_stop, conjuncts
from .item_ends import truncate
from .items import Context, Item, document_at, with_item
from .lists import conjunct_ranges
from .partners import clean_relation, code_of
from .predications import negated

_PARTICIPLES = ("VBN", "VBD")  # the parser reads "wants X deepened" as either
_CLAUSE_DEPS = ("ccomp", "xcomp")  # the participle clause a verb of intent governs
_BACK_REFERENCES = {"it", "that", "this", "them", "those", "these", "which", "what"}


def _clauses(verb: Token) -> list[tuple[Token, Token]]:
    """(subject, participle) of each participle clause ``verb`` governs, and of those coordinated with it ("wants A
    deepened and B expanded"), also where the parser hangs the next clause on the verb itself (:func:`_gapped`)."""
    out: list[tuple[Token, Token]] = []
    heads = [c for c in verb.children if c.dep_ in _CLAUSE_DEPS and c.i > verb.i]
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ == "NOUN"
               and not any(h.i < c.i for h in heads)]
    out += [clause for c in objects for clause in _object_clause(c)]
    for head in heads:
        for part in (head, *(c for c in head.children if c.dep_ == "conj")):
            subject = _subject(part)
            if subject is None and part.pos_ == "NOUN":  # "wants A improved and exports diversified": the parser
                subject, part = part, next((c for c in part.children if c.dep_ == "acl" and c.i == part.i + 1), part)
            if part.tag_ in _PARTICIPLES and subject is not None and subject.i > verb.i \
                    and not any(c.dep_ in ("aux", "auxpass") or c.lower_ in _BACK_REFERENCES for c in part.children):
                out.append((subject, part))
    out += _gapped(verb, out)
    return out + _surface_gapped(verb, out)


def _object_clause(head: Token) -> list[tuple[Token, Token]]:
    """"wants a lean service built", "wants roads, ports and a power supply built": the parser reads the participle
    as a modifier of the object or of its last conjunct; (the object, the participle) when the object and its
    conjuncts are common nouns."""
    nouns = [head, *conjuncts(head)]
    last = max(nouns, key=lambda t: t.i)
    part = next((c for c in last.children if c.dep_ == "acl" and c.i == last.i + 1 and c.tag_ in _PARTICIPLES), None)
    if part is None or any(t.pos_ != "NOUN" for t in nouns) \
            or any(c.dep_ in ("aux", "auxpass") or c.lower_ in _BACK_REFERENCES for c in part.children):
        return []
    return [(head, part)]


def _subject(part: Token) -> Token | None:
    return next((c for c in part.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < part.i), None)


def _gapped(verb: Token, clauses: list[tuple[Token, Token]]) -> list[tuple[Token, Token]]:
    """The participle clauses after the first that the parser reads as verbs coordinated with the verb of intent:
    "wants the public payroll trimmed and the private economy made the engine of growth" -> "made" (a "conj" of
    "wants"): a participle with a common noun as its subject and no auxiliary, right after the clauses before it (not
    a finite verb of its own: "wanted X kept and the ministry drafted a law" only after a present "wants")."""
    out: list[tuple[Token, Token]] = []
    if not clauses:
        return out
    last = max(p.i for _, p in clauses)
    for part in (c for c in verb.children if c.dep_ == "conj" and c.i > last):
        subject = _subject(part)
        if subject is None or subject.pos_ != "NOUN" or subject.i < last \
                or not (part.tag_ == "VBN" or part.tag_ == "VBD" and verb.tag_ in ("VBZ", "VBP")) \
                or any(c.dep_ in ("aux", "auxpass", "neg") for c in part.children):
            break
        out.append((subject, part))
        last = part.i
    return out


def _surface_gapped(verb: Token, clauses: list[tuple[Token, Token]]) -> list[tuple[Token, Token]]:
    """The participle clauses after the last one that the parser hangs nowhere a clause goes, read on the surface:
    "and" right after the last clause (no comma between), then a noun phrase (no verb, no comma) and a participle
    with no auxiliary ("wants A built from scratch and the rule of law extended to the counties", "wants A contained
    and arrears to suppliers cleared"); after a past verb of intent only a participle no object follows ("wanted A
    signed and trade with B opened under ...", not "wanted A settled and the cabinet approved a budget")."""
    out: list[tuple[Token, Token]] = []
    if not clauses:
        return out
    doc, last = verb.doc, max(p.i for _, p in clauses)
    end = verb.sent.end
    while True:
        cc = next((t for t in doc[last + 1:end] if t.lower_ == "and" or t.is_punct or t.pos_ in ("VERB", "AUX")), None)
        if cc is None or cc.lower_ != "and" or cc.i + 2 >= end:
            return out
        first = doc[cc.i + 1]
        if first.pos_ in ("ADP", "PRON", "CCONJ", "ADV") or first.tag_ in ("VBN", "VBD", "VB", "VBG", "MD"):
            return out
        part = next((t for t in doc[cc.i + 1:end] if t.tag_ in _PARTICIPLES or t.is_punct and t.text != "-"
                     or t.pos_ == "AUX" or t.tag_ in ("VB", "VBG", "VBP", "MD")), None)
        if part is None or part.tag_ not in _PARTICIPLES or part.i == cc.i + 1 \
                or not any(t.pos_ in ("NOUN", "PROPN") or t.tag_ == "VBZ" for t in doc[cc.i + 1:part.i]) \
                or any(c.dep_ in ("aux", "auxpass", "neg") for c in part.children):
            return out
        after = doc[part.i + 1] if part.i + 1 < end else None
        if part.tag_ == "VBD" and verb.tag_ not in ("VBZ", "VBP") \
                and after is not None and after.pos_ in ("DET", "NOUN", "PROPN", "PRON", "NUM", "ADJ"):
            return out
        out.append((first, part))
        last = part.i


def _foreign(ctx: Context, verb: Token, owners: set[str]) -> bool:
    """The verb's subject is a named state or organization that is not the owner."""
    for c in verb.children:
        span = ctx.spans.get(c.i) if c.dep_ == "nsubj" else None
        if span is not None and code_of(span) not in owners:
            return True
    return False


def wish_items(ctx: Context, sent: Span, owners: set[str]) -> list[Item]:
    """The participle clauses the verbs of intent of ``sent`` (a sentence about a document) govern, as items."""
    out: list[Item] = []
    doc = ctx.doc
    for verb in with_lemma(sent, ctx.lexicon.intent_verbs, ("VERB",)):
        if negated(verb) or not verb.text.islower() or _foreign(ctx, verb, owners):  # not "The Chad We Want"
            continue
        document = document_at(ctx, sent, verb.i)
        clauses = _clauses(verb)
        if document < 0 or not clauses:
            continue
        # "wants A deepened, and it counts on B" (after the last participle: "wants A deepened and B expanded")
        stop = conjunct_stop(doc, verb.i, max(p.i for _, p in clauses), sent.end)
        for k, (subject, part) in enumerate(clauses):
            if subject.lower_ in _BACK_REFERENCES:
                continue
            start = subject.left_edge.i
            end = min(part.right_edge.i + 1, stop, clauses[k + 1][0].left_edge.i if k + 1 < len(clauses) else stop)
            end = next((t.i for t in doc[part.i:end] if t.text in (",", ";", ":")), end)
            while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
                end -= 1
            end = truncate(doc, start, end)
            if end > start:
                out += _conjunct_items(ctx, with_item(ctx, start, end, document), subject, part)
    return out


def _conjunct_items(ctx: Context, item: Item, subject: Token, part: Token) -> list[Item]:
    """"wants health, education and access to drinking water improved": one item per common noun the participle's
    subject coordinates, each with the participle ("health improved", ...); the item itself when the subject names a
    state or organization, or coordinates nothing."""
    heads = [subject, *conjuncts(subject)]
    if len(heads) < 2 or item.partners or any(t.pos_ != "NOUN" for t in heads):
        return [item]
    parts = conjunct_ranges(ctx.doc, heads, item.start, part.i)
    rest = ctx.doc[part.i:item.end].text
    return [replace(item, partners=[], relation=clean_relation(f"{ctx.doc[s:e].text} {rest}", ctx.lexicon))
            for s, e in parts] or [item]
