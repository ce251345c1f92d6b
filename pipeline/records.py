"""Typed records: the only things that cross stage boundaries.

Extractors yield the *local* records below (one document, names instead of ids).
The normalize stage turns names into corpus-wide ids; ``tables.py`` turns
records into rows of the contract tables.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

Status = Literal["ok", "error", "skipped"]
QuoteKind = Literal["direct", "indirect"]

_WORD = re.compile(r"\w+")


class _Record:
    """Base of the records: pickled as (class, field values), which loads several times faster
    than the dataclass default for frozen slotted classes (results cross processes and the store).

    The values are those of ``__match_args__``: the generated ``__init__``'s positional parameters in
    order, inherited fields included (``__slots__`` names only a class's own fields)."""

    __slots__ = ()

    def __reduce__(self):
        return type(self), tuple(getattr(self, name) for name in self.__match_args__)


# --------------------------------------------------------------------------- stage 1
@dataclass(frozen=True, slots=True)
class Document(_Record):
    """A decoded input document (stage 1 output).

    ``text`` is the decoded text that every offset in every table points into.
    A document that failed to decode has ``status="error"`` and an empty text.
    """

    doc_id: str
    path: str
    text: str
    sha256: str
    title: str = ""
    published: str = ""
    byline: str = ""
    encoding: str = ""
    status: Status = "ok"
    error: str = ""

    @property
    def n_chars(self) -> int:
        return len(self.text)

    @property
    def n_words(self) -> int:
        return len(_WORD.findall(self.text))


# --------------------------------------------------------------------------- stage 3
@dataclass(frozen=True, slots=True)
class EntityRef(_Record):
    """A reference to an entity by kind and document-local key.

    ``label`` is one of PERSON, ORG, COUNTRY (or an extension's own label);
    ``key`` is the name (persons, organizations) or code (countries) that the
    normalize stage resolves to a corpus-wide ``entity_id``.
    """

    label: str
    key: str


@dataclass(frozen=True, slots=True)
class Mention(_Record):
    """One mention of an entity in the text (``text == doc.text[start:end]``)."""

    label: str
    text: str
    start: int
    end: int
    sentence_start: int
    extractor: str
    key: str  # canonical local name (PERSON/ORG) or code (COUNTRY)
    code: str = ""  # ISO3 for countries, acronym for organizations

    def entity_refs(self) -> tuple[EntityRef, ...]:
        return (EntityRef(self.label, self.key),)


@dataclass(frozen=True, slots=True)
class Speaker(_Record):
    name: str
    role: str = ""
    organization: str = ""
    country: str = ""
    n_quotes: int = 0

    def entity_refs(self) -> tuple[EntityRef, ...]:
        return (EntityRef("PERSON", self.name), EntityRef("ORG", self.organization))


@dataclass(frozen=True, slots=True)
class Affiliation(_Record):
    """A stated person-role-organization relation: the person ``name`` (full name) is ``role`` of
    ``organization`` and/or of ``country`` (ISO3); ``start``/``end`` delimit ``evidence``, the phrase
    that states it ("Tatiana Kotyukova, researcher at the Institute of General History")."""

    name: str
    role: str
    organization: str
    country: str
    start: int
    end: int
    evidence: str

    def entity_refs(self) -> tuple[EntityRef, ...]:
        return (EntityRef("PERSON", self.name), EntityRef("ORG", self.organization))


@dataclass(frozen=True, slots=True)
class Quote(_Record):
    """An attributed statement. ``index`` orders quotes in the document and
    becomes the local part of ``quote_id``; ``speaker`` is the full local name
    (empty when the text names nobody). A statement of an organization, state or
    group has no speaker and a ``source`` as written; ``source_label`` (ORG, COUNTRY,
    GROUP) and ``source_key`` (organization key, ISO3, '' for a group) name its entity."""

    index: int
    speaker: str
    kind: QuoteKind
    cue: str
    text: str
    start: int
    end: int
    confidence: float
    source: str = ""
    source_label: str = ""
    source_key: str = ""

    def entity_refs(self) -> tuple[EntityRef, ...]:
        refs: tuple[EntityRef, ...] = (EntityRef("PERSON", self.speaker),)
        if self.source_label in ("ORG", "COUNTRY") and self.source_key:
            refs += (EntityRef(self.source_label, self.source_key),)
        return refs


@dataclass(frozen=True, slots=True)
class Claim(_Record):
    """A proposition asserted in the text (benchmarks/CLAIMS.md), with its kind and hedge and their evidence.

    ``claimant_label`` says what the claimant is: PERSON (a speaker), ORG or COUNTRY (an organization or
    state given as the source); ``kind_cue`` and ``hedge`` are the words that decided ``kind`` and ``hedged``.
    """

    index: int
    claimant: str
    quote_index: int | None
    text: str
    start: int
    end: int
    about: tuple[EntityRef, ...] = ()
    kind: str = "fact"  # recommendation / prediction / opinion / fact
    kind_cue: str = ""
    hedge: str = ""
    claimant_label: str = "PERSON"
    claimant_key: str = ""  # the entity key of an ORG or COUNTRY claimant (its kb id), else the name

    @property
    def hedged(self) -> bool:
        return bool(self.hedge)

    @property
    def claimant_ref(self) -> EntityRef:
        return EntityRef(self.claimant_label, self.claimant_key or self.claimant)

    def entity_refs(self) -> tuple[EntityRef, ...]:
        return (self.claimant_ref, *self.about)


@dataclass(frozen=True, slots=True)
class CountryRef(_Record):
    """A country named in a document, aggregated over its mentions."""

    iso3: str
    name: str
    n_mentions: int
    surface_forms: tuple[str, ...]
    first_start: int

    def entity_refs(self) -> tuple[EntityRef, ...]:
        return (EntityRef("COUNTRY", self.iso3),)


@dataclass(frozen=True, slots=True)
class OrganizationRef(_Record):
    """An organization named in a document, aggregated over its mentions.

    ``key`` is the canonical key its mentions carry (``Mention.key``)."""

    key: str
    name: str
    acronym: str
    n_mentions: int
    surface_forms: tuple[str, ...]

    def entity_refs(self) -> tuple[EntityRef, ...]:
        return (EntityRef("ORG", self.key),)


@dataclass(frozen=True, slots=True)
class PolicyPriority(_Record):
    rank: int
    owner_iso3: str
    document: str
    period_start: int | None
    period_end: int | None
    adopted: str
    priority: str
    partner: str
    partner_code: str
    relation: str
    speaker: str
    start: int
    end: int

    def entity_refs(self) -> tuple[EntityRef, ...]:
        return (EntityRef("COUNTRY", self.owner_iso3), EntityRef("PERSON", self.speaker))


# --------------------------------------------------------------------------- results
@dataclass(frozen=True, slots=True)
class DocResult(_Record):
    """Everything extracted from one document: its metadata and, per table
    name, the records the extractors yielded (stage 3 output)."""

    document: Document
    records: tuple[tuple[str, tuple[object, ...]], ...] = field(default=())

    def table(self, name: str) -> tuple[object, ...]:
        for table_name, rows in self.records:
            if table_name == name:
                return rows
        return ()
