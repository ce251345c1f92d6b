"""Stage 2 helper for pipeline_attribution: a reported clause the parser split from its cue verb.

"said that A, but that B" (a second "that" clause joined to the cue verb), "said the district had raised
pay, offered a bonus and covered the training" (the parser hangs "offered" on "said") and "said it had set
up stations at A, the B reserve and C" ("reserve" an unlabelled dependent of "said"): the part after the
first clause belongs to the same statement. So does what follows a quoted fragment that closes with a comma
('said polls could be "way off," and have been unreliable': the comma and the closing mark read as the end of
the statement, and the parser hangs the rest on the cue verb), unless it is the speaker's own act ('said the
budget was "a disaster," and warned of cuts', '…," but he gave the Texan a compliment').
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tokens import words_of

_SUBJECT_OR_MARK = ("nsubj", "nsubjpass", "mark")
_SUBJECTS = ("nsubj", "nsubjpass")
_THIRD_PERSONS = frozenset({"he", "she"})
_CLOSING = frozenset({'"', "”", "''"})
_CONTINUATIONS = ("conj", "ccomp", "advcl", "prep", "xcomp")


def _right_after(comp: Token, part: Token) -> bool:
    """Whether ``part`` starts right after ``comp``'s clause, past a comma only."""
    words = words_of(comp.doc)
    end = comp.right_edge.i
    while words.is_punct[end] and end > comp.i:
        end -= 1
    lo, hi = end + 1, part.left_edge.i
    return hi > lo and all(words.text[i] == "," for i in range(lo, hi))


def _after_but(comp: Token, part: Token) -> bool:
    """Whether ``part`` starts right after ``comp``'s clause, past a comma and "but" ("said he had had offers,
    but the offers were …")."""
    words = words_of(comp.doc)
    end = comp.right_edge.i
    while words.is_punct[end] and end > comp.i:
        end -= 1
    between = [words.lower[i] for i in range(end + 1, part.left_edge.i)]
    return bool(between) and between[-1] == "but" and all(w == "," for w in between[:-1])


def _contrasting_clause(comp: Token, part: Token, acts: frozenset[str]) -> bool:
    """A clause with its own subject joined by "but" to the statement ("said he had received offers for the gun,
    but the offers were to use it …", "said the plant was safe, but no one was allowed in"): the statement's
    second half; not the speaker's own act (a verb of saying, a subject "he" or "she": '…, but he declined to …')."""
    return part.dep_ == "conj" and part.pos_ in ("VERB", "AUX") and _after_but(comp, part) \
        and any(c.dep_ in _SUBJECTS for c in part.children) and not _own_act(part, acts)


def _modal_continuation(verb: Token, comp: Token, part: Token) -> bool:
    """A conjunct with a modal and no subject of its own after the statement ("said she hoped to get her account
    back, and then would continue to spread her message"): the statement's subject goes on, not the speaker's
    act, which the cue verb tells without a modal."""
    if part.dep_ != "conj" or any(c.dep_ in _SUBJECTS for c in part.children) \
            or not any(c.dep_ == "aux" and c.tag_ == "MD" for c in part.children) \
            or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children):
        return False
    words = words_of(comp.doc)
    end = comp.right_edge.i
    while words.is_punct[end] and end > comp.i:
        end -= 1
    between = [words.lower[i] for i in range(end + 1, part.left_edge.i)]
    return bool(between) and between[-1] in _JOINS and all(w == "," for w in between[:-1])


_JOINS = ("and", "but", "or")


def _after_quoted_comma(comp: Token, part: Token) -> bool:
    """Whether ``part`` starts right after a comma and closing mark that end a quotation opened inside
    ``comp``'s clause ('could be "way off," and have been …'), past a coordinating conjunction only."""
    doc = comp.doc
    end = comp.right_edge.i
    if end + 2 >= len(doc) or doc[end + 1].text != "," or doc[end + 2].text not in _CLOSING:
        return False
    if not any(t.is_quote and t.is_left_punct or t.text == '"' for t in doc[comp.left_edge.i:end + 1]):
        return False
    lo = end + 3
    while lo < part.left_edge.i and doc[lo].dep_ == "cc":
        lo += 1
    return lo == part.left_edge.i


def _own_act(part: Token, acts: frozenset[str]) -> bool:
    """A verb of saying, a participle ('…," adding …') or a clause whose subject is "he" or "she" ('…," but
    he gave the Texan a compliment'): the speaker's own act, not the rest of the statement."""
    return part.lemma_.lower() in acts or part.tag_ == "VBG" \
        or any(c.dep_ in _SUBJECTS and c.lower_ in _THIRD_PERSONS for c in part.children)


def second_complement(verb: Token, comp: Token, acts: frozenset[str] = frozenset(), *,
                      contrast: bool = True) -> Token | None:
    """The second part of the statement ``comp`` opens under cue ``verb`` (see the module), or None;
    ``acts``: lemmas of verbs of saying, whose conjunct is the speaker's own act; ``contrast``: whether a
    clause joined by "but" may go on with the statement (not after a poll's or a study's finding, where it
    is most often the writer's comment: "the poll showed A, but such polls are no forecast")."""
    for c in verb.children:
        if c.i <= comp.i:
            continue
        if c.dep_ == "conj" and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark":
            return c
        if c.dep_ in _CONTINUATIONS and _after_quoted_comma(comp, c) and not _own_act(c, acts):
            return c  # 'could be "way off," and have been unreliable in past races'
        if contrast and _contrasting_clause(comp, c, acts):
            return c  # "…, but the offers were to use it …"
        if _modal_continuation(verb, comp, c):
            return c  # "…, and then would continue to spread her message"
        if not _right_after(comp, c):
            continue
        if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN") and not any(x.dep_ in _SUBJECT_OR_MARK for x in c.children):
            return c  # "…, offered a bonus and covered the training"
        if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN"):
            return c  # "…stations, at A, the B reserve and C"
    return None
