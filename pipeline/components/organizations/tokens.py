"""Stage 2 helper for pipeline_org_ruler: candidate tokens found in the Doc's token table (:mod:`..tokens`), not
token by token."""

from __future__ import annotations

import numpy as np
from spacy.tokens import Doc

from ..tokens import (
    members,
    token_strings,
    token_table,
    with_words,
    word_ids,
    words_of,
)

__all__ = ["acronym_like", "members", "newline_tokens", "positions", "word_ids", "words_of"]

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


