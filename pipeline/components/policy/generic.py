"""Stage 2 helper for pipeline_policy: the generic reading of a sentence that the sentence model flags as stating
priorities and that neither the cues nor the loose reading (:mod:`.loose`) read anything in.

The main predicate of such a sentence holds the document, its owner or a word for a list or a priority on one
side, and what is prioritised on the other: the items are the predicate's arguments that are none of those
("Goals include A and B"; "The plan commits the state to A, and to B"; "the document placed three foundations: A, B
and C"), else its subject when the other side is such a frame word ("A and B complete the list", "A stands at the
heart of the plan", "A is presented as a concern"). Each argument is split as a series, one item per coordinated
phrase (one row per partner then follows from :func:`.items.with_item`).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .clauses import conjunct_stop, conjuncts
from .intents import is_owner
from .item_ends import truncate
from .items import Context, Item, document_at, with_item
from .lists import semicolon_series
from .loose import main_clauses

_OBJECTS = ("dobj", "attr", "oprd", "xcomp")  # the arguments after the verb that may name the items
_VERBAL = ("xcomp", "pcomp")  # "include attracting X", "commits the state to defending X": a verbal complement
# prepositions whose phrase places the statement in time or place, never what is prioritised
_CIRCUMSTANCE = frozenset({"by", "since", "until", "during", "after", "before", "despite", "according", "under",
                           "from", "within", "over", "across", "beyond", "in"})
_RATINGS = frozenset({"as", "among"})  # "is presented as a concern", "ranks X first among its concerns": a frame
_PRONOUNS = frozenset({"it", "its", "they", "their", "we", "our"})
_POSSESSIVE_DEPS = ("poss",)
_TRAILING = frozenset({"and", "or", "first", "second", "third", "fourth", "finally", "then", "also"})
_PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "i", "me"})


def generic_items(ctx: Context, sent: Span, covered: set[int]) -> list[Item]:
    """The items of the flagged sentence ``sent`` read from its main predicates (see the module's docstring), none
    over ``covered`` tokens."""
    document = document_at(ctx, sent, sent.start)
    if document < 0 or sent.text.rstrip().endswith("?"):
        return []
    owners = {m.owner for m in ctx.mentions if m.document == document}
    items: list[Item] = []
    for verb, subject in main_clauses(sent):
        if verb.pos_ not in ("VERB", "AUX") or any(c.dep_ == "neg" for c in verb.children) \
                or _describes(ctx, verb) or _past_act(ctx, verb, subject, owners):
            continue
        for start, end in _content_ranges(ctx, verb, subject, owners):
            end = truncate(ctx.doc, start, min(conjunct_stop(ctx.doc, verb.i, start, end), sent.end))
            items += [with_item(ctx, s, _trim(ctx, s, e), document)
                      for s, e in semicolon_series(ctx.doc, start, end, ctx.spans,
                                                   relation_nouns=ctx.lexicon.relation_nouns) if e > s]
    return [i for i in items if not any(k in covered for k in range(i.start, i.end))]


def _describes(ctx: Context, verb: Token) -> bool:
    """A verb of description, or a clause one governs ("the document allows Moscow to respond to ...")."""
    verbs = (verb, verb.head) if verb.dep_ == "ccomp" else (verb,)
    return any(v.lemma_.lower() in ctx.lexicon.description_verbs for v in verbs)


def _past_act(ctx: Context, verb: Token, subject: Token, owners: set[str]) -> bool:
    """"Montenegro joined the alliance in 2017", "the government has leaned on X": what the owner did, an event."""
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(c.lower_ in ("has", "have", "had") for c in verb.children))
    return past and not _document(ctx, subject) and is_owner(ctx, subject, owners)


def _content_ranges(ctx: Context, verb: Token, subject: Token, owners: set[str]) -> list[tuple[int, int]]:
    """Token ranges of what the clause of ``verb`` prioritises: when its subject is a frame, its first content
    argument after it (a verbal complement first, then an object, then the phrases of one preposition) or the list
    a frame argument introduces; when an argument after it is a frame, its subject."""
    args = _arguments(ctx, verb)
    if _person(ctx, subject):  # "He listed A and B": what a person said or did, not what the document prioritises
        return []
    if _frame(ctx, subject, owners):
        listed = [c for arg, _ in args if _frame(ctx, arg, owners)
                  for c in arg.children if c.dep_ == "appos" and c.i > arg.i
                  and arg.lemma_.lower() not in ctx.lexicon.concept_nouns]
        if listed:  # "placed three foundations: A, B and C"
            return [(listed[0].left_edge.i, listed[0].right_edge.i + 1)]
        content = [(arg, start) for arg, start in args
                   if arg.pos_ != "ADP" and not _frame(ctx, arg, owners) and not _person(ctx, arg)]
        if verb.lemma_ == "be":
            content = [(arg, start) for arg, start in content if arg.dep_ in ("attr", "xcomp")]
        if not content:
            return []
        verbal = [(a, s) for a, s in content if a.dep_ in _VERBAL or a.tag_ == "VBG"]
        objects = [(a, s) for a, s in content if a.dep_ in _OBJECTS]
        preps = [(a, s) for a, s in content if a.dep_ in ("pobj", "pcomp")]
        to_prep = [(a, s) for a, s in preps if a.head.lower_ in ("to", "into", "towards")]
        chosen = verbal or (to_prep if objects else []) or objects[:1] or preps
        first = chosen[0][0]
        if first.dep_ in ("pobj", "pcomp"):  # "deal with A, with B, and with C": the phrases of one preposition
            chosen = [(a, s) for a, s in chosen if a.dep_ in ("pobj", "pcomp") and a.head.lower_ == first.head.lower_]
        else:
            chosen = chosen[:1]
        ends = [a.head.i if a.head.pos_ == "ADP" else s for a, s in chosen[1:]] + [len(ctx.doc)]
        return [(start, _trim(ctx, start, min(arg.right_edge.i + 1, stop)))
                for (arg, start), stop in zip(chosen, ends, strict=True)]
    if subject.i < verb.i and any(_frame(ctx, arg, owners) for arg, _ in args) and not _bare_name(ctx, subject):
        return [(subject.left_edge.i, subject.right_edge.i + 1)]
    return []


def _bare_name(ctx: Context, subject: Token) -> bool:
    """A subject that names no priority: a proper name that is no country or organization ("Sunak", a person the
    parser did not tag), or a dateline the parser joined to the sentence ("PANAMA CITY (news agency report) —")."""
    phrase = ctx.doc[subject.left_edge.i: subject.right_edge.i + 1]
    if any(t.text in ("—", "–") or (t.is_upper and len(t) > 2 and t.i + 1 < phrase.end and ctx.doc[t.i + 1].text
                                    in ("(", ",")) for t in phrase):
        return True
    return all(t.pos_ in ("PROPN", "DET", "PUNCT") for t in phrase) and not any(t.i in ctx.spans for t in phrase)


def _trim(ctx: Context, start: int, end: int) -> int:
    """The end of a range without the punctuation, conjunction and ordinal that open the next one ("to A, and
    second, to B": "A")."""
    while end > start and (ctx.doc[end - 1].is_punct or ctx.doc[end - 1].lower_ in _TRAILING):
        end -= 1
    return end


def _arguments(ctx: Context, verb: Token) -> list[tuple[Token, int]]:
    """(head, first token) of each argument after ``verb``: its objects and complements, and the object of each
    of its prepositions (and of the prepositions coordinated with them: "to A, and to B"); a rating preposition
    ("as a concern") stands for its phrase."""
    out: list[tuple[Token, int]] = []
    for child in verb.children:
        if child.i < verb.i:
            continue
        if child.dep_ in _OBJECTS:
            out.append((child, child.left_edge.i))
        elif child.dep_ in ("prep", "dative", "agent") and child.lower_ not in _CIRCUMSTANCE:
            for prep in [child, *(c for c in conjuncts(child) if c.pos_ == "ADP")]:
                obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    out.append((prep if prep.lower_ in _RATINGS else obj, obj.left_edge.i))
        elif child.dep_ == "prep" and any(_document(ctx, c) for c in child.children):
            out.append((child, child.i))  # "is also in the plan": the document, a frame
    return out


def _document(ctx: Context, tok: Token) -> bool:
    return any(m.start <= tok.i < m.end for m in ctx.mentions)


def _person(ctx: Context, tok: Token) -> bool:
    """A person: a name tagged PERSON, "he", "she", or a noun for a person ("the minister")."""
    return tok.ent_type_ == "PERSON" or tok.lower_ in _PERSON_PRONOUNS or tok.lower_ in ctx.lexicon.person_nouns


def _frame(ctx: Context, tok: Token, owners: set[str]) -> bool:
    """Whether an argument names the frame of the statement, not a priority: the document, its owner, a pronoun
    (not a person's) or number, a word for a list or a priority ("goals", "the heart", "the list"), a rating ("as
    ...") or a noun the frame owns ("its flagship")."""
    lex = ctx.lexicon
    if tok.pos_ == "ADP":  # "as a concern": a rating; "in the plan": the document
        return tok.lower_ in _RATINGS or any(_document(ctx, c) for c in tok.children)
    if _document(ctx, tok) or is_owner(ctx, tok, owners, pronouns=_PRONOUNS):
        return True
    if tok.pos_ == "NUM" or tok.ent_type_ in ("DATE", "TIME", "CARDINAL", "ORDINAL") \
            or (tok.pos_ == "PRON" and not _person(ctx, tok)):
        return True
    lemma = tok.lemma_.lower()
    if any(c.dep_ == "relcl" for c in tok.children):  # "contribute to new objectives that ...": described, no frame
        return False
    if (tok.lower_ in lex.list_nouns or lemma + "s" in lex.list_nouns
            or lemma in lex.goal_nouns or lemma in lex.agenda_nouns or lemma in lex.focus_nouns
            or lemma in lex.reference_nouns or lemma in lex.generic_nouns or lemma in lex.frame_words
            or (tok.pos_ == "NOUN" and (lemma in lex.importance_words or tok.lower_ in lex.importance_words))):
        return True
    return any(c.dep_ in _POSSESSIVE_DEPS and (c.lower_ in _PRONOUNS or _document(ctx, c)) for c in tok.children)
