"""Stage 2 helper for pipeline_attribution: a reported clause the parser split from its cue verb.

"said that A, but that B" (a second "that" clause joined to the cue verb), "said the district had raised
pay, offered a bonus and covered the training" (the parser hangs "offered" on "said") and "said it had set
up stations at A, the B reserve and C" ("reserve" an unlabelled dependent of "said"): the part after the
first clause belongs to the same statement.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..tokens import words_of

_SUBJECT_OR_MARK = ("nsubj", "nsubjpass", "mark")


def _right_after(comp: Token, part: Token) -> bool:
    """Whether ``part`` starts right after ``comp``'s clause, past a comma only."""
    words = words_of(comp.doc)
    end = comp.right_edge.i
    while words.is_punct[end] and end > comp.i:
        end -= 1
    lo, hi = end + 1, part.left_edge.i
    return hi > lo and all(words.text[i] == "," for i in range(lo, hi))


def second_complement(verb: Token, comp: Token) -> Token | None:
    """The second part of the statement ``comp`` opens under cue ``verb`` (see the module), or None."""
    for c in verb.children:
        if c.i <= comp.i:
            continue
        if c.dep_ == "conj" and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark":
            return c
        if not _right_after(comp, c):
            continue
        if c.dep_ == "ccomp" and c.tag_ in ("VBD", "VBN") and not any(x.dep_ in _SUBJECT_OR_MARK for x in c.children):
            return c  # "…, offered a bonus and covered the training"
        if c.dep_ == "dep" and c.pos_ in ("NOUN", "PROPN"):
            return c  # "…stations, at A, the B reserve and C"
    return None
