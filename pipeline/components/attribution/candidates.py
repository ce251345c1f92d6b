"""Stage 2 helper for pipeline_attribution: what the matchers find, before speakers are resolved.

A :class:`SpeakerMention` is what an attribution names ("Ravshan Nazarov", "he", "the expert", "the
Cabinet of Ministers"); a :class:`QuoteCandidate` is one statement with its cue and that mention.
"""

from __future__ import annotations

from dataclasses import dataclass

from ...annotations import Statement


@dataclass(frozen=True, slots=True)
class SpeakerMention:
    """Who an attribution names. ``kind`` is one of ``name`` (a person's name, ``name`` holds it
    without titles), ``pronoun`` (he/she), ``role`` ("the expert": ``role`` = the noun),
    ``group`` (organisations, plural or unnamed sources: resolves to '')."""

    kind: str
    start: int
    end: int
    text: str
    name: str = ""
    role: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class QuoteCandidate(Statement):
    """A statement found by the matchers (kind, bounds, cue, confidence: :class:`Statement`), before
    speaker resolution: the ``mention`` its attribution names, ``inherit`` for a quote that
    continues the previous quote (same speaker and cue), and ``hosted`` for a quoted fragment with no
    attribution of its own, kept only inside a reported statement whose speaker it takes ("Doe said the
    deal was “a first step”"), and ``owned`` for a quoted phrase in the middle of a sentence with no cue,
    a quote only when resolution gives it a speaker or a source (the last speaker's), else a phrase the
    text quotes ("a plan to make the country “a place where every family can prosper”"); ``thing`` for a quoted
    term whose cue's subject is "it" or "which" ("It calls for a “focused force”"), a quote only when resolution
    gives it a person or an organization, not a document or a thing.
    """

    mention: SpeakerMention | None = None
    inherit: bool = False
    hosted: bool = False
    owned: bool = False
    thing: bool = False
