"""Stage 2 helper for pipeline_attribution: what the matchers look up in one Doc, computed once.

``doc.text`` joins every token on each call and ``doc.spans[key]`` builds new Span objects on each
read, so the matchers never call them in a loop: :meth:`Context.of` reads them once per Doc
(text, token offsets, token -> person span, paragraph bounds) and every helper gets the Context.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

import numpy
from spacy.attrs import DEP, IDX, LEMMA, LOWER, ORTH, POS
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span

from ...doctext import doc_text
from .lexicon import Lexicon
from .marks import paragraphs

_SUBJECT_DEPS = ("nsubj", "nsubjpass")


@dataclass(frozen=True, slots=True)
class SpanKeys:
    """The ``doc.spans`` keys attribution reads (the factory's ``persons_key``, ``countries_key``,
    ``organizations_key``)."""

    persons: str = "persons"
    countries: str = "countries"
    organizations: str = "organizations"


@dataclass(frozen=True, slots=True)
class Context:
    """One Doc's lookups for the attribution matchers (built by :meth:`of`, never changed).

    ``person_spans`` are the person spans (``doc.spans[keys.persons]``, ``kb_id_`` = full name) and
    ``persons[i]`` the one covering token i (or None); ``grouped[i]`` says what covers token i: 0 nothing,
    1 an organization span, 2 a country span (a name word like "Jordan"); ``organizations`` and
    ``countries`` are those spans. ``attrs`` holds the ORTH, LEMMA, LOWER, DEP and POS ids of every token
    (one row each), ``topics`` the lexicon's topic patterns.
    """

    doc: Doc
    lex: Lexicon  # its topic patterns, read for every cue, are ``topics``
    text: str
    starts: list[int]
    person_spans: tuple[Span, ...]
    persons: list[Span | None]
    grouped: list[int]
    countries: tuple[Span, ...]
    organizations: tuple[Span, ...]
    paragraphs: list[tuple[int, int]]
    topics: tuple[tuple[str, str, str], ...]
    attrs: numpy.ndarray

    @classmethod
    def of(cls, doc: Doc, lex: Lexicon, keys: SpanKeys = SpanKeys()) -> Context:
        n = len(doc)
        attrs = doc.to_array([ORTH, LEMMA, LOWER, DEP, POS, IDX]) if n else numpy.zeros((0, 6), dtype="uint64")
        person_spans, countries, orgs = (_spans(doc, key) for key in (keys.persons, keys.countries,
                                                                       keys.organizations))
        persons: list[Span | None] = [None] * n
        for span in person_spans:
            for i in range(span.start, span.end):
                if persons[i] is None:  # the first span of the group covering a token wins
                    persons[i] = span
        grouped = [0] * n
        for spans, kind in ((countries, 2), (orgs, 1)):  # an organization wins over a country
            for span in spans:
                grouped[span.start:span.end] = [kind] * (span.end - span.start)
        text = doc_text(doc)
        return cls(doc, lex, text, attrs[:, 5].tolist(), person_spans, persons, grouped, countries, orgs,
                   list(paragraphs(text)), lex.topics, attrs[:, :5])

    def tokens_from(self, start_char: int, end_char: int) -> Span:
        """The tokens that start in [start_char, end_char), as a Span."""
        return self.doc[bisect_left(self.starts, start_char):bisect_left(self.starts, end_char)]

    def occurrences(self, word: str) -> list[int]:
        """Indices of the tokens written exactly ``word``, in text order."""
        return numpy.flatnonzero(self.attrs[:, 0] == self.doc.vocab.strings[word]).tolist()

    def lowered(self, word: str, start: int, end: int) -> list[int]:
        """Indices in [start, end) of the tokens whose lower-case form is ``word``, in text order."""
        lowers = self.attrs[start:end, 2]
        return (numpy.flatnonzero(lowers == self.doc.vocab.strings[word]) + start).tolist()

    def proper_subjects(self) -> list[int]:
        """Indices of the proper nouns that are subjects (nsubj, nsubjpass), in text order."""
        strings = self.doc.vocab.strings
        deps = {strings[d] for d in _SUBJECT_DEPS}
        propn = numpy.flatnonzero(self.attrs[:, 4] == PROPN).tolist()
        return [i for i in propn if int(self.attrs[i, 3]) in deps]

    def tokens_with(self, lemmas: frozenset[str], lowers: frozenset[str],
                    lower_prefixes: frozenset[str] = frozenset()) -> list[int]:
        """Indices of the tokens whose lower-cased lemma is in ``lemmas``, whose lower form is in
        ``lowers``, or whose lower form minus its last character is in ``lower_prefixes``."""
        if not len(self.attrs):
            return []
        strings = self.doc.vocab.strings
        by_lemma, by_lower = self.attrs[:, 1].tolist(), self.attrs[:, 2].tolist()
        lemma_ids = {h for h in set(by_lemma) if strings[h].lower() in lemmas}
        lower_ids = {h for h in set(by_lower) if strings[h] in lowers or strings[h][:-1] in lower_prefixes}
        return [i for i, (a, b) in enumerate(zip(by_lemma, by_lower, strict=False)) if a in lemma_ids or b in lower_ids]


def _spans(doc: Doc, key: str) -> tuple[Span, ...]:
    """``doc.spans[key]`` read once (empty when no component wrote it)."""
    return tuple(doc.spans[key]) if key in doc.spans else ()
