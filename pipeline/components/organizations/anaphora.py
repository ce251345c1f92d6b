"""Stage 2 helper for pipeline_org_ruler: names the text refers back to with "its".

A company or body with no organization head noun ("Hartley Packaging", "Atlantic Shoal Seafoods") is often
missed or called a person or a place by the NER. When it is the subject of a clause that goes on with "its"
("Hartley Packaging will close its plant"), it is neither: persons take "his" or "her", and countries and
places are the country ruler's.
"""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc, Token

from ..tokens import span_text, token_table, word_ids
from .contexts import blocked_tokens, name_ok
from .lexicon import OrgLexicon
from .patterns import CONTEXT, OrgCandidate

_PLACES = frozenset({"GPE", "LOC"})
_VERBS = frozenset({"VERB", "AUX"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_SUBJECT_IDS = word_ids(_SUBJECTS)  # their dependency labels' ids, as the token table's dep column holds them
_ITS = word_ids(["its"])


def its_subjects(doc: Doc, lex: OrgLexicon, blocked: list[tuple[int, int]]) -> list[OrgCandidate]:
    """Capitalized names of two words or more that are the subject of the clause holding "its".

    Example: "Hartley Packaging will close its cardboard plant next March." -> [OrgCandidate for
    "Hartley Packaging"]; "Borneo Pack Industries said falling orders had left its lines idle." -> "Borneo Pack
    Industries" (a plural subject in between is not what "its" refers to). "The plan sets out its goals" gives
    nothing (no name), nor does "Maria Lopez said the council cut its budget" (the council is the subject there).
    A name the NER calls a person counts only when "its" owns its own verb's object ("Tom Becker accused the
    district of cutting its budget": the district's); a place's or a document's name never does ("Southeast Asia
    gets an initiative of its own", "the Defence Strategic Review concluded in its public version").
    """
    bad = blocked_tokens(doc, blocked)
    out: list[OrgCandidate] = []
    seen: set[int] = set()
    subjects: dict[int, int] | None = None
    for i in token_table(doc).having("lower", _ITS):  # (looked up in the Doc's token table, not token by token)
        tok = doc[i]
        if tok.dep_ != "poss":
            continue
        subjects = _nearest_subjects(doc) if subjects is None else subjects
        found = _clause_subject(tok, subjects)
        if found is None or found[0].i in seen:
            continue
        subject, direct = found
        seen.add(subject.i)
        start, end = _name_start(subject), subject.i + 1
        if end - start < 2 or _place_or_document(doc, start, end, lex):
            continue
        if name_ok(doc, start, end, lex, bad, person_ok=direct):
            out.append(OrgCandidate(start, end, span_text(doc, start, end), CONTEXT))
    return out


def _place_or_document(doc: Doc, start: int, end: int, lex: OrgLexicon) -> bool:
    """A place's name ("the River Fergan", the NER's places, a dateline's in capitals) or a document's ("Defence
    Strategic Review")."""
    words = doc[start:end]
    if all(t.is_upper for t in words):
        return True  # a dateline's place: "VALE DO CORVO, Portugal — ..."
    return bool({words[0].lower_, words[-1].lower_} & lex.place_words) \
        or any(t.ent_type_ in _PLACES or t.text in lex.non_org_heads or t.text in lex.treaty_heads for t in words)


def _nearest_subjects(doc: Doc) -> dict[int, int]:
    """For every word with a subject among its children, the one nearest before it, else the first after it: a
    dateline's place the parse also hangs on the verb is passed over ("PORT HALLORAN, Nova Scotia, 6 February
    2025 \u2014 Atlantic Shoal Seafoods will close its plant": "Seafoods", not "HALLORAN"). Read from the token
    table for all words at once instead of walking each verb's children."""
    table = token_table(doc)
    found = table.indices("dep", _SUBJECT_IDS)
    heads = found + table.column("head")[found].astype(np.int64)  # (offsets to the head, negative ones wrapped)
    out: dict[int, int] = {}
    for head, subject in zip(heads.tolist(), found.tolist(), strict=True):  # in text order
        if head not in out or subject < head:
            out[head] = subject
    return out


def _clause_subject(its: Token, subjects: dict[int, int]) -> tuple[Token, bool] | None:
    """The proper-noun subject "its" refers to, and whether "its" is in that subject's own verb's phrase: the
    singular subject of the nearest verb above it that has one, a plural subject of a reported clause passed over
    ("X said falling orders had left its lines"); None when that subject is no proper noun. ``subjects``:
    :func:`_nearest_subjects`."""
    tok, crossed = its, False
    doc = its.doc
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.pos_ not in _VERBS:
            continue
        first = subjects.get(tok.i)
        subject = doc[first] if first is not None else None
        if subject is not None and subject.pos_ == "PROPN":
            if subject.left_edge.i <= its.i <= subject.right_edge.i:
                return None  # "said Rhys Pugh, its managing director": the person's apposition
            owned = its.head  # "X will close its plant": "its" owns the verb's object
            return subject, not crossed and owned.dep_ == "dobj" and owned.head.i == tok.i
        plural = subject is not None and subject.tag_ == "NNS"
        if subject is not None and not (plural and tok.dep_ == "ccomp") or crossed:
            return None
        crossed = True  # one clause up: "X said [orders had left its lines]", "X accused Y of cutting its budget"
    return None


def _name_start(subject: Token) -> int:
    """The first word of the subject's name: the capitalized proper-noun compounds written right before it, each
    modifying a later word of the name ("Marrow" of "Marrow Bay Fisheries" modifies "Bay")."""
    doc, start = subject.doc, subject.i
    while start > 0:
        prev = doc[start - 1]
        if not (prev.dep_ == "compound" and prev.pos_ == "PROPN" and prev.text[:1].isupper()
                and start <= prev.head.i <= subject.i):
            break
        start -= 1
    return start
