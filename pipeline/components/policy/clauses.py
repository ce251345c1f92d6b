"""Stage 2 helper for pipeline_policy: priorities read from the parse (predicates, evaluated objects, conjuncts)."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from .candidates import with_lemma
from .lexicon import PolicyLexicon

_PREDICATE_POS = ("VERB", "AUX")
_OBJECT_DEPS = ("dobj", "nsubjpass")
_EDGE_DEPS = ("cc", "punct", "mark")
_FINITE = ("VBZ", "VBD", "VBP", "MD")
_MODIFIER_DEPS = ("det", "amod", "nummod", "poss")


def conjuncts(tok: Token) -> list[Token]:
    """The conjuncts of ``tok`` ("pursues X and takes Y": [takes]), transitively, in text order."""
    out: list[Token] = []
    todo = [c for c in tok.children if c.dep_ == "conj"]
    while todo:
        c = todo.pop()
        out.append(c)
        todo += [d for d in c.children if d.dep_ == "conj"]
    return sorted(out, key=lambda t: t.i)


def conjunct_stop(doc: Doc, verb: int, start: int, end: int) -> int:
    """End of the cue verb's own object: before the first verb coordinated with it after ``start``.

    "attaches importance to X and calls for Y": the list of "attaches" ends before "and calls"; so does "aims to make
    X and calls for Y", where the parser hangs the finite "calls" on the infinitive.
    """
    tok = doc[verb]
    later = [c for c in conjuncts(tok) if c.pos_ in _PREDICATE_POS and start < c.i < end
             and _own_predicate(c, tok)]
    later += [c for x in tok.children if x.dep_ == "xcomp" for c in conjuncts(x)
              if c.pos_ == "VERB" and c.tag_ in ("VBZ", "VBD") and start < c.i < end]  # "aims to make X and calls for"
    later.sort(key=lambda t: t.i)
    if not later:
        return end
    stop = later[0].left_edge.i
    while stop > start and (doc[stop - 1].dep_ in _EDGE_DEPS or doc[stop - 1].is_punct):
        stop -= 1
    return stop


def _own_predicate(conjunct: Token, verb: Token) -> bool:
    """Whether a verb coordinated with the cue's verb is a predicate of its own ("and calls for", "and it will
    press for"), not a word the parser misread inside the object ("and co-creating X": "co" as a verb)."""
    return (conjunct.tag_ == verb.tag_ or conjunct.tag_ in _FINITE
            or any(c.dep_ in ("aux", "nsubj") for c in conjunct.children))


def _without(tokens: set[int], parts: Iterable[Token]) -> set[int]:
    for p in parts:
        tokens -= {t.i for t in p.subtree}
    return tokens


def _contiguous(doc: Doc, tokens: set[int], anchor: int | None = None) -> tuple[int, int] | None:
    """The range from the first to the last token (only the unbroken run around ``anchor`` when given), without
    edge conjunctions, punctuation and markers."""
    if not tokens:
        return None
    s, e = min(tokens), max(tokens) + 1
    if anchor is not None and anchor in tokens:
        s, e = anchor, anchor + 1
        while s - 1 in tokens:
            s -= 1
        while e in tokens:
            e += 1
    while s < e and (doc[s].dep_ in _EDGE_DEPS or doc[s].is_punct):
        s += 1
    while e > s and (doc[e - 1].dep_ in _EDGE_DEPS or doc[e - 1].is_punct):
        e -= 1
    return (s, e) if e > s else None


def predicate_ranges(doc: Doc, start: int, end: int) -> list[tuple[int, int]]:
    """The predicates of the clause in tokens [start, end): its main verb with its subject, each verb coordinated
    with it, and each "while/without V-ing" adverbial, as token ranges.

    "Chile keeps a neutral course and joins no alliances, while reserving the right to act alone" ->
    "Chile keeps a neutral course", "joins no alliances", "reserving the right to act alone".
    Empty when the range holds no verb with a subject.
    """
    inside = [t for t in doc[start:end] if not start <= t.head.i < end or t.head.i == t.i]
    roots = [t for t in inside if t.pos_ in _PREDICATE_POS]
    if not roots or not any(c.dep_ in ("nsubj", "nsubjpass") for c in roots[0].children):
        return []
    preds = [roots[0], *[c for c in conjuncts(roots[0]) if c.pos_ in _PREDICATE_POS and c.i < end]]
    adverbials = [c for p in preds for c in p.children if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i > p.i]
    out = []
    for p in preds + adverbials:
        tokens = {t.i for t in p.subtree if start <= t.i < end}
        tokens = _without(tokens, [t for t in preds + adverbials if p.is_ancestor(t)])  # the other predicates
        rng = _contiguous(doc, tokens, p.i)
        if rng:
            out.append(_from_subject(doc, p, rng))
    return sorted(out)


def _from_subject(doc: Doc, pred: Token, rng: tuple[int, int]) -> tuple[int, int]:
    """The predicate's range from its subject when an adverbial and a comma precede it ("in 2027, spending
    reaches 2%" -> "spending reaches 2%")."""
    subject = next((c for c in pred.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is not None and rng[0] < subject.left_edge.i < rng[1] and doc[subject.left_edge.i - 1].text == ",":
        return subject.left_edge.i, rng[1]
    return rng


def _rates(tok: Token, lexicon: PolicyLexicon) -> bool:
    """Whether the phrase of ``tok`` calls something important ("as key", "a vital pillar"), not a threat."""
    words = {t.lower_ for t in tok.subtree}
    return bool(words & lexicon.importance_words) and not words & lexicon.threat_nouns


def definite(noun: Token) -> bool:
    """Whether ``noun`` opens with "the" or a possessive ("the frame for ...", "its strategic link", "the country's
    main project"): a description that gives the thing its place, not one of a kind ("a temporary arrangement",
    "one policy space")."""
    first = noun.left_edge
    return first.lower_ == "the" or first.dep_ == "poss" or first.tag_ == "PRP$"


def _described(prep: Token, lexicon: PolicyLexicon) -> bool:
    """Whether ``prep`` is an "as" with a definite noun that no threat or worry word describes ("treats X as the frame
    for ...", not "as a source of concern")."""
    words = {t.lower_ for t in prep.subtree}
    return prep.lower_ == "as" and any(c.dep_ == "pobj" and c.pos_ == "NOUN" and definite(c) for c in prep.children) \
        and not words & (lexicon.threat_nouns | lexicon.worry_nouns)


def _thing(obj: Token, described: Token) -> bool:
    """Whether ``obj`` is a common noun whose words before the "as" at ``described`` say what it is ("the corridor to
    Ethiopia", "membership of the EU"), not a name ("the Paris Agreement") nor a bare noun that refers back ("the
    project")."""
    return obj.pos_ == "NOUN" and any(t.i != obj.i and t.dep_ != "det" for t in obj.doc[obj.left_edge.i:described.i])


def _importance_predicate(verb: Token, obj: Token, lexicon: PolicyLexicon) -> Token | None:
    """The word that rates the object: "regards X as key", "calls X important", "considers X (to be) vital"; after a
    verb of open_naming_verbs.txt any "as" description ("treats X as the frame for ...")."""
    if verb.lemma_.lower() in lexicon.open_naming_verbs:
        described = next((c for c in verb.children if c.i > obj.i and c.dep_ == "prep" and _described(c, lexicon)),
                         None)
        if described is not None and _thing(obj, described):
            return described
    for c in verb.children:
        if c.i > obj.i and c.dep_ in ("prep", "oprd", "xcomp", "ccomp", "acomp", "advcl") and _rates(c, lexicon):
            return c
    for t in obj.subtree:  # the parser may hang "as the pillars of ..." on the last conjunct of the object
        if t.dep_ == "prep" and t.lower_ == "as" and _rates(t, lexicon):
            return t
    last = obj.right_edge  # "calls X essential", whichever way the parser hangs the adjective on X
    if last.i > obj.i and last.pos_ == "ADJ" and last.lower_ in lexicon.importance_words:
        return last
    return None


def _agenda_predicate(verb: Token, obj: Token, lexicon: PolicyLexicon) -> Token | None:
    """The "into/onto the agenda" of "brings X into the national agenda" (the parser may hang "at its core" on the
    object's last conjunct: "puts A, B and the protection of C at its core")."""
    for c in [*verb.children, *(t for t in obj.subtree if t.i > obj.i)]:
        if c.dep_ == "prep" and any(t.dep_ == "pobj" and t.lower_ in lexicon.agenda_nouns for t in c.children):
            return c
    return None


def _objects(verb: Token, lexicon: PolicyLexicon) -> list[Token]:
    return [c for c in verb.children if c.dep_ in _OBJECT_DEPS and c.pos_ in ("NOUN", "PROPN")
            and c.lower_ not in lexicon.list_nouns]


def _rated_objects(verb: Token, lexicon: PolicyLexicon) -> list[tuple[Token, Token]]:
    """(object, rating word) pairs of an evaluation verb: "regards X as key", and the small clause "calls X
    essential" that the parser reads as "essential" with X as its subject."""
    out = [(obj, pred) for obj in _objects(verb, lexicon)
           if (pred := _importance_predicate(verb, obj, lexicon)) is not None]
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp", "oprd") and c.lower_ in lexicon.importance_words:
            out += [(s, c) for s in c.children if s.dep_ == "nsubj" and s.pos_ in ("NOUN", "PROPN")]
    return out


def _agenda_objects(verb: Token, lexicon: PolicyLexicon) -> list[tuple[Token, Token]]:
    return [(obj, pred) for obj in _objects(verb, lexicon)
            if (pred := _agenda_predicate(verb, obj, lexicon)) is not None]


def _modifiers_start(pred: Token, obj: Token) -> int:
    """Where the rating word's own modifiers begin after the object ("makes X the top priority" -> "the")."""
    stop = pred.i
    while (pred.pos_ == "NOUN" and stop - 1 > obj.i and pred.doc[stop - 1].head == pred
           and pred.doc[stop - 1].dep_ in _MODIFIER_DEPS):
        stop -= 1
    return stop


def _negated(verb: Token) -> bool:
    """"does not single out any partner as the most important", "no longer regards X as key": no rating."""
    return any(c.dep_ == "neg" or (c.lower_ == "longer" and c.i > 0 and c.nbor(-1).lower_ == "no")
               for c in verb.children)


def evaluated_objects(sent: Span, lexicon: PolicyLexicon) -> list[tuple[int, int]]:
    """Objects the sentence rates as important or puts on the agenda, as token ranges (relative clauses cut).

    "The paper regards the expansion of the port network, which ..., as key to growth." ->
    "the expansion of the port network"; "It brings water security into the agenda." -> "water security".
    """
    doc, out = sent.doc, []
    for verb in with_lemma(sent, lexicon.evaluation_verbs | lexicon.agenda_verbs, ("VERB",)):
        if _negated(verb):
            continue
        evaluates = verb.lemma_.lower() in lexicon.evaluation_verbs
        for obj, pred in _rated_objects(verb, lexicon) if evaluates else _agenda_objects(verb, lexicon):
            # from the object to the rating word, whatever the parser hangs between ("puts the alliance with
            # the US at the centre": "with the US" may go with "puts"), without relative clauses
            stop = _modifiers_start(pred, obj)
            if obj.i < verb.i:  # a passive subject: "A and B are listed as key areas" -> "A and B"
                stop = min(stop, obj.right_edge.i + 1)
            tokens = set(range(obj.left_edge.i, stop))
            tokens = _without(tokens, [c for c in obj.subtree if c.dep_ in ("relcl", "acl") and c.i > obj.i])
            rng = _contiguous(doc, tokens, obj.i)
            if rng:
                out.append(rng)
    return out
