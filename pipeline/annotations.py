"""What our spaCy components attach to a Doc, for extractors to read.

Span groups (``doc.spans[key]``) hold simple labelled spans; the richer,
character-exact annotations below live in Doc extensions, registered once by
:func:`register_extensions` (called by the component modules at import, never
inside ``__call__``).

| where                      | written by             | type                        |
|----------------------------|------------------------|-----------------------------|
| ``doc.spans["countries"]`` | pipeline_country_ruler | Span, label COUNTRY, kb_id_ = ISO3 |
| ``doc.spans["places"]``    | pipeline_country_ruler | Span, label PLACE (city, capital in own role), kb_id_ = ISO3 |
| ``doc.spans["organizations"]`` | pipeline_org_ruler | Span, label ORG, kb_id_ = canonical key (acronym when known) |
| ``doc.spans["persons"]``   | pipeline_person_ruler  | Span, label PERSON, kb_id_ = full name |
| ``doc.spans["bylines"]``   | pipeline_person_ruler  | Span, label PERSON: the article's author(s), never speakers |
| ``doc._.pipeline_affiliations`` | pipeline_person_ruler | list[PersonAffiliation] |
| ``doc._.pipeline_quotes`` | pipeline_attribution | list[QuoteAnnotation] |
| ``doc._.pipeline_policies`` | pipeline_policy | list[PolicyAnnotation] |
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from .records import Affiliation


@dataclass(frozen=True, slots=True)
class PersonAffiliation(Affiliation):
    """A person as the text introduces them: "Tatiana Kotyukova, researcher at the Institute ...".

    The stated relation (:class:`~pipeline.records.Affiliation`: ``evidence`` is the whole introducing
    phrase, ``country`` ISO3 when a country or demonym is attached to the person or role), and whether
    the person is introduced as a speaker/panellist of the event. A panellist introduced without a
    relation has an empty role, organization and country.
    """

    panelist: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    """A statement the text reports and the cue that reports it, by character offsets.

    ``kind`` is ``direct`` (inside quotation marks) or ``indirect`` (reported speech); ``start``/``end``
    bound the statement, ``cue`` is the verb or phrase of saying as written and ``cue_start``/``cue_end``
    where it stands (-1 when the cue is inherited from the previous quote or there is none);
    ``confidence`` (0..1) is how sure the pattern that found it is.
    """

    kind: str
    start: int
    end: int
    confidence: float
    cue: str
    cue_start: int = -1
    cue_end: int = -1


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteAnnotation(Statement):
    """One attributed statement with its speaker or source, character-exact (``doc.text[start:end] == text``).

    ``speaker`` is the resolved full name ('' when the text names nobody);
    ``speaker_start``/``speaker_end`` locate the mention the attribution used
    ("the expert", "he", "Nazarov"), -1 when there is none. A statement of an
    organization, state or group ("the Russian Foreign Ministry said") has no speaker
    and a ``source`` as written, ``source_label`` ORG, COUNTRY or GROUP and
    ``source_key`` the organization's key or the ISO3 code ('' for a group).
    """

    text: str
    speaker: str
    speaker_start: int = -1
    speaker_end: int = -1
    source: str = ""
    source_label: str = ""
    source_key: str = ""


@dataclass(frozen=True, slots=True)
class PriorityAnnotation:
    rank: int
    text: str  # the priority phrase as written
    start: int
    end: int
    partner: str
    partner_code: str  # ISO3 or organization acronym
    relation: str


@dataclass(frozen=True, slots=True)
class PolicyAnnotation:
    """A country's policy document and the priorities the text lists for it."""

    owner_iso3: str
    document: str  # "Foreign Policy Concept", "National Security Strategy", ...
    period_start: int | None
    period_end: int | None
    adopted: str  # YYYY or YYYY-MM or ''
    start: int
    end: int
    priorities: tuple[PriorityAnnotation, ...]
    speaker: str = ""  # full name of the person who stated the priorities, if any


def register_extensions() -> None:
    """Register the Doc extensions above (idempotent)."""
    for name in ("pipeline_affiliations", "pipeline_quotes", "pipeline_policies", "pipeline_kind_model"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
