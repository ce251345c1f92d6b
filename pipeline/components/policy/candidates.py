"""Stage 2 helper for pipeline_policy: the tokens of a sentence a rule looks at, picked from the Doc's shared word
lists (:func:`..tokens.words_of`), so that a rule makes a Token only for a candidate ("a verb whose lemma is a naming
verb"), not for every token of every sentence it reads.

    # the tokens of sent whose lemma_.lower() is a naming verb and whose pos_ is VERB or NOUN
    for verb in with_lemma(sent, lexicon.naming_verbs, ("VERB", "NOUN")):
        ...
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from ..tokens import dep_id, distinct_strings, per_doc, per_token, words_of

_LEMMA_KEY = ("pipeline", "policy", "lemma_lower")


def lemmas(doc: Doc) -> list[str]:
    """Every token's ``lemma_.lower()``, read once per Doc (each distinct lemma lowered once) and kept with it."""
    return per_doc(doc, _LEMMA_KEY, _read_lemmas)


def _read_lemmas(doc: Doc) -> list[str]:
    strings, where = distinct_strings(doc, "lemma")
    return per_token([s.lower() for s in strings], where) if len(doc) else []


def with_lemma(sent: Span, words: Collection[str], pos: tuple[str, ...] = ()) -> list[Token]:
    """The tokens of ``sent`` whose ``lemma_.lower()`` is one of ``words`` (and, given ``pos``, whose ``pos_`` is one
    of those), in text order."""
    doc = sent.doc
    lemma, tags = lemmas(doc), words_of(doc).pos
    return [doc[i] for i in range(sent.start, sent.end) if lemma[i] in words and (not pos or tags[i] in pos)]


def with_pos(sent: Span, pos: str, *, except_lemmas: Collection[str] = ()) -> list[Token]:
    """The tokens of ``sent`` whose ``pos_`` is ``pos`` and whose ``lemma_.lower()`` is none of ``except_lemmas``."""
    doc = sent.doc
    lemma, tags = lemmas(doc), words_of(doc).pos
    return [doc[i] for i in range(sent.start, sent.end) if tags[i] == pos and lemma[i] not in except_lemmas]


def with_dep(sent: Span, dep: str) -> list[Token]:
    """The tokens of ``sent`` whose ``dep_`` is ``dep``."""
    doc, label = sent.doc, dep_id(dep)
    deps = words_of(doc).dep
    return [doc[i] for i in range(sent.start, sent.end) if deps[i] == label]
