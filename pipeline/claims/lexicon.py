"""Stage 3 data: the claims word lists (pipeline/data/claims/) and matching phrases against tokens."""

from __future__ import annotations

import hashlib
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, fields
from functools import cache
from pathlib import Path
from typing import cast

import numpy as np
from spacy.attrs import LIKE_NUM
from spacy.strings import get_string_id
from spacy.symbols import AUX, VERB
from spacy.tokens import Doc, Span

from ..components.tokens import (
    members,
    per_doc,
    per_token,
    span_text,
    token_strings,
    token_table,
    unique_inverse,
    word_ids,
)
from ..lastdoc import LastDoc
from ..wordlists import load_fields

DATA = Path(__file__).resolve().parent.parent / "data" / "claims"


@dataclass(frozen=True, slots=True)
class ClaimLexicon:
    """The word lists of pipeline/data/claims/ (README.md there says what each decides)."""

    deontic: frozenset[str]
    calls: frozenset[str]
    future: frozenset[str]
    intention: frozenset[str]
    commissives: frozenset[str]
    epistemic_modals: frozenset[str]
    relative_modals: frozenset[str]
    limiting_words: frozenset[str]
    view_words: frozenset[str]
    epistemic_can: frozenset[str]
    evaluative: frozenset[str]
    stance: frozenset[str]
    wish_words: frozenset[str]
    hedges: frozenset[str]
    event_nouns: frozenset[str]
    event_verbs: frozenset[str]
    theme_nouns: frozenset[str]
    byline_nouns: frozenset[str]
    editorial_verbs: frozenset[str]
    topic_cues: frozenset[str]
    evaluating_cues: frozenset[str]
    directive_cues: frozenset[str]
    document_nouns: frozenset[str]
    source_nouns: frozenset[str]
    question_words: frozenset[str]
    copulas: frozenset[str]
    classifying_endings: frozenset[str]
    state_adjectives: frozenset[str]
    degree_words: frozenset[str]
    salience: frozenset[str]
    evidence_verbs: frozenset[str]
    goal_nouns: frozenset[str]
    reporting_verbs: frozenset[str]
    speech_cues: frozenset[str]
    role_nouns: frozenset[str]
    ordinals: frozenset[str]
    necessity_verbs: frozenset[str]
    aside_nouns: frozenset[str]
    generic_subjects: frozenset[str]
    desires: frozenset[str]
    topic_shifts: frozenset[str]
    speaker_nouns: frozenset[str]
    list_words: frozenset[str]
    interview_nouns: frozenset[str]


def load_lexicon(path: Path | str = DATA) -> ClaimLexicon:
    """The lexicon stored under ``path``."""
    return ClaimLexicon(**load_fields(ClaimLexicon, path, lower=True))


@cache
def default_lexicon() -> ClaimLexicon:
    """The shipped lexicon, read once (it is immutable)."""
    return load_lexicon(DATA)


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase found in a claim: its entry and the tokens it covers."""

    entry: str
    start: int  # token index in the Doc
    end: int
    text: str  # as written


def _needs_verb(words: tuple[str, ...]) -> bool:
    return len(words) > 1 and words[-1] == "to"


# One entry of a word list: its words, the entry as written in the list, and whether it needs a verb after it
_Entry = tuple[tuple[str, ...], str, bool]


@cache
def _index(entries: frozenset[str]) -> dict[str, list[_Entry]]:
    """Entries by their first word, longest first."""
    index: dict[str, list[_Entry]] = {}
    for words in sorted((tuple(e.split()) for e in entries), key=len, reverse=True):
        index.setdefault(words[0], []).append((words, " ".join(words), _needs_verb(words)))
    return index


_WORDS_KEY = ("pipeline", "claims", "words")
_FOUND_KEY = ("pipeline", "claims", "found")


def words_of(doc: Doc) -> tuple[list[str], list[str], list[bool]]:
    """Each token's lower-cased text and lemma and whether it is a verb, computed once per Doc (kept in
    ``doc.user_data`` as plain lists, so the Doc still serializes)."""
    return per_doc(doc, _WORDS_KEY, _read_words)


def _read_words(doc: Doc) -> tuple[list[str], list[str], list[bool]]:
    """:func:`words_of` read from the Doc's token table (:mod:`..components.tokens`, shared with the rulers:
    the lower-case forms are usually read already). A token whose lemma is its lower-case form ("the", "policy")
    takes that string; the other lemmas ("said" -> "say", "Astana") are decoded and lower-cased once each
    (:func:`_other_lemmas`)."""
    lowers = token_strings(doc, "lower")
    other, forms, _ = _other_lemmas(doc)
    lemmas = list(lowers)
    for i, lemma in zip(other.tolist(), forms, strict=True):
        lemmas[i] = lemma
    pos = token_table(doc).column("pos")
    return lowers, lemmas, cast("list[bool]", ((pos == VERB) | (pos == AUX)).tolist())


_LEMMAS_KEY = ("pipeline", "claims", "lemmas")


def _other_lemmas(doc: Doc) -> tuple[np.ndarray, list[str], np.ndarray]:
    """The tokens whose lemma is not their lower-case form, their lower-cased lemmas and the hashes of those (each
    distinct lemma decoded once); read once per Doc and kept with it."""
    return per_doc(doc, _LEMMAS_KEY, _read_other_lemmas)


def _read_other_lemmas(doc: Doc) -> tuple[np.ndarray, list[str], np.ndarray]:
    table = token_table(doc)
    lemma_ids = table.column("lemma")
    other = (lemma_ids != table.column("lower")).nonzero()[0]
    if not len(other):
        return other, [], np.empty(0, dtype=np.uint64)
    hashes, where = unique_inverse(lemma_ids[other])  # (np.unique's, without its checks)
    lowered = [_LOWERED.get(h) or _lowered(doc, h) for h in hashes.tolist()]
    ids = np.fromiter((i for _, i in lowered), dtype=np.uint64, count=len(lowered))
    where = where.reshape(-1)
    return other, cast("list[str]", per_token([form for form, _ in lowered], where)), ids[where]


# a lemma's string-store hash -> its text lower-cased and that text's hash: the same in every Doc (a hash names one
# string), kept from one Doc to the next; emptied when it grows past _MAX_LOWERED (a long run's many rare lemmas)
_LOWERED: dict[int, tuple[str, int]] = {}
_MAX_LOWERED = 200_000


def _lowered(doc: Doc, lemma: int) -> tuple[str, int]:
    if len(_LOWERED) >= _MAX_LOWERED:
        _LOWERED.clear()
    form = doc.vocab.strings[lemma].lower()
    found = _LOWERED[lemma] = (form, get_string_id(form))
    return found


_NUMBERS_KEY = ("pipeline", "claims", "like_num")


def like_numbers(doc: Doc) -> list[int]:
    """Each token's ``like_num`` as a 0/1 flag, read once per Doc (one ``Doc.to_array``) and kept with it."""
    return per_doc(doc, _NUMBERS_KEY, _read_like_numbers)


def _read_like_numbers(doc: Doc) -> list[int]:
    return cast("list[int]", doc.to_array([LIKE_NUM]).reshape(-1).tolist()) if len(doc) else []


@cache
def _entries_key(entries: frozenset[str], infinitive: bool) -> str:
    """A short name of ``entries`` (and the ``infinitive`` rule) for a Doc's cache of :func:`_found` (a string,
    so the Doc still serializes)."""
    return hashlib.sha1("\n".join(sorted(entries)).encode()).hexdigest() + ("+to" if infinitive else "")


# One possible match at a token: (entry, end token, text as written, whether it needs a verb right after it)
_Option = tuple[str, int, str, bool]


_Found = tuple[list[int], list[list[_Option]]]
# what _found gave for the Doc asked about last, by (entries, infinitive)
_RECENT = LastDoc()


def _found(doc: Doc, entries: frozenset[str], infinitive: bool) -> _Found:
    """The tokens where an entry matches in the whole Doc, in text order, each with the entries that match
    there, longest first; found once per Doc and word list (from the tokens of each first word) and kept
    in ``doc.user_data`` as plain values. :func:`find_phrases` keeps, in a span, the first option that ends
    inside it. The lists of the Doc asked about last are also kept here by the word list itself: a claim asks
    for a dozen lists, so most calls end at one dict look-up."""
    memo = _RECENT.answers(doc)
    found = memo.get((entries, infinitive))
    if found is None:
        found = memo[(entries, infinitive)] = _stored(doc, entries, infinitive)
    return found


def _stored(doc: Doc, entries: frozenset[str], infinitive: bool) -> _Found:
    """:func:`_found` from (or into) ``doc.user_data``."""
    store = cast("dict[object, object]", doc.user_data)  # spaCy types it dict[str, Any]; sentences.py keys by tuple too
    cached = store.get(_FOUND_KEY)
    if not isinstance(cached, tuple) or cached[0] != len(doc):
        cached = store[_FOUND_KEY] = (len(doc), {}, {})
    _, positions_by, by_entries = cached
    key = _entries_key(entries, infinitive)
    found = by_entries.get(key)
    if found is None:
        words, ids = _shipped_words() if _shipped(entries) else _first_words(entries)
        words_key = "shipped" if words is _shipped_words()[0] else key
        positions = positions_by.get(words_key)
        if positions is None:
            positions = positions_by[words_key] = _positions(doc, words, ids)
        found = by_entries[key] = _find_in_doc(doc, entries, infinitive, positions)
    return found


@cache
def _first_words(entries: frozenset[str]) -> tuple[frozenset[str], np.ndarray]:
    """The first words of ``entries`` and their sorted hashes (:func:`..components.tokens.word_ids`)."""
    words = frozenset(_index(entries))
    return words, word_ids(words)


@cache
def _shipped_words() -> tuple[frozenset[str], np.ndarray]:
    """The first words of every list of the shipped lexicon: the tokens of these words are found once per Doc
    for all its lists (:func:`_positions`)."""
    lexicon = default_lexicon()
    words = frozenset(w for field in fields(ClaimLexicon) for w in _index(getattr(lexicon, field.name)))
    return words, word_ids(words)


@cache
def _shipped(entries: frozenset[str]) -> bool:
    """Whether every first word of ``entries`` is one of :func:`_shipped_words`."""
    return _first_words(entries)[0] <= _shipped_words()[0]


def _find_in_doc(doc: Doc, entries: frozenset[str], infinitive: bool,
                 positions: dict[str, list[int]]) -> tuple[list[int], list[list[_Option]]]:
    doc_words = words_of(doc)
    lowers, lemmas, _ = doc_words
    index = _index(entries)
    first_words = positions.keys() & index.keys()  # the entries' first words that occur in the Doc
    if not first_words:
        return [], []
    orths = token_strings(doc, "orth")
    n = len(doc)
    starts: list[int] = []
    options: list[list[_Option]] = []
    known = _known(entries)  # by (form, lemma), kept for the next Docs
    followers = _followers(entries)
    tried = []  # the tokens of each first word where an entry may start
    for word in first_words:
        after = followers.get(word)
        tried.append(positions[word] if after is None else
                     [i for i in positions[word] if i + 1 < n and (lowers[i + 1] in after or lemmas[i + 1] in after)])
    for i in sorted(set().union(*tried)):
        candidates, single = known.get((lowers[i], lemmas[i])) or _candidates(index, lowers[i], lemmas[i], known)
        if single is not None:  # entries of one word only: each matches here
            here = [(entry, i + 1, orths[i], False) for entry in single]
        else:
            here = [(entry, i + 1, orths[i], False) if len(words) == 1 else
                    (entry, i + len(words), span_text(doc, i, i + len(words)), infinitive and needs_verb)
                    for words, entry, needs_verb in candidates
                    if len(words) == 1 or _matches_at(words, i, n, doc_words, infinitive)]
        if here:
            starts.append(i)
            options.append(here)
    return starts, options


@cache
def _followers(entries: frozenset[str]) -> dict[str, frozenset[str]]:
    """For each first word of ``entries`` that is no entry by itself, the words that may come second: a token of
    that word followed by none of them (most tokens of "the", "of", "in") starts no entry, and is not looked at."""
    return {first: frozenset(words[1] for words, _, _ in options) for first, options in _index(entries).items()
            if all(len(words) > 1 for words, _, _ in options)}


_Known = dict[tuple[str, str], tuple[list[_Entry] | tuple[()], list[str] | None]]


@cache
def _known(entries: frozenset[str]) -> _Known:
    """The :func:`_candidates` of ``entries`` found so far, by (form, lemma): the same in every Doc (the entries are
    immutable), so kept from one Doc to the next (at most one item per form and lemma of an entry's first word)."""
    return {}


def _candidates(index: dict[str, list[_Entry]], lower: str, lemma: str, known: _Known
                ) -> tuple[list[_Entry] | tuple[()], list[str] | None]:
    """The entries that may start at a token of form ``lower`` and lemma ``lemma``, longest first, and (when all
    are single words) their texts; kept in ``known`` for the other tokens of that form and lemma."""
    by_text, by_lemma = index.get(lower), index.get(lemma) if lemma != lower else None
    candidates = (sorted([*by_text, *by_lemma], key=lambda c: len(c[0]), reverse=True) if by_text and by_lemma
                  else by_text or by_lemma or ())  # each index list is sorted already, longest first
    single = [entry for _, entry, _ in candidates] if all(len(words) == 1 for words, _, _ in candidates) else None
    known[(lower, lemma)] = (candidates, single)
    return candidates, single


def _positions(doc: Doc, words: frozenset[str], ids: np.ndarray) -> dict[str, list[int]]:
    """The indices of the tokens of each of ``words`` (``ids``: their sorted hashes), by lower-case form and by
    lemma: the tokens are picked by array look-ups (:func:`..components.tokens.members`), so that Python code
    sees only theirs, not every token of the Doc."""
    lowers, lemmas, _ = words_of(doc)
    positions: defaultdict[str, list[int]] = defaultdict(list)  # no new list per token, as setdefault makes
    for i in token_table(doc).having("lower", ids):
        positions[lowers[i]].append(i)
    other, lemma_ids = _lemma_ids(doc)
    for i in other[members(lemma_ids, ids)].tolist():
        if lemmas[i] != lowers[i]:
            positions[lemmas[i]].append(i)
    return dict(positions)


def _lemma_ids(doc: Doc) -> tuple[np.ndarray, np.ndarray]:
    """The tokens whose lemma is not their lower-case form, and the hashes of their lower-cased lemmas."""
    other, _, ids = _other_lemmas(doc)
    return other, ids


def _matches_at(words: tuple[str, ...], i: int, end: int, doc_words: tuple[list[str], list[str], list[bool]],
                infinitive: bool) -> bool:
    """Whether ``words`` (whose first word is token ``i``'s form or lemma) match from token ``i`` on, ending
    by ``end``."""
    lowers, lemmas, verbs = doc_words
    stop = i + len(words)
    if stop > end:
        return False
    for k in range(1, len(words)):
        if words[k] != lowers[i + k] and words[k] != lemmas[i + k]:
            return False
    return not (infinitive and _needs_verb(words)) or (stop < end and verbs[stop])


def find_phrases(tokens: Span, entries: frozenset[str], *, infinitive: bool = True) -> Iterator[Match]:
    """Every match of ``entries`` in the span ``tokens``, in text order (the longest at each token). With
    ``infinitive``, an entry ending in "to" needs a verb right after it ("is to be", not "led to new").

    Most spans hold no token where an entry starts (a claim asks a dozen lists): that is answered by one
    bisection into the Doc's starts (:func:`_found`), without a generator."""
    starts, options = _found(tokens.doc, entries, infinitive)
    first = bisect_left(starts, tokens.start)
    end = tokens.end
    if first == len(starts) or starts[first] >= end:
        return iter(())
    return _matches(starts, options, first, bisect_left(starts, end, first), end)


def _matches(starts: list[int], options: list[list[_Option]], first: int, last: int, end: int) -> Iterator[Match]:
    """The matches at ``starts[first:last]``: at each, the longest entry that ends by token ``end`` (one that
    needs a verb after it, before ``end``)."""
    for k in range(first, last):
        for entry, stop, text, needs_verb in options[k]:
            if stop < end or stop == end and not needs_verb:
                yield Match(entry, starts[k], stop, text)
                break
