"""Stage 2 helper for pipeline_attribution: small dependency-parse helpers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.tokens import Doc, Token

from ...lastdoc import LastDoc
from ..tokens import Words, dep_id, span_text, token_numbers, words_of

_SUBJ = ("nsubj", "nsubjpass", "csubj")
_UP = ("conj", "xcomp", "advcl", "pcomp", "prep", "acomp", "ccomp", "relcl", "acl")
_TRAILING = " \t\n,;:.—–-"
_PRT, _AUXPASS = dep_id("prt"), dep_id("auxpass")
_OFFICE_LINKS = frozenset({"and", "of", "for", "the", "&"})  # an office's small words ("Minister for Works")
PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})  # a place's entity types (one the parser may take for a second subject)
# text ending in an abbreviation without its last full stop: "at 2 a.m", "the U.S" (the stop stays)
_ABBREVIATION_END = re.compile(r"(?<![\w.])(?:[A-Za-z]\.)+[A-Za-z]$")


def _agent(verb: Token) -> Token | None:
    """The "by" phrase's noun of a participle with no subject of its own ("Asked by reporters whether …, the
    mayor said …": the reporters ask, not the mayor)."""
    if verb.tag_ != "VBN":
        return None
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


# subject_of's answers for the Doc asked about last by (verb, max_up): the subject's index, or -1 for none (the
# patterns of a cue, and the cues of a sentence, ask for the same verbs)
_SUBJECTS = LastDoc()


def subject_of(verb: Token, *, max_up: int = 3) -> Token | None:
    """The subject of ``verb``, inherited from governing verbs ("X opened the debate by noting ...",
    "She argued ... and drew attention to ...")."""
    doc = verb.doc
    known = _SUBJECTS.answers(doc)
    at = known.get((verb.i, max_up))
    if at is None:
        found = _subject_of(verb, max_up)
        known[(verb.i, max_up)] = -1 if found is None else found.i
        return found
    return None if at < 0 else doc[at]


def _subject_of(verb: Token, max_up: int) -> Token | None:
    tok = verb
    for _ in range(max_up + 1):
        subjects = _below_heading(phrase_ends([c for c in tok.children if c.dep_ in _SUBJ and c.dep_ != "csubj"]))
        if subjects:  # two subjects: not a place, else the nearer ("Speaking in Salem, New Hampshire, Trump went …")
            child = next((c for c in subjects if c.ent_type_ not in PLACE_ENTS), subjects[-1])
            named = next((c for c in subjects if c.i == child.i + 1 and c.pos_ == "PROPN"), None)
            if named is not None and child.pos_ == "NOUN":  # "the state news agency SANA reported": the name
                child = named
            if child.lower_ in ("who", "that", "which") and tok.dep_ == "relcl":
                return tok.head
            return _under_heading(child, tok)
        for aux in tok.children:  # a mis-attached subject: "Nazarov<-is convinced"
            if aux.dep_ in ("aux", "auxpass"):
                subj = next((c for c in aux.children if c.dep_ in _SUBJ), None)
                if subj is not None:
                    return subj
        if tok is verb:
            inner = _interrupted_subject(verb) or _agent(verb)
            if inner is not None:
                return inner
        if tok.dep_ not in _UP or tok.head.i == tok.i:
            return None
        if tok.dep_ == "ccomp" and not _joined_complement(tok):  # a cue inside another statement keeps its own
            return None  # (missing) subject
        if _trailing_participle(tok):  # "said A faced B, pointing to C": the speaker points, not A
            tok = tok.head.head
            continue
        if tok.dep_ == "conj" and tok.head.dep_ == "ccomp" and tok.head.head.i != tok.head.i:
            tok = tok.head.head  # "She argued that A and drew attention to B": B shares "She"
            continue
        tok = tok.head
    return None


def issuer_of(noun: Token) -> Token | None:
    """The subject of the verb whose direct object ``noun`` is ("Jane Doe issued a statement saying …": Doe),
    else None."""
    if noun.dep_ != "dobj" or noun.head.pos_ not in ("VERB", "AUX"):
        return None
    return subject_of(noun.head)


def phrase_ends(subjects: list[Token]) -> list[Token]:
    """The subjects with those the parser split out of one noun phrase merged into the phrase's last word: a
    hyphenated office ("Its vice-chairman, X, told": "vice", "-" and "chairman"; "Nicaraguan Vice-Minister for
    Maritime Affairs X accused") or an office's capitalised words before its holder's name ("Foreign Affairs and
    East African Cooperation Minister Mahmoud Thabit Kombo argued": "Affairs" and "Kombo")."""
    out: list[Token] = []
    for subj in subjects:
        if out and _same_phrase(out[-1], subj):
            out[-1] = subj
        else:
            out.append(subj)
    return out


def _below_heading(subjects: list[Token]) -> list[Token]:
    """The subjects without those a line break ends before a later one: a heading line the parser ran into the
    sentence under it ("Reactions⏎Shura member Fatima Al-Mahmood said", "3. Debate⏎The minister told")."""
    if len(subjects) < 2:
        return subjects
    last = subjects[-1]
    text = last.doc.text
    return [s for s in subjects if s is last or "\n" not in text[s.idx + len(s):last.left_edge.idx]]


def _under_heading(subject: Token, verb: Token) -> Token:
    """The subject's first noun after a line break before the verb, where the parser hung the sentence's subject
    on a heading line ("Points to note⏎- A government adviser, Litia Nawaqa, told": "adviser", not "Points";
    "Reply by the Second Minister⏎Second Minister for Foreign Affairs Maliki Osman spoke"), else ``subject``."""
    if subject.i > verb.i:
        return subject
    doc = subject.doc
    k = max((t.i for t in doc[subject.i:verb.i] if "\n" in t.text), default=-1)
    if k < 0:
        return subject
    lo, hi = subject.left_edge.i, subject.right_edge.i
    return next((t for t in doc[k + 1:verb.i] if lo <= t.i <= hi and t.head.i <= k and t.pos_ in ("NOUN", "PROPN")),
                subject)


def _same_phrase(first: Token, second: Token) -> bool:
    """Whether two subjects of one verb are words of one noun phrase: next to each other, only a hyphen between
    them, or capitalised words and the small words of an office's name ("and", "of", "for", "the")."""
    between = first.doc[first.i + 1:second.i]
    if not between or first.text == "-" or second.text == "-" or len(between) == 1 and between[0].text == "-":
        return True
    return first.pos_ == second.pos_ == "PROPN" and all(t.text[:1].isupper() or t.lower_ in _OFFICE_LINKS
                                                       for t in between)


def _joined_complement(verb: Token) -> bool:
    """Whether ``verb`` is a second verb of its subject that the parser hung on the reporting verb as a complement
    though "and" joins it to the first ("Lokwaj said the government had been slow and warned that the target might
    be missed": he warned): "and" right before it, in the tense of the reporting verb, after another complement."""
    head = verb.head
    k = verb.left_edge.i - 1
    return k > head.i and verb.doc[k].lower_ == "and" and verb.tag_ == head.tag_ \
        and any(c.dep_ == "ccomp" and head.i < c.i < verb.i for c in head.children)


def _trailing_participle(tok: Token) -> bool:
    """Whether ``tok`` is a participle set off by a comma at the end of a reported clause ("said both
    countries faced the same threats, pointing to the tests"): it goes with the reporting verb."""
    head = tok.head
    return tok.dep_ == "advcl" and tok.tag_ == "VBG" and tok.i > head.i and head.dep_ == "ccomp" \
        and head.head.i < head.i and tok.doc[tok.left_edge.i - 1].text == ","


def _interrupted_subject(verb: Token) -> Token | None:
    """The subject a participle set off by commas took from its verb ("The Kremlin, asked about the vote,
    said …": the parser hangs "Kremlin" on "asked"), else None."""
    doc = verb.doc
    if verb.i < 1 or doc[verb.i - 1].text != ",":
        return None
    for child in verb.children:
        if child.i < verb.i and child.dep_ in ("ccomp", "advcl") and child.tag_ in ("VBN", "VBD"):
            subj = next((c for c in child.children if c.dep_ in _SUBJ and c.i < child.i), None)
            if subj is None or doc[child.i - 1].text != ",":
                continue
            last = subj.right_edge
            while last.is_punct and last.i > subj.i:
                last = doc[last.i - 1]
            if last.i == child.i - 2:  # "X, asked about Y, said": the participle right after "X,"
                return subj
    return _aside_subject(verb)


def _aside_subject(verb: Token) -> Token | None:
    """The name before an aside the parser took for a clause with that name as its subject ("Jeffrey Salkin, a
    Hollywood rabbi helping to organize the boycott, said …": "rabbi" a verb; "Sanders, meanwhile, who sits at
    zero endorsements, said …"): the clause ends at the comma before ``verb`` and its subject is a capitalised
    name set off by a comma right after it, else None."""
    doc = verb.doc
    child = next((c for c in verb.children if c.i < verb.i and c.dep_ in ("ccomp", "advcl")
                  and c.right_edge.i == verb.i - 2), None)
    if child is None:
        return None
    subj = next((c for c in child.children if c.dep_ in _SUBJ and c.i < child.i), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or not subj.text[:1].isupper():
        return None
    after = next((t for t in doc[subj.i + 1:child.i] if t.head.i != subj.i or t.text == ","), None)
    return subj if after is not None and after.text == "," else None


def cue_text(doc: Doc, verb: Token) -> tuple[str, int, int]:
    """The cue as written: the verb with its particle right after it, the passive auxiliary right before
    it and, for an adjective complement, its verb ("is convinced", "pointed out"): (text, start, end)."""
    i = lo = hi = verb.i
    words = words_of(doc)
    if i + 1 < len(doc) and _child_of(doc, words, i + 1, i, _PRT):
        hi = i + 1
    if i > 0 and _child_of(doc, words, i - 1, i, _AUXPASS):
        lo = i - 1
    if verb.dep_ == "acomp":
        lo, hi = min(lo, verb.head.i), max(hi, verb.head.i)
    texts, idx = words.text, token_numbers(doc, "idx")
    return texts[lo] if lo == hi else span_text(doc, lo, hi + 1), idx[lo], idx[hi] + len(texts[hi])


def _child_of(doc: Doc, words: Words, k: int, i: int, dep: int) -> bool:
    """Whether token ``k`` hangs on token ``i`` as ``dep`` (a label's id: :func:`..tokens.dep_id`)."""
    return words.dep[k] == dep and doc[k].head.i == i


def trim(text: str, start: int, end: int, *, leading: tuple[str, ...] = ()) -> tuple[int, int]:
    """Shrink [start, end) past whitespace, trailing punctuation and leading words like "that"."""
    while start < end and text[start] in " \t\n,:;—–":
        start += 1
    changed = True
    while changed:
        changed = False
        for word in leading:
            if text[start:end].lower().startswith(word + " "):
                start += len(word) + 1
                changed = True
    while end > start and text[end - 1] in _TRAILING:
        if text[end - 1] == "." and _ABBREVIATION_END.search(text, start, end - 1):
            break
        end -= 1
    while end > start and text[end - 1] in "\"”’'" and text[start:end].count(text[end - 1]) == 0:
        end -= 1
    return start, end


def subtree_bounds(token: Token, *, exclude: tuple[Token, ...] = ()) -> tuple[int, int]:
    """Character bounds of ``token``'s subtree, without the subtrees of ``exclude`` at its edges."""
    if not exclude:  # the first and the last token of ``token.subtree``, without walking all of it
        first, last = _first_in_subtree(token), _last_in_subtree(token)
        return first.idx, last.idx + len(last)
    toks = list(token.subtree)
    banned = {t.i for ex in exclude for t in ex.subtree}
    while toks and toks[0].i in banned:
        toks.pop(0)
    while toks and toks[-1].i in banned:
        toks.pop()
    if not toks:
        return token.idx, token.idx + len(token)
    return toks[0].idx, toks[-1].idx + len(toks[-1])


def _first_in_subtree(token: Token) -> Token:
    """``next(token.subtree)``: the subtree lists the left children's subtrees first."""
    while (left := next(token.lefts, None)) is not None:
        token = left
    return token


def _last_in_subtree(token: Token) -> Token:
    """The last token of ``token.subtree``: the last right child's subtree ends it."""
    while (right := _last(token.rights)) is not None:
        token = right
    return token


def _last(tokens: Iterator[Token]) -> Token | None:
    last = None
    for last in tokens:  # noqa: B007 (the last one is wanted)
        pass
    return last
