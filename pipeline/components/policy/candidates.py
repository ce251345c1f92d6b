"""Stage 2 helper for pipeline_policy: the tokens of a sentence a rule looks at, picked from the Doc's shared word
lists (:func:`..tokens.words_of`), so that a rule makes a Token only for a candidate ("a verb whose lemma is a naming
verb"), not for every token of every sentence it reads.

    # the tokens of sent whose pos_ is VERB or NOUN and whose lemma_.lower() is a naming verb
    for verb in with_lemma(sent, lexicon.naming_verbs, ("VERB", "NOUN")):
        ...
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Collection
from typing import cast

from spacy.tokens import Doc, Span, Token

from ..tokens import dep_id, per_doc, words_of

_KEY = ("pipeline", "policy", "candidates")


def _at(doc: Doc, pos: tuple[str, ...]) -> tuple[list[int], list[str | None]]:
    """The indices of the tokens of ``doc`` whose ``pos_`` is one of ``pos``, in text order, and their
    ``lemma_.lower()``, None until a rule asks (only the lemmas of the candidates in a sentence read are decoded);
    kept with the Doc (plain lists, so the Doc still serializes)."""
    def read(d: Doc) -> tuple[list[int], list[str | None]]:
        at = [i for i, tag in enumerate(words_of(d).pos) if tag in pos]
        return at, [None] * len(at)
    return per_doc(doc, (*_KEY, "pos", *pos), read)


def _candidates(sent: Span, pos: tuple[str, ...]) -> tuple[list[int], list[str]]:
    """The indices of the tokens of ``sent`` whose ``pos_`` is in ``pos``, and their ``lemma_.lower()``."""
    doc = sent.doc
    at, lowered = _at(doc, pos)
    a, b = bisect_left(at, sent.start), bisect_left(at, sent.end)
    if None in lowered[a:b]:
        lemma, strings = words_of(doc).lemma, doc.vocab.strings
        for k in range(a, b):
            if lowered[k] is None:
                lowered[k] = strings[lemma[at[k]]].lower()
    return at[a:b], cast("list[str]", lowered[a:b])


def with_lemma(sent: Span, words: Collection[str], pos: tuple[str, ...]) -> list[Token]:
    """The tokens of ``sent`` whose ``pos_`` is one of ``pos`` and whose ``lemma_.lower()`` is one of ``words``, in
    text order."""
    found, lemmas = _candidates(sent, pos)
    return [sent.doc[i] for i, low in zip(found, lemmas, strict=True) if low in words]


def with_pos(sent: Span, pos: str, *, except_lemmas: Collection[str] = ()) -> list[Token]:
    """The tokens of ``sent`` whose ``pos_`` is ``pos`` and whose ``lemma_.lower()`` is none of ``except_lemmas``."""
    found, lemmas = _candidates(sent, (pos,))
    return [sent.doc[i] for i, low in zip(found, lemmas, strict=True) if low not in except_lemmas]


def with_dep(sent: Span, dep: str) -> list[Token]:
    """The tokens of ``sent`` whose ``dep_`` is ``dep``."""
    doc = sent.doc

    def read(d: Doc) -> list[int]:
        label = dep_id(dep)
        return [i for i, found in enumerate(words_of(d).dep) if found == label]
    at = per_doc(doc, (*_KEY, "dep", dep), read)
    return [doc[i] for i in at[bisect_left(at, sent.start):bisect_left(at, sent.end)]]
