"""Stage 2 helper for pipeline_org_ruler: candidate tokens found in the Doc's token table (:mod:`..tokens`), not
token by token."""

from __future__ import annotations

from typing import NamedTuple

import numpy as np
from spacy.tokens import Doc

from ..tokens import (
    distinct_strings,
    members,
    per_doc,
    per_token,
    token_hashes,
    token_numbers,
    token_spaces,
    token_strings,
    token_table,
    with_words,
    word_ids,
)

__all__ = ["OrgWords", "acronym_like", "members", "newline_tokens", "positions", "word_ids", "words_of"]

_WORDS_KEY = ("pipeline", "organizations", "words")

_ACRONYM_SHAPE_CHARS = frozenset("Xx&+-/.")


def positions(doc: Doc, ids: np.ndarray) -> list[int]:
    """Indices of the tokens written exactly as one of the words whose :func:`word_ids` are ``ids``.

    Example: ``positions(nlp("The Institute (IICA), the Council."), word_ids({",", "("}))`` -> ``[2, 5]``.
    """
    return token_table(doc).having("orth", ids)


def acronym_like(doc: Doc) -> list[int]:
    """Indices of the tokens whose shape allows an acronym: two capitals or more, only letters and ``&+-/.``.

    A superset of the tokens that :func:`pipeline.acronyms.is_acronym` accepts ("CSTO", "CoE", "U.N."),
    found by looking at each distinct shape once. Example: "KazISS experts met NATO staff" -> ``[0, 3]``.
    """
    return with_words(doc, "shape", lambda s: s.count("X") >= 2 and _ACRONYM_SHAPE_CHARS.issuperset(s))


def newline_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens holding a line break (the tokenizer keeps "\\n" in whitespace tokens).

    Example: "Headline\\n\\nFirst line.\\nSecond." -> ``[1, 5]``.
    """
    table = token_table(doc)
    text = token_strings(doc, "orth")
    return [i for i in table.flagged(table.column("is_space") == 1) if "\n" in text[i]]


class OrgWords(NamedTuple):
    """A Doc's token attributes as Python lists, for the patterns that read the words around a candidate.

    ``words_of(doc).text[i] == doc[i].text``; ``lower``, ``pos`` and ``ent_type`` hold ``lower_``, ``pos_``
    and ``ent_type_``; ``ent_iob`` spaCy's code (3 "B", 1 "I", 2 "O"); ``is_alpha`` a 0/1 flag; ``space``
    whether ``whitespace_`` is a space; ``cap`` :func:`.patterns.is_cap` of the token; ``lemma`` the string-store
    hash of ``lemma_`` (few lemmas are read: ``doc.vocab.strings[lemma[i]]``).
    """

    text: list[str]
    lower: list[str]
    pos: list[str]
    ent_type: list[str]
    ent_iob: list[int]
    is_alpha: list[int]
    space: list[bool]
    cap: list[bool]
    lemma: list[int]


def words_of(doc: Doc) -> OrgWords:
    """The :class:`OrgWords` of ``doc``, read from its token table once and kept with the Doc (plain lists)."""
    return per_doc(doc, _WORDS_KEY, _read_words)


def _read_words(doc: Doc) -> OrgWords:
    forms, where = distinct_strings(doc, "orth")
    return OrgWords(text=token_strings(doc, "orth"), lower=token_strings(doc, "lower"), pos=token_strings(doc, "pos"),
                    ent_type=token_strings(doc, "ent_type"), ent_iob=token_numbers(doc, "ent_iob"),
                    is_alpha=token_numbers(doc, "is_alpha"), space=token_spaces(doc),
                    cap=per_token([form[:1].isupper() and (form[0].isalpha() or capitalized(form)) for form in forms],
                                  where),  # (an upper-case first character is nearly always a letter)
                    lemma=token_hashes(doc, "lemma"))


def capitalized(text: str) -> bool:
    """A capitalized word (``Institute``, ``HSE``, ``U.N.``): an upper-case first character and a letter."""
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)
