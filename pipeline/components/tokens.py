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

The array calls here are the methods (``mask.nonzero()[0]``, ``values.searchsorted(ids)``, ``column.argsort()``), not
numpy's functions (``np.flatnonzero`` ...): on a Doc's few hundred tokens a function's dispatch and ``ravel`` cost more
than the work (``np.flatnonzero`` ~6 us, ``.nonzero()[0]`` ~1 us), and the rulers call these tens of thousands of
times per hundred documents.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple, cast

import numpy as np
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IDX,
    IS_ALPHA,
    IS_LOWER,
    IS_PUNCT,
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
    TAG,
)
from spacy.strings import get_string_id
from spacy.symbols import IDS
from spacy.tokens import Doc, Span

from ..docmemo import per_doc
from ..doctext import doc_text

_KEY = ("pipeline", "tokens")
_OFFSETS_KEY = (*_KEY, "offsets")
# the columns of the table, in order (the names TokenTable.column takes)
_COLUMNS = ("orth", "lower", "lemma", "shape", "pos", "ent_iob", "ent_type", "is_alpha", "is_upper", "is_space",
            "length", "dep", "idx", "is_lower", "is_stop", "sent_start", "is_punct", "tag", "head")
_ATTRS = [ORTH, LOWER, LEMMA, SHAPE, POS, ENT_IOB, ENT_TYPE, IS_ALPHA, IS_UPPER, IS_SPACE, LENGTH, DEP, IDX, IS_LOWER,
          IS_STOP, SENT_START, IS_PUNCT, TAG, HEAD]
# the columns token_strings reads as strings (the others hold numbers or flags)
_STRING_COLUMNS = frozenset({"orth", "lower", "lemma", "shape", "pos", "ent_type", "dep", "tag"})
_INDEX = {name: k for k, name in enumerate(_COLUMNS)}
_LIST_KEYS = {name: (*_KEY, name) for name in _COLUMNS}  # where token_strings / token_numbers keep a column's list


def _symbol_names() -> np.ndarray:
    """spaCy's symbols by id ("", "IS_ALPHA", ..., "PROPN", ..., "ORG", ...): the string store gives each symbol
    id its name, so a column holding only symbols (parts of speech, labels) is read without look-ups."""
    names = {i: name for name, i in IDS.items()}
    count = next(i for i in range(len(names) + 1) if i not in names)  # ids 0 ... count - 1 all have a name
    table = np.array([names[i] for i in range(count)], dtype=object)
    table.flags.writeable = False
    return table


_SYMBOLS = _symbol_names()
IOB_INSIDE, IOB_BEGIN = 1, 3  # spaCy's ENT_IOB codes of "I" and "B"
_FEW_IDS = 24  # word lists up to this long are looked up id by id in TokenTable.indices (longer ones by arrays)


def word_ids(words: Iterable[str]) -> np.ndarray:
    """The sorted string-store hashes of ``words``: what :meth:`TokenTable.having` looks for."""
    # (sorted in Python: np.unique's checks cost more than the sort of a word list)
    ids = np.array(sorted({get_string_id(w) for w in words}), dtype=np.uint64)
    ids.flags.writeable = False
    return ids


def members(values: np.ndarray, ids: np.ndarray) -> np.ndarray:
    """Indices of ``values`` that are in the sorted array ``ids`` (``np.isin``, ten times faster here)."""
    if not len(ids) or not len(values):
        return np.empty(0, dtype=np.intp)
    k = ids.searchsorted(values)
    k[k == len(ids)] = 0
    return (ids[k] == values).nonzero()[0]


@dataclass(slots=True)  # (not frozen: a frozen dataclass's __init__ costs ~1 us more, and one is made per call)
class TokenTable:
    """The attributes of every token of a Doc, one row per token (columns: ``_COLUMNS``).

    ``ent_iob`` is spaCy's code (1 inside an entity, 2 outside, 3 at its beginning, 0 unset); ``pos`` the
    id of the part of speech (``spacy.symbols.PROPN`` ...); ``length`` and ``idx`` (the token's character
    offset) are numbers; ``sent_start`` is 1 where ``Token.is_sent_start`` is True; ``head`` is the offset of the
    token's head from the token (0 for a root; negative offsets wrapped, as ``Doc.to_array`` gives them: read
    the column ``.astype(np.int64)``); the others are string hashes (``dep`` and ``tag`` too) or 0/1 flags.
    """

    array: np.ndarray
    distinct: dict[str, tuple[np.ndarray, np.ndarray]] = field(default_factory=dict)  # kept with the Doc's table
    listed: dict[str, list[int]] = field(default_factory=dict)  # a column's distinct values as a list, kept too

    def __len__(self) -> int:
        return len(self.array)

    def column(self, name: str) -> np.ndarray:
        """One column (a view: do not change it)."""
        return self.array[:, _INDEX[name]]

    def unique(self, name: str) -> tuple[np.ndarray, np.ndarray]:
        """The distinct values of a column, sorted, and for every token the position of its value among them
        (``np.unique(..., return_inverse=True)``), computed once per Doc and column."""
        found = self.distinct.get(name)
        if found is None:
            found = self.distinct[name] = unique_inverse(self.column(name))
        return found

    def indices(self, name: str, ids: np.ndarray) -> np.ndarray:
        """:meth:`having` as an array: ``members(self.column(name), ids)``, found among the column's distinct values
        (:meth:`unique`: a Doc has fewer distinct words than tokens, and most word lists have none of them)."""
        values, where = self.unique(name)
        if not len(ids) or not len(values):
            return np.empty(0, dtype=np.intp)
        hit: list[int] | np.ndarray
        if len(ids) <= _FEW_IDS:  # a short list: each id looked up in Python (a numpy call costs more than a few)
            listed = self.listed.get(name)
            if listed is None:
                listed = self.listed[name] = values.tolist()
            size = len(listed)
            hit = [at for h in ids.tolist() if (at := bisect_left(listed, h)) < size and listed[at] == h]
        elif len(ids) < len(values):  # look the few ids up among the Doc's values
            k = values.searchsorted(ids)
            k[k == len(values)] = 0
            hit = k[values[k] == ids]
        else:
            hit = members(values, ids)
        if not len(hit):
            return np.empty(0, dtype=np.intp)
        if len(hit) == 1:  # one word of the list in the Doc (often): its tokens
            return (where == hit[0]).nonzero()[0]
        mask = np.zeros(len(values), dtype=bool)
        mask[hit] = True
        return mask[where].nonzero()[0]

    def having(self, name: str, ids: np.ndarray) -> list[int]:
        """Indices of the tokens whose ``name`` column is one of the sorted hashes ``ids`` (:func:`word_ids`)."""
        return cast("list[int]", self.indices(name, ids).tolist())

    def flagged(self, mask: np.ndarray) -> list[int]:
        """Indices where the boolean ``mask`` (built from columns) holds."""
        return np.asarray(mask).nonzero()[0].tolist()


def unique_inverse(column: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``np.unique(column, return_inverse=True)``: the sorted distinct values and each value's position among them,
    by the same sort, without ``np.unique``'s checks and reshaping (which cost more than the sort on a Doc's column)."""
    order = column.argsort()
    ordered = column[order]
    new = np.ones(len(ordered), dtype=bool)
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    where = np.empty(len(column), dtype=np.intp)
    where[order] = new.cumsum() - 1
    return ordered[new], where


def token_table(doc: Doc) -> TokenTable:
    """The :class:`TokenTable` of ``doc``, read on the first call and kept with the Doc."""
    # (spaCy types user_data dict[str, Any]; we key by tuples, as docmemo.per_doc does: no cast() call on this hot path)
    store: dict[object, object] = doc.user_data  # type: ignore[assignment]
    cached = store.get(_KEY)
    if type(cached) is tuple and len(cached) == 4 and cached[0] == len(doc):
        return TokenTable(cached[1], cached[2], cached[3])
    array = doc.to_array(_ATTRS) if len(doc) else np.zeros((0, len(_ATTRS)), dtype=np.uint64)
    table = TokenTable(array)
    store[_KEY] = (len(doc), array, table.distinct, table.listed)  # plain arrays and lists: the Doc still serializes
    return table


def children_of(doc: Doc, i: int) -> list[int]:
    """The children of token ``i``, in text order (``[c.i for c in doc[i].children]``), read from the token table's
    head column: every token's children found once per Doc (a few array operations) and kept with it, so that rules
    that test a few children's labels read lists instead of making a Token per child."""
    children, bounds = per_doc(doc, _CHILDREN_KEY, _read_children)
    return children[bounds[i]:bounds[i + 1]]


_CHILDREN_KEY = (*_KEY, "children")


def _read_children(doc: Doc) -> tuple[list[int], list[int]]:
    """Every token's children, grouped by head in text order, and where each token's group starts (plain lists)."""
    n = len(doc)
    tokens = np.arange(n, dtype=np.int64)
    heads = tokens + token_table(doc).column("head").astype(np.int64)
    children = (heads != tokens).nonzero()[0]
    order = heads[children].argsort(kind="stable")  # by head; each head's children stay in text order
    counts = np.bincount(heads[children], minlength=n)
    bounds = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(counts, out=bounds[1:])
    return children[order].tolist(), bounds.tolist()


def flags(size: int, indices: Iterable[int]) -> list[bool]:
    """A list of ``size`` booleans, True at ``indices`` (for rules that test many token ranges against it)."""
    mask = np.zeros(size, dtype=bool)
    mask[np.fromiter(indices, dtype=np.intp)] = True
    return cast("list[bool]", mask.tolist())


def with_words(doc: Doc, column: str, keep: Callable[[str], bool], among: np.ndarray | None = None) -> list[int]:
    """Indices of the tokens whose ``column`` (orth, lower, lemma or shape) string passes ``keep``, in text order;
    ``keep`` sees each distinct string of the Doc once (:func:`distinct_strings`). ``among``: a boolean mask
    (built from columns) of the only tokens to look at ("the nouns"), so that ``keep`` sees only their strings.

    Example: ``with_words(nlp("U.S.-China talks"), "shape", lambda s: "-" in s)`` -> ``[0]``.
    """
    if among is None:
        strings, where = distinct_strings(doc, column)
        return cast("list[int]", np.array([keep(s) for s in strings], dtype=bool)[where].nonzero()[0].tolist())
    among_at = np.asarray(among).nonzero()[0]  # decode these tokens' strings only (few: "the nouns")
    values = token_table(doc).column(column)[among_at]
    lookup = doc.vocab.strings
    kept = sorted(h for h in set(values.tolist()) if keep(lookup[h]))  # sorted, as members needs
    return cast("list[int]", among_at[members(values, np.array(kept, dtype=np.uint64))].tolist())


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
    store: dict[object, object] = doc.user_data  # type: ignore[assignment]
    key = _LIST_KEYS[column]
    cached = store.get(key)
    if type(cached) is tuple and cached[0] == len(doc):
        return cached[1]  # type: ignore[no-any-return]
    values = _read_strings(doc, column) if strings else _read_numbers(doc, column)
    store[key] = (len(doc), values)  # a plain list, so the Doc still serializes
    return values


def _read_strings(doc: Doc, column: str) -> list[str]:
    if column == "lower":  # a token's lower_ is its text.lower() (spaCy's LOWER getter): each form lowered once
        forms, where = distinct_strings(doc, "orth")
        return per_token([form.lower() for form in forms], where)
    hashes = token_table(doc).column(column)
    if not len(hashes) or int(hashes.max()) < len(_SYMBOLS):  # parts of speech, entity and dependency labels
        return cast("list[str]", _SYMBOLS[hashes.astype(np.intp)].tolist())
    return per_token(*distinct_strings(doc, column))


def token_hashes(doc: Doc, column: str) -> list[int]:
    """Every token's string-store hash in a string column, as a list kept with the Doc: for rules that need the
    string of a few tokens only (``doc.vocab.strings[token_hashes(doc, "lemma")[i]] == doc[i].lemma_``)."""
    if column not in _STRING_COLUMNS or column == "lower":
        raise KeyError(column)
    store = cast("dict[object, object]", doc.user_data)
    key = (*_KEY, "hashes", column)
    cached = store.get(key)
    if isinstance(cached, tuple) and cached[0] == len(doc):
        return cast("list[int]", cached[1])
    hashes = cast("list[int]", token_table(doc).column(column).tolist())
    store[key] = (len(doc), hashes)
    return hashes


def distinct_strings(doc: Doc, column: str) -> tuple[list[str], np.ndarray]:
    """Each distinct string of a string column (orth, lemma, shape ...) once, and for every token the position
    of its string in that list: ``strings[where[i]] == token_strings(doc, column)[i]``.

    Read once per Doc (one ``np.unique`` and one look-up per distinct hash) and kept with the Doc, so that
    the rules that judge words (``with_words``, the person ruler's word kinds) and the per-token lists share
    one decoding: ``per_token([keep(s) for s in strings], where)`` judges every token.
    """
    if column not in _STRING_COLUMNS:
        raise KeyError(column)
    store = cast("dict[object, object]", doc.user_data)
    key = (*_KEY, "distinct", column)
    cached = store.get(key)
    if isinstance(cached, tuple) and cached[0] == len(doc):
        return cached[1], cached[2]
    hashes, where = token_table(doc).unique(column)
    decoded = _decoded(doc, hashes.tolist())
    store[key] = (len(doc), decoded, where)
    return decoded, where


# a string-store hash -> its string: the same in every Doc (a hash names one string), kept from one Doc to the next
# (a corpus repeats its words); emptied when it grows past _MAX_DECODED (a long run's many rare words)
_DECODED: dict[int, str] = {}
_MAX_DECODED = 500_000


def _decoded(doc: Doc, hashes: list[int]) -> list[str]:
    """The strings of ``hashes`` (``doc.vocab.strings[h]``), each looked up in the Doc's string store only the first
    time a Doc of the run holds it."""
    if len(_DECODED) > _MAX_DECODED:
        _DECODED.clear()
    decoded = list(map(_DECODED.get, hashes))  # (in C; most strings are known from earlier Docs)
    if None in decoded:
        strings = doc.vocab.strings
        for k in (k for k, s in enumerate(decoded) if s is None):
            decoded[k] = _DECODED[hashes[k]] = strings[hashes[k]]
    return cast("list[str]", decoded)


def per_token(values: list, where: np.ndarray) -> list:
    """``[values[k] for k in where]``, in C: one value per token from one per distinct string."""
    return cast("list", np.array(values, dtype=object)[where].tolist())


def _read_numbers(doc: Doc, column: str) -> list[int]:
    values = token_table(doc).column(column)
    if column == "sent_start":  # spaCy's -1 (not a start) read as an unsigned number
        return cast("list[int]", (values == 1).astype(np.int64).tolist())
    return cast("list[int]", values.tolist())


def token_spaces(doc: Doc) -> list[bool]:
    """Every token's ``whitespace_`` as a flag (a token is followed by one space or by none), read from the
    tokens' offsets and lengths once per Doc and kept with it."""
    store = cast("dict[object, object]", doc.user_data)
    key = (*_KEY, "spaces")
    cached = store.get(key)
    if isinstance(cached, tuple) and cached[0] == len(doc):
        return cast("list[bool]", cached[1])
    if not len(doc):
        return []
    table = token_table(doc)
    ends = table.column("idx").astype(np.int64) + table.column("length").astype(np.int64)
    follows = np.append(table.column("idx")[1:].astype(np.int64), len(doc_text(doc)))  # where the next token starts
    spaces = cast("list[bool]", (follows > ends).tolist())
    store[key] = (len(doc), spaces)
    return spaces


def span_text(doc: Doc, start: int, end: int) -> str:
    """``doc[start:end].text`` without making a Span: a slice of the Doc's text (built once per Doc)."""
    if start >= end:
        return ""
    text, starts, ends = _offsets(doc)
    return text[starts[start]:ends[end - 1]]


def char_offsets(doc: Doc) -> tuple[list[int], list[int]]:
    """Each token's first and last-plus-one character offset (``doc[i].idx``, ``doc[i].idx + len(doc[i])``), read
    once per Doc and kept with it: ``doc[start:end].start_char == starts[start]``, ``.end_char == ends[end - 1]``.
    Do not change the lists."""
    _, starts, ends = _offsets(doc)
    return starts, ends


def expanded_span(doc: Doc, start_char: int, end_char: int) -> Span | None:
    """``doc.char_span(start_char, end_char, alignment_mode="expand")``, the tokens found by bisection over the
    offsets kept with the Doc (:func:`char_offsets`) instead of by spaCy's, which makes four Tokens to test the
    ends (the rules ask per quotation and per claim). The tokens with their trailing whitespace tile the text, so
    the token holding a character is the last one starting at or before it; a range that is empty or runs past the
    text goes to spaCy."""
    text, starts, ends = _offsets(doc)
    if not (starts and starts[0] <= start_char < end_char <= len(text)):
        return doc.char_span(start_char, end_char, alignment_mode="expand")
    first = bisect_right(starts, start_char) - 1
    if start_char == ends[first]:  # in the whitespace after a token: the span starts at the next
        first += 1
    return Span(doc, first, bisect_right(starts, end_char - 1))


def _offsets(doc: Doc) -> tuple[str, list[int], list[int]]:
    """The Doc's text and each token's first and last-plus-one character offset, read once per Doc and kept with it."""
    return per_doc(doc, _OFFSETS_KEY, _read_offsets)


def _read_offsets(doc: Doc) -> tuple[str, list[int], list[int]]:
    table = token_table(doc)
    starts = table.column("idx").astype(np.int64)
    return doc_text(doc), starts.tolist(), (starts + table.column("length").astype(np.int64)).tolist()


def entity_ranges(doc: Doc, label: str) -> list[tuple[int, int]]:
    """Token ranges (start, end) of the Doc's entities labelled ``label``, in text order: those of
    ``doc.ents``, read from the token table without making a Span per entity (an entity begins at a "B"
    token and runs over the "I" tokens after it); read once per Doc and label and kept with the Doc (the rulers
    ask for the PERSON entities several times): do not change the list."""
    return per_doc(doc, (*_KEY, "entities", label), lambda d: _read_entity_ranges(d, label))


def _read_entity_ranges(doc: Doc, label: str) -> list[tuple[int, int]]:
    table = token_table(doc)
    iob = table.column("ent_iob")
    starts = ((iob == IOB_BEGIN) & (table.column("ent_type") == get_string_id(label))).nonzero()[0]
    if not len(starts):
        return []
    stops = np.append((iob != IOB_INSIDE).nonzero()[0], len(iob))  # an entity ends at the first of these
    ends = stops[stops.searchsorted(starts + 1)]
    return list(zip(starts.tolist(), ends.tolist(), strict=True))


class Words(NamedTuple):
    """A Doc's token attributes as Python lists, for rules that read the words around many candidates: one per Doc,
    shared by the organization, person and policy rules (:func:`words_of`).

    Indexing a list costs far less than making a Token and decoding its string for every access:
    ``words_of(doc).lower[i] == doc[i].lower_``. ``text``, ``lower``, ``pos`` and ``ent_type`` hold ``text``,
    ``lower_``, ``pos_`` and ``ent_type_``; ``ent_iob`` spaCy's code (3 "B", 1 "I", 2 "O"); ``is_alpha``,
    ``is_lower``, ``is_stop``, ``is_punct``, ``is_space`` and ``sent_start`` 0/1 flags; ``space`` whether
    ``whitespace_`` is a space; ``cap`` :func:`capitalized` of the word (judged once per distinct word); ``lemma``
    the string-store hash of ``lemma_`` (few lemmas are read: ``doc.vocab.strings[lemma[i]]``); ``dep`` the
    dependency label's id (:func:`dep_id`; compared, not decoded).
    """

    text: list[str]
    lower: list[str]
    pos: list[str]
    ent_type: list[str]
    ent_iob: list[int]
    is_alpha: list[int]
    is_lower: list[int]
    is_stop: list[int]
    is_punct: list[int]
    is_space: list[int]
    sent_start: list[int]
    space: list[bool]
    cap: list[bool]
    lemma: list[int]
    dep: list[int]


_WORDS_KEY = (*_KEY, "words")


def words_of(doc: Doc) -> Words:
    """The :class:`Words` of ``doc``, read once and kept with the Doc (:func:`per_doc`; plain lists, so the Doc
    still serializes); each list is the one :func:`token_strings` ... share with every other reader."""
    # (per_doc's look-up, inline: the rules ask for the Words per candidate)
    cached = doc.user_data.get(_WORDS_KEY)  # type: ignore[call-overload]
    if type(cached) is tuple and len(cached) == 2 and cached[0] == len(doc):
        return cached[1]  # type: ignore[no-any-return]
    return per_doc(doc, _WORDS_KEY, _read_words)


def _read_words(doc: Doc) -> Words:
    forms, where = distinct_strings(doc, "orth")
    # (an upper-case first character is nearly always a letter: the full test only for the others)
    cap = cast("list[bool]", per_token([form[:1].isupper() and (form[0].isalpha() or capitalized(form))
                                        for form in forms], where))
    return Words(text=token_strings(doc, "orth"), lower=token_strings(doc, "lower"), pos=token_strings(doc, "pos"),
                 ent_type=token_strings(doc, "ent_type"), ent_iob=token_numbers(doc, "ent_iob"),
                 is_alpha=token_numbers(doc, "is_alpha"), is_lower=token_numbers(doc, "is_lower"),
                 is_stop=token_numbers(doc, "is_stop"), is_punct=token_numbers(doc, "is_punct"),
                 is_space=token_numbers(doc, "is_space"), sent_start=token_numbers(doc, "sent_start"),
                 space=token_spaces(doc), cap=cap, lemma=token_hashes(doc, "lemma"), dep=token_hashes(doc, "dep"))


def dep_id(label: str) -> int:
    """The id a dependency label has in :attr:`Words.dep` (spaCy's symbol id, or the string's hash)."""
    return int(get_string_id(label))


def capitalized(text: str) -> bool:
    """A capitalized word (``Institute``, ``HSE``, ``U.N.``): an upper-case first character and a letter."""
    return bool(text) and text[0].isupper() and any(c.isalpha() for c in text)
