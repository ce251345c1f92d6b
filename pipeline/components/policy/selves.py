"""Stage 2 helper for pipeline_policy: mentions the government owns without naming its country ("the presidency's
declared priorities", "the priorities of the new administration", "the administration released its strategy",
"President X has approved the policy"; "the programme the government launched"). Their owner is the text's own
country (:func:`.owners.text_country`)."""

from __future__ import annotations

from spacy.tokens import Doc, Token

_POSSESSIVE = {"'s", "’s"}


def _self_noun(tok: Token, self_nouns: frozenset[str]) -> bool:
    """"the presidency", "the new administration", "President Biden's administration", "his government": a self
    noun as a definite noun phrase, or owned by a person (no country among its modifiers: the rules of
    :mod:`.owners` read those)."""
    if tok.lower_ not in self_nouns:
        return False
    return any(c.dep_ == "det" and c.lower_ == "the"
               or c.dep_ == "poss" and (c.ent_type_ == "PERSON" or c.lower_ in ("his", "her")) for c in tok.children)


def _person(tok: Token, persons: set[int], person_nouns: frozenset[str]) -> bool:
    """A named person ("President Ferdinand R. Marcos Jr."), or a role noun with "the" ("the president")."""
    return tok.i in persons or tok.ent_type_ == "PERSON" or (
        tok.lower_ in person_nouns and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children))


def _unlisted_name(tok: Token) -> bool:
    """A name of two words, a first name and a family name, that the recogniser reads as an organization and the
    entity rulers kept as no body or place ("Mevlüt Çavuşoğlu"): a person's name, as the subject of an issuing verb
    (not "Lisbon City Council", a body of three words)."""
    doc = tok.doc
    if tok.pos_ != "PROPN" or tok.ent_type_ != "ORG" or tok.i == 0:
        return False
    first = doc[tok.i - 1]
    if not (first.head == tok and first.dep_ == "compound" and first.pos_ == "PROPN" and first.ent_iob_ == "B"
            and (tok.i + 1 == len(doc) or doc[tok.i + 1].ent_iob_ != "I")):
        return False
    taken = {i for key in ("organizations", "countries") for s in doc.spans.get(key, ()) for i in range(s.start, s.end)}
    return first.i not in taken and tok.i not in taken


def _verb_subjects(verb: Token, deps: tuple[str, ...]) -> list[Token]:
    """The children of ``verb`` in ``deps``; for a verb joined by "and" to one before it that has no subject of its
    own, that verb's ("Çavuşoğlu stood before the ambassadors and announced the Asia Anew Initiative")."""
    own = [c for c in verb.children if c.dep_ in deps or c.dep_ == "agent"]
    if own or verb.dep_ != "conj" or deps != ("nsubj",) or any(c.dep_ == "nsubjpass" for c in verb.children):
        return own
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


def issuing_subject(head: Token, self_nouns: frozenset[str], person_nouns: frozenset[str],
                    issuing_verbs: frozenset[str]) -> bool:
    """Whether the phrase headed by ``head`` is the object of an issuing verb whose subject is the government or a
    person: "President Joe Biden's administration released its National Security Strategy", "President X has
    approved the National Security Policy"."""
    if head.dep_ not in ("dobj", "nsubjpass") or head.head.pos_ not in ("VERB", "AUX"):
        return False
    verb = head.head
    if verb.lemma_.lower() not in issuing_verbs:
        return False
    persons = _persons(head.doc)
    deps = ("nsubj",) if head.dep_ == "dobj" else ("agent",)
    for c in _verb_subjects(verb, deps):
        if c.dep_ == "agent":  # "approved by the cabinet"
            c = next((g for g in c.children if g.dep_ == "pobj"), c)
        if _self_noun(c, self_nouns) or _person(c, persons, person_nouns) or _unlisted_name(c):
            return True
    return False


def relative_subject(head: Token, self_nouns: frozenset[str]) -> bool:
    """Whether a relative clause on the phrase headed by ``head`` has the government as its subject or agent: "the
    programme the government launched in June", "the programme that the new government will be judged by", "a plan
    drawn up by the cabinet"."""
    for clause in head.children:
        if clause.dep_ not in ("relcl", "acl"):
            continue
        for c in clause.children:
            if c.dep_ == "agent":
                c = next((g for g in c.children if g.dep_ == "pobj"), c)
            elif c.dep_ not in ("nsubj", "nsubjpass") or clause.dep_ == "acl":
                continue
            if _self_noun(c, self_nouns):
                return True
    return False


def person_relative(head: Token, person_nouns: frozenset[str], issuing_verbs: frozenset[str]) -> bool:
    """Whether a relative clause on the phrase headed by ``head`` has a person as the subject of an issuing verb: "a
    list of priorities that Foreign Minister Ian Borg presented in New York", "the priorities the president set out"
    (the person speaks for the government; the parser may call the clause "acl")."""
    persons = _persons(head.doc)
    for clause in head.children:
        if clause.dep_ not in ("relcl", "acl") or clause.lemma_.lower() not in issuing_verbs:
            continue
        if any(c.dep_ == "nsubj" and _person_subject(c, persons, person_nouns) for c in clause.children):
            return True
    return False


def governing_self(head: Token, self_nouns: frozenset[str]) -> bool:
    """Whether the phrase headed by ``head`` is the object of a verb whose subject is the government: "(the prime
    minister said) his government would pursue a proactive foreign policy", "the country will pursue ..."."""
    if head.dep_ != "dobj" or head.head.pos_ != "VERB":
        return False
    return any(c.dep_ == "nsubj" and _self_noun(c, self_nouns) for c in head.head.children)


def _persons(doc: Doc) -> set[int]:
    return {i for s in doc.spans["persons"] for i in range(s.start, s.end)} if "persons" in doc.spans else set()


def _person_subject(tok: Token, persons: set[int], person_nouns: frozenset[str]) -> bool:
    """A named person, a role noun with "the", or "he"/"she" (the person the text speaks of)."""
    return _person(tok, persons, person_nouns) or tok.lower_ in ("he", "she")


def self_possessor(doc: Doc, head: Token, end: int, self_nouns: frozenset[str], start: int | None = None) -> bool:
    """Whether the government owns the phrase headed by ``head`` (from token ``start``, when given, to token
    ``end``): "the presidency's declared priorities", "the priorities of the new administration", "the government's
    Blue Harbour 2030 programme" (a possessive right before the phrase, whichever of its words the parser hung it
    on), also a possessive on the noun the phrase modifies ("the government's first foreign-policy objective")."""
    nouns = [head, head.head] if head.dep_ in ("compound", "amod", "nmod") else [head]
    if any(c.dep_ == "poss" and _self_noun(c, self_nouns) for n in nouns for c in n.children):
        return True
    if start is not None and start >= 2 and doc[start - 1].lower_ in _POSSESSIVE and _self_noun(doc[start - 2],
                                                                                                  self_nouns):
        return True
    if end < len(doc) and doc[end].lower_ == "of":
        obj = next((c for c in doc[end].children if c.dep_ == "pobj"), None)
        return obj is not None and _self_noun(obj, self_nouns)
    return False



def government_owned(doc: Doc, head: Token, end: int, self_nouns: frozenset[str], person_nouns: frozenset[str],
                     issuing_verbs: frozenset[str], *, start: int | None = None) -> bool:
    """Whether the government owns the mention headed by ``head`` (from token ``start``, when given) and ending at
    token ``end`` by a possessor, an issuing subject or a pronoun that refers to it (see :func:`self_possessor`,
    :func:`issuing_subject`, :func:`pronoun_self`)."""
    return self_possessor(doc, head, end, self_nouns, start) or issuing_subject(head, self_nouns, person_nouns,
                                                                         issuing_verbs) or (
        pronoun_self(head, self_nouns))


_CLAUSE_STEPS = 6  # heads climbed from a phrase to the verb of its clause


def pronoun_self(head: Token, self_nouns: frozenset[str]) -> bool:
    """Whether an "its"/"their" on the phrase headed by ``head`` refers to the government as the subject of the
    phrase's clause: "the government took its National Recovery Plan to a donor conference"."""
    if not any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in head.children):
        return False
    tok = head
    for _ in range(_CLAUSE_STEPS):
        if tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return any(c.dep_ in ("nsubj", "nsubjpass") and _self_noun(c, self_nouns) for c in tok.children)
    return False


_ISSUE_STEPS = 4  # verbs climbed from an issuing verb to the one whose subject issues ("used his speech to lay out")


def titled_name(tok: Token, person_nouns: frozenset[str]) -> bool:
    """A name after a person's title ("King Mohammed VI", "President Ruto"): a name the recogniser may miss."""
    return tok.pos_ == "PROPN" and any(c.dep_ == "compound" and c.lower_ in person_nouns for c in tok.children)


def person_issued(head: Token, person_nouns: frozenset[str], issuing_verbs: frozenset[str]) -> bool:
    """Whether a person issues the phrase headed by ``head`` as the object of an issuing verb, the verb's own subject
    or that of the verb it completes: "King Mohammed VI used his annual speech to lay out an ambitious plan", "the
    minister presented a programme"."""
    if head.dep_ != "dobj" or head.head.pos_ != "VERB" or head.head.lemma_.lower() not in issuing_verbs:
        return False
    persons = _persons(head.doc)
    verb = head.head
    for _ in range(_ISSUE_STEPS):
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return any(c.dep_ == "nsubj" and (_person_subject(c, persons, person_nouns) or titled_name(c, person_nouns))
                       for c in subjects)
        if verb.dep_ not in ("xcomp", "advcl", "conj", "acl") or verb.head.i == verb.i:
            return False
        verb = verb.head.head if verb.dep_ == "acl" and verb.head.dep_ == "dobj" else verb.head
    return False
