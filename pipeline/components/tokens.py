"""Stage 2 helper: a Doc's token attributes, read once (one ``Doc.to_array``) and shared by our components.

Every rule component looks for a few words among all the tokens of a Doc ("the tokens whose lower-case
form is a title head", "the proper nouns of six letters or more"). Reading ``tok.lower_`` token by token
makes a Python object and decodes a string per token, in every component. :func:`token_table` reads the
attributes of all tokens into one array the first time a component asks, keeps it in ``doc.user_data``
(checked against the Doc's length, like :mod:`pipeline.sentences`), and the components pick their
candidates with array operations; Python code then looks only at those.

    table = token_table(doc)
    heads = table.having("lower", word_ids({"policy", "strategy"}))   # indices, in text order

The base model has set every attribute read here before our components run, and none of ours changes
a token's attributes, so one table serves them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import cast

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    IDX,
    IS_ALPHA,
    IS_SPACE,
    IS_UPPER,
    LEMMA,
    LENGTH,
    LOWER,
    ORTH,
    POS,
    SHAPE,
)
from spacy.strings import get_string_id
from spacy.tokens import Doc

_KEY = ("pipeline", "tokens")
# the columns of the table, in order (the names TokenTable.column takes)
_COLUMNS = ("orth", "lower", "lemma", "shape", "pos", "ent_iob", "ent_type", "is_alpha", "is_upper", "is_space",
            "length", "dep", "idx")
_ATTRS = [ORTH, LOWER, LEMMA, SHAPE, POS, ENT_IOB, ENT_TYPE, IS_ALPHA, IS_UPPER, IS_SPACE, LENGTH, DEP, IDX]
_INDEX = {name: k for k, name in enumerate(_COLUMNS)}


def word_ids(words: Iterable[str]) -> np.ndarray:
    """The sorted string-store hashes of ``words``: what :meth:`TokenTable.having` looks for."""
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


@dataclass(frozen=True, slots=True)
class TokenTable:
    """The attributes of every token of a Doc, one row per token (columns: ``_COLUMNS``).

    ``ent_iob`` is spaCy's code (1 inside an entity, 2 outside, 3 at its beginning, 0 unset); ``pos`` the
    id of the part of speech (``spacy.symbols.PROPN`` ...); ``length`` and ``idx`` (the token's character
    offset) are numbers; the others are string hashes (``dep`` too) or 0/1 flags.
    """

    array: np.ndarray

    def __len__(self) -> int:
        return len(self.array)

    def column(self, name: str) -> np.ndarray:
        """One column (a view: do not change it)."""
        return self.array[:, _INDEX[name]]

    def having(self, name: str, ids: np.ndarray) -> list[int]:
        """Indices of the tokens whose ``name`` column is one of the sorted hashes ``ids`` (:func:`word_ids`)."""
        return members(self.column(name), ids).tolist()

    def flagged(self, mask: np.ndarray) -> list[int]:
        """Indices where the boolean ``mask`` (built from columns) holds."""
        return np.flatnonzero(mask).tolist()


def token_table(doc: Doc) -> TokenTable:
    """The :class:`TokenTable` of ``doc``, read on the first call and kept with the Doc."""
    store = cast(dict[object, object], doc.user_data)  # spaCy types it dict[str, Any]; sentences.py keys by tuple too
    cached = store.get(_KEY)
    if isinstance(cached, tuple) and cached[0] == len(doc):
        return TokenTable(cached[1])
    array = doc.to_array(_ATTRS) if len(doc) else np.zeros((0, len(_ATTRS)), dtype=np.uint64)
    store[_KEY] = (len(doc), array)  # a plain array, so the Doc still serializes
    return TokenTable(array)


def with_words(doc: Doc, column: str, keep: Callable[[str], bool]) -> list[int]:
    """Indices of the tokens whose ``column`` (orth, lower or shape) string passes ``keep``, in text order;
    ``keep`` sees each distinct string of the Doc once.

    Example: ``with_words(nlp("U.S.-China talks"), "shape", lambda s: "-" in s)`` -> ``[0]``.
    """
    values = token_table(doc).column(column)
    strings = doc.vocab.strings
    kept = [h for h in np.unique(values).tolist() if keep(strings[h])]  # np.unique: sorted, as members needs
    return members(values, np.array(kept, dtype=np.uint64)).tolist()
