"""Stage 2 helper for pipeline_org_ruler: candidate tokens found in C (``Doc.to_array``), not token by token."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from spacy.attrs import IS_SPACE, ORTH, SHAPE
from spacy.strings import get_string_id
from spacy.tokens import Doc

_ACRONYM_SHAPE_CHARS = frozenset("Xx&+-/.")


def word_ids(words: Iterable[str]) -> np.ndarray:
    """The sorted string-store hashes of ``words`` (what :func:`positions` looks for)."""
    ids = np.unique(np.fromiter((get_string_id(w) for w in words), dtype=np.uint64))
    ids.flags.writeable = False
    return ids


def members(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Indices of ``values`` that are in the sorted array ``ids`` (``np.isin``, ten times faster here)."""
    if not len(ids) or not len(values):
        return np.empty(0, dtype=np.intp)
    k = np.searchsorted(ids, values)
    k[k == len(ids)] = 0
    return np.flatnonzero(ids[k] == values)


def positions(doc: Doc, ids: np.ndarray) -> list[int]:
    """Indices of the tokens written exactly as one of the words whose :func:`word_ids` are ``ids``.

    Example: ``positions(nlp("The Institute (IICA), the Council."), word_ids({",", "("}))`` -> ``[2, 5]``.
    """
    return members(doc.to_array(ORTH), ids).tolist() if len(doc) else []


def acronym_like(doc: Doc) -> list[int]:
    """Indices of the tokens whose shape allows an acronym: two capitals or more, only letters and ``&+-/.``.

    A superset of the tokens that :func:`pipeline.acronyms.is_acronym` accepts ("CSTO", "CoE", "U.N."),
    found by looking at each distinct shape once. Example: "KazISS experts met NATO staff" -> ``[0, 3]``.
    """
    if not len(doc):
        return []
    shapes = doc.to_array(SHAPE)
    strings = doc.vocab.strings
    ok = [h for h in np.unique(shapes).tolist()
          if (s := strings[h]).count("X") >= 2 and _ACRONYM_SHAPE_CHARS.issuperset(s)]
    return members(shapes, np.array(ok, dtype=np.uint64)).tolist()


def newline_tokens(doc: Doc) -> list[int]:
    """Indices of the tokens holding a line break (the tokenizer keeps "\\n" in whitespace tokens).

    Example: "Headline\\n\\nFirst line.\\nSecond." -> ``[1, 5]``.
    """
    if not len(doc):
        return []
    return [i for i in np.flatnonzero(doc.to_array(IS_SPACE)).tolist() if "\n" in doc[i].text]
