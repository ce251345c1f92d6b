"""Stage 2 helper for pipeline_country_ruler: misspelled country names ("Botsuana", "Mexiko", "moldovia").

A word is read as a misspelled country only when the parse and the lexicon both say so:

- the word: a proper noun (tagger) of six letters or more, not all capitals (acronyms, datelines), that
  no pattern matched, standing alone (no capitalized proper noun next to it: "Frances Greene", "Sen.
  Greene"), not inside an entity of two words or more ("Columbia University"), not a PERSON entity
  ("Cameron") and not a word of a PERSON entity anywhere in the document; a one-word PERSON entity counts
  when it is coordinated with a country ("Botsuana, Mexiko and Peru": the tagger's person is a list item
  of countries);
- the name: one edit (insertion, deletion, substitution or transposition of neighbours) from the one-word
  name of exactly one country, with the same first letter ("Prussia" is not "Russia").

Places one edit from a country are data: "Granada" is a city (cities.tsv), "Columbia" a blocked name
(blocked.txt), so they are matched first and never reach this step.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import process
from rapidfuzz.distance import OSA
from spacy.strings import get_string_id
from spacy.symbols import PROPN
from spacy.tokens import Doc, Token

from ..tokens import IOB_BEGIN, IOB_INSIDE, TokenTable, entity_ranges, token_table

_MIN_LETTERS = 6
_MAX_EDITS = 1
_MEMO_LIMIT = 200_000  # words whose answer Misspellings.code keeps
_PERSON = get_string_id("PERSON")


@dataclass(frozen=True)
class Misspellings:
    """The one-word country names a misspelling may stand for: ``names`` (lower case) and their ISO3 ``labels``."""

    names: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    personal_names: frozenset[str] = frozenset()  # lower case: never misspellings ("cameron")
    _memo: dict[str, str | None] = field(default_factory=dict, init=False, repr=False, compare=False)

    @classmethod
    def of(cls, names: Iterable[tuple[str, str]], personal_names: Iterable[str] = ()) -> Misspellings:
        """From (name, ISO3) pairs (names of more than one word are left out) and the personal names that
        are one edit from a country's name (personal_names.txt)."""
        pairs = sorted({(n.lower(), iso3) for n, iso3 in names if n.isalpha() and len(n) >= _MIN_LETTERS - 1})
        return cls(tuple(n for n, _ in pairs), tuple(iso3 for _, iso3 in pairs),
                   frozenset(n.lower() for n in personal_names))

    def code(self, word: str) -> str | None:
        """ISO3 of the one country whose name is one edit from ``word`` with the same first letter, else None.

        Each word's answer is remembered (the same proper nouns recur from document to document).
        """
        memo = self._memo
        if word not in memo:
            if len(memo) >= _MEMO_LIMIT:
                memo.clear()
            memo[word] = self._code(word)
        return memo[word]

    def _code(self, word: str) -> str | None:
        query = word.lower()
        if query in self.personal_names:
            return None
        hits = process.extract(query, self.names, scorer=OSA.distance, processor=None,
                               score_cutoff=_MAX_EDITS, limit=None)
        codes = {self.labels[i] for name, _, i in hits if name[:1] == query[:1]}
        if len(codes) != 1 or any(name[:1] != query[:1] for name, _, _ in hits):
            return None
        return codes.pop()


def misspelled(doc: Doc, covered: set[int], misspellings: Misspellings,
               countries: Iterable[int] = ()) -> list[tuple[int, str]]:
    """(token index, ISO3) of each word of ``doc`` that is a misspelled country name (see the module doc).

    The words that can be one are picked from the Doc's token table (:mod:`..tokens`); only those are
    looked at one by one.

    Args:
        doc: a parsed Doc (tags and entities).
        covered: indices of the tokens a pattern matched (countries, places, blocked phrases).
        misspellings: the one-word country names.
        countries: indices of the tokens of the countries found so far: a one-word PERSON entity
            coordinated with one of them (or with a misspelling found here) is read too.
    """
    if not misspellings.names or not len(doc):
        return []
    table = token_table(doc)
    words = _word_mask(table)  # (once for both kinds of candidate)
    out = _misspelled_words(doc, _lone_proper_nouns(table, words), covered, misspellings)
    persons = _one_word_persons(table, words)
    if persons:
        listed = set(countries).union(i for i, _ in out)
        coordinated = [i for i in persons if any(c.i in listed for c in doc[i].conjuncts)]
        out = sorted(out + _misspelled_words(doc, coordinated, covered, misspellings))
    return out


def _misspelled_words(doc: Doc, candidates: list[int], covered: set[int],
                      misspellings: Misspellings) -> list[tuple[int, str]]:
    """(index, ISO3) of the ``candidates`` that stand alone, are no word of a longer PERSON entity and are
    one edit from exactly one country's name."""
    out = []
    person_words: set[str] | None = None
    for i in candidates:
        if i in covered or any(_is_name_word(doc[j]) for j in (i - 1, i + 1) if 0 <= j < len(doc)):
            continue
        if person_words is None:  # words of the PERSON entities, gathered when a candidate needs them
            person_words = {doc[k].lower_ for start, end in entity_ranges(doc, "PERSON") if end - start > 1
                            for k in range(start, end)}
        tok = doc[i]
        if tok.lower_ in person_words:
            continue
        code = misspellings.code(tok.text)
        if code is not None:
            out.append((i, code))
    return out


def _word_mask(table: TokenTable) -> np.ndarray:
    """Proper nouns of six letters or more, not all capitals, that are no part of a longer entity."""
    iob, ent = table.column("ent_iob"), table.column("ent_type")
    inside = iob == IOB_INSIDE
    begins_longer = (ent != 0) & (iob == IOB_BEGIN) & np.append(inside[1:], False)
    return ((table.column("pos") == PROPN) & (table.column("is_alpha") == 1) & (table.column("is_upper") == 0)
            & (table.column("length") >= _MIN_LETTERS) & ~inside & ~begins_longer)


def _lone_proper_nouns(table: TokenTable, words: np.ndarray) -> list[int]:
    """The words of ``words`` (:func:`_word_mask`) that are no PERSON entity (the neighbours are checked by
    :func:`_misspelled_words`)."""
    return table.flagged(words & (table.column("ent_type") != _PERSON))


def _one_word_persons(table: TokenTable, words: np.ndarray) -> list[int]:
    """The words of ``words`` (:func:`_word_mask`) that are a PERSON entity of one word."""
    return table.flagged(words & (table.column("ent_type") == _PERSON))


def _is_name_word(tok: Token) -> bool:
    """A capitalized proper noun ("Frances", "Sen."), the kind of word a longer name is made of."""
    return tok.pos_ == "PROPN" and tok.text[:1].isupper()
