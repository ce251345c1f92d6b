"""Stage 2 helper for pipeline_attribution: what the matchers look up in one Doc, computed once.

``doc.text`` joins every token on each call and ``doc.spans[key]`` builds new Span objects on each
read, so the matchers never call them in a loop: :meth:`Context.of` reads them once per Doc
(text, token offsets, token -> person span, paragraph bounds) and every helper gets the Context.
Token attributes come from the table our components share (:mod:`..tokens`, one ``Doc.to_array``),
and where a word occurs is looked up once per Doc and word, then bisected.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field

import numpy
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from ...doctext import doc_text
from ..tokens import TokenTable, members, token_table, word_ids
from .candidates import SpeakerMention
from .lexicon import Lexicon
from .marks import paragraphs

_SUBJECT_IDS = word_ids(("nsubj", "nsubjpass"))


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
    ``countries`` are those spans. ``table`` holds the attributes of every token (:class:`..tokens.TokenTable`,
    shared with the other components), ``topics`` the lexicon's topic patterns. Filled on first use:
    ``found`` keeps, per (column, word), the tokens having it (:meth:`occurrences`, :meth:`lowered`), and
    ``mentions`` what a token names as a speaker (:func:`.mentions.mention_for`), ``complements`` a verb's
    clausal complement (:func:`.content.clausal_complement`), ``spans`` the token ranges
    :meth:`tokens_from` gave, ``bounds`` the trimmed bounds of a statement (:func:`.content.statement_bounds`),
    ``asking`` the interviewer's labels (:func:`.labels.asking_labels`, one set).
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
    table: TokenTable
    found: dict[tuple[str, str], list[int]] = field(default_factory=dict, repr=False, compare=False)
    mentions: dict[int, SpeakerMention] = field(default_factory=dict, repr=False, compare=False)
    complements: dict[int, Token | None] = field(default_factory=dict, repr=False, compare=False)
    spans: dict[tuple[int, int], Span] = field(default_factory=dict, repr=False, compare=False)
    bounds: dict[tuple[int, int], tuple[int, int]] = field(default_factory=dict, repr=False, compare=False)
    asking: list[frozenset[str]] = field(default_factory=list, repr=False, compare=False)

    @classmethod
    def of(cls, doc: Doc, lex: Lexicon, keys: SpanKeys = SpanKeys()) -> Context:
        n = len(doc)
        table = token_table(doc)
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
        return cls(doc, lex, text, table.column("idx").tolist(), person_spans, persons, grouped, countries, orgs,
                   list(paragraphs(text)), lex.topics, table)

    def tokens_from(self, start_char: int, end_char: int) -> Span:
        """The tokens that start in [start_char, end_char), as a Span (made once per token range: the
        matchers only read it; spaCy joins the whole text to place an empty span at the end)."""
        start, end = bisect_left(self.starts, start_char), bisect_left(self.starts, end_char)
        key = (start, max(start, end))
        span = self.spans.get(key)
        if span is None:
            span = self.spans[key] = Span(self.doc, *key)  # (what doc[start:end] gives, without normalize_slice)
        return span

    def _having(self, column: str, word: str) -> list[int]:
        """Indices of the tokens whose ``column`` (orth or lower) is ``word``, in text order (once per word)."""
        key = (column, word)
        found = self.found.get(key)
        if found is None:
            found = self.found[key] = numpy.flatnonzero(
                self.table.column(column) == self.doc.vocab.strings[word]).tolist()
        return found

    def occurrences(self, word: str) -> list[int]:
        """Indices of the tokens written exactly ``word``, in text order."""
        return self._having("orth", word)[:]

    def lowered(self, word: str, start: int, end: int) -> list[int]:
        """Indices in [start, end) of the tokens whose lower-case form is ``word``, in text order."""
        found = self._having("lower", word)
        return found[bisect_left(found, start):bisect_left(found, end)]

    def proper_subjects(self) -> list[int]:
        """Indices of the proper nouns that are subjects (nsubj, nsubjpass), in text order."""
        table = self.table
        proper = numpy.flatnonzero(table.column("pos") == PROPN)
        return proper[members(table.column("dep")[proper], _SUBJECT_IDS)].tolist()


def _spans(doc: Doc, key: str) -> tuple[Span, ...]:
    """``doc.spans[key]`` read once (empty when no component wrote it)."""
    return tuple(doc.spans[key]) if key in doc.spans else ()
