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
    IS_LOWER,
    IS_SPACE,
    IS_STOP,
    IS_UPPER,
    LEMMA,
    LENGTH,
    LOWER,
    ORTH,
    POS,
    SENT_START,
    SHAPE,
)
from spacy.strings import get_string_id
from spacy.tokens import Doc

_KEY = ("pipeline", "tokens")
# the columns of the table, in order (the names TokenTable.column takes)
_COLUMNS = ("orth", "lower", "lemma", "shape", "pos", "ent_iob", "ent_type", "is_alpha", "is_upper", "is_space",
            "length", "dep", "idx", "is_lower", "is_stop", "sent_start")
_ATTRS = [ORTH, LOWER, LEMMA, SHAPE, POS, ENT_IOB, ENT_TYPE, IS_ALPHA, IS_UPPER, IS_SPACE, LENGTH, DEP, IDX, IS_LOWER,
          IS_STOP, SENT_START]
# the columns token_strings reads as strings (the others hold numbers or flags)
_STRING_COLUMNS = frozenset({"orth", "lower", "lemma", "shape", "pos", "ent_type", "dep"})
_INDEX = {name: k for k, name in enumerate(_COLUMNS)}
_IOB_INSIDE, _IOB_BEGIN = 1, 3  # spaCy's ENT_IOB codes of "I" and "B"


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
    offset) are numbers; ``sent_start`` is 1 where ``Token.is_sent_start`` is True; the others are string
    hashes (``dep`` too) or 0/1 flags.
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
    store = cast("dict[object, object]", doc.user_data)  # spaCy types it dict[str, Any]; sentences.py keys by tuple too
    cached = store.get(_KEY)
    if isinstance(cached, tuple) and cached[0] == len(doc):
        return TokenTable(cached[1])
    array = doc.to_array(_ATTRS) if len(doc) else np.zeros((0, len(_ATTRS)), dtype=np.uint64)
    store[_KEY] = (len(doc), array)  # a plain array, so the Doc still serializes
    return TokenTable(array)


def with_words(doc: Doc, column: str, keep: Callable[[str], bool], among: np.ndarray | None = None) -> list[int]:
    """Indices of the tokens whose ``column`` (orth, lower, lemma or shape) string passes ``keep``, in text order;
    ``keep`` sees each distinct string of the Doc once. ``among``: a boolean mask (built from columns) of the
    only tokens to look at ("the nouns"), so that ``keep`` sees only their strings.

    Example: ``with_words(nlp("U.S.-China talks"), "shape", lambda s: "-" in s)`` -> ``[0]``.
    """
    values = token_table(doc).column(column)
    where = None if among is None else np.flatnonzero(among)
    if where is not None:
        values = values[where]
    strings = doc.vocab.strings
    kept = [h for h in np.unique(values).tolist() if keep(strings[h])]  # np.unique: sorted, as members needs
    found = members(values, np.array(kept, dtype=np.uint64))
    return (found if where is None else where[found]).tolist()


def token_strings(doc: Doc, column: str) -> list[str]:
    """Every token's string in ``column`` (orth, lower, lemma, shape, pos, ent_type or dep), in text order.

    Read once per Doc from the token table (each distinct hash looked up once) and kept with the Doc, so
    that rules reading the words around many candidates index a list instead of making a Token and
    decoding its string per access: ``token_strings(doc, "lower")[i] == doc[i].lower_``.
    """
    if column not in _STRING_COLUMNS:
        raise KeyError(column)
    return _column_list(doc, column, strings=True)


def token_numbers(doc: Doc, column: str) -> list[int]:
    """Every token's value in a numeric or flag column (ent_iob, is_alpha, is_lower, sent_start, idx ...),
    as a list kept with the Doc (see :func:`token_strings`)."""
    if column in _STRING_COLUMNS:
        raise KeyError(column)
    return _column_list(doc, column, strings=False)


def _column_list(doc: Doc, column: str, *, strings: bool) -> list:
    store = cast("dict[object, object]", doc.user_data)
    key = (*_KEY, column)
    cached = store.get(key)
    if isinstance(cached, tuple) and cached[0] == len(doc):
        return cached[1]
    values = _read_strings(doc, column) if strings else _read_numbers(doc, column)
    store[key] = (len(doc), values)  # a plain list, so the Doc still serializes
    return values


def _read_strings(doc: Doc, column: str) -> list[str]:
    if column == "lower":  # a token's lower_ is its text.lower() (spaCy's LOWER getter): no look-ups
        return [text.lower() for text in token_strings(doc, "orth")]
    hashes = token_table(doc).column(column).tolist()
    strings = doc.vocab.strings
    known = {h: strings[h] for h in set(hashes)}  # each distinct hash looked up once
    return [known[h] for h in hashes]


def _read_numbers(doc: Doc, column: str) -> list[int]:
    values = token_table(doc).column(column).tolist()
    if column == "sent_start":  # spaCy's -1 (not a start) read as an unsigned number
        return [1 if v == 1 else 0 for v in values]
    return values


def entity_ranges(doc: Doc, label: str) -> list[tuple[int, int]]:
    """Token ranges (start, end) of the Doc's entities labelled ``label``, in text order: those of
    ``doc.ents``, read from the token table without making a Span per entity (an entity begins at a "B"
    token and runs over the "I" tokens after it)."""
    table = token_table(doc)
    iob = table.column("ent_iob")
    starts = np.flatnonzero((iob == _IOB_BEGIN) & (table.column("ent_type") == get_string_id(label)))
    if not len(starts):
        return []
    stops = np.append(np.flatnonzero(iob != _IOB_INSIDE), len(iob))  # an entity ends at the first of these
    ends = stops[np.searchsorted(stops, starts + 1)]
    return list(zip(starts.tolist(), ends.tolist(), strict=True))
