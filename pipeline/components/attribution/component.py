"""Component pipeline_attribution: direct and indirect quotes with resolved speakers.

Matching is split over helper modules: quotation-mark pairing (:mod:`.marks`), direct-quote
attribution (:mod:`.direct`), reported-speech patterns (:mod:`.indirect`, headlines:
:mod:`.headline`), speaker mentions (:mod:`.mentions`) and speaker resolution (:mod:`.speakers`).
The cue lexicon lives in ``pipeline/data/attribution``, the direct-quote word lists in
``pipeline/data/attribution_direct``; both are read once, by ``initialize`` or, from the copy saved with
the pipeline (the second in a ``direct`` sub-folder), by ``from_disk`` (:mod:`..rule_component`).

Reads the person, country and organization span groups (``doc.spans[persons_key]`` …, keys set in
the factory's config). Speed: every helper reads the Doc through one :class:`.context.Context`
(text, token offsets, span lookups computed once per Doc; sentences through
:mod:`pipeline.sentences`), and the reported-speech patterns run only on tokens whose words can
start them (:class:`.triggers.Triggers`).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from spacy.tokens import Doc

from ...annotations import QuoteAnnotation, register_extensions
from ..rule_component import RuleComponent
from .candidates import QuoteCandidate
from .context import Context, SpanKeys
from .direct import direct_candidates
from .direct_lexicon import DirectLexicon
from .headline import headline_candidates
from .indirect import indirect_candidates, pattern_triggers
from .lexicon import DATA_DIR, Lexicon
from .marks import Quoted, quoted_spans
from .markup import outside_markup, outside_posts
from .speakers import Resolved, resolve_speakers
from .triggers import Triggers

register_extensions()

_DIRECT_DIR = "direct"


class Attribution(RuleComponent):
    """Finds attributed statements and writes ``doc._.pipeline_quotes`` (list[QuoteAnnotation])."""

    def __init__(self, name: str, lexicon: Lexicon | None = None, direct: DirectLexicon | None = None, *,
                 persons_key: str = "persons", countries_key: str = "countries",
                 organizations_key: str = "organizations", data_dir: Path | str = DATA_DIR) -> None:
        super().__init__(name, data_dir=data_dir)
        self.keys = SpanKeys(persons=persons_key, countries=countries_key, organizations=organizations_key)
        self._data: tuple[Lexicon, DirectLexicon, Triggers] | None = None
        if lexicon is not None or direct is not None:  # given by the caller: the rest from the data folders
            self._set(lexicon or Lexicon.from_dir(data_dir), direct or DirectLexicon.from_dir())

    def _set(self, lexicon: Lexicon, direct: DirectLexicon) -> None:
        self._data = (lexicon, direct, pattern_triggers(lexicon))  # the cue words, gathered once per lexicon
        self._loaded = True

    def _load(self, data_dir: Path) -> None:
        self._set(Lexicon.from_dir(data_dir), DirectLexicon.from_dir())

    def _save(self, path: Path) -> None:
        self.lexicon.to_dir(path)
        self.direct.to_dir(path / _DIRECT_DIR)

    def _restore(self, path: Path) -> bool:
        direct = path / _DIRECT_DIR  # none in a pipeline saved before it was: the data folder's
        self._set(Lexicon.from_dir(path), DirectLexicon.from_dir(*[direct] if direct.is_dir() else []))
        return True

    def _parts(self) -> tuple[Lexicon, DirectLexicon, Triggers]:
        self.ensure_data()
        assert self._data is not None
        return self._data

    @property
    def lexicon(self) -> Lexicon:
        """The cue lexicon (read on first use when neither ``initialize`` nor ``from_disk`` ran)."""
        return self._parts()[0]

    @property
    def direct(self) -> DirectLexicon:
        """The direct-quote word lists."""
        return self._parts()[1]

    @property
    def triggers(self) -> Triggers:
        """The words that can start a reported-speech pattern, gathered from the lexicon."""
        return self._parts()[2]

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[QuoteAnnotation]:
        """Candidates (direct, then indirect) with their resolved speakers, as annotations in text order."""
        ctx = Context.of(doc, self.lexicon, self.keys)  # text, offsets and span lookups, read once per Doc
        spans = quoted_spans(ctx.text, ctx.paragraphs)
        direct = outside_posts(ctx.text, outside_markup(ctx.text, direct_candidates(ctx, spans, self.direct)))
        indirect = outside_markup(ctx.text, indirect_candidates(ctx, [(q.start, q.end) for q in spans], self.triggers))
        indirect += headline_candidates(ctx, indirect)
        hosted = [Resolved(c, "") for c in direct if c.hosted]  # no discourse of their own: resolved by a host
        resolved = resolve_speakers(ctx, [c for c in direct if not c.hosted] + indirect, quoted=Quoted.of(spans),
                                    direct=self.direct)
        resolved = _fragments_of_reports(ctx.text, resolved + hosted)
        return sorted((_annotation(ctx, r) for r in resolved), key=lambda q: (q.start, q.end, q.kind))

    def set_annotations(self, doc: Doc, quotes: list[QuoteAnnotation]) -> None:
        doc._.pipeline_quotes = quotes


def _fragments_of_reports(text: str, resolved: list[Resolved]) -> list[Resolved]:
    """A direct quote with no speaker or source of its own, inside a reported statement with one and after
    words of the statement, takes that statement's speaker, source and cue ("The ministry said in a
    statement that the incident was “a deliberate provocation”": the fragment is the ministry's, cue
    "said", not the nearer noun "statement"); so does one whose own subject is a body or group named
    inside the innermost such statement (:func:`_subject_inside`). A fragment kept only for a host
    (``hosted``: no attribution of its own) goes when there is none with a speaker or a source (a person, a
    body or a group: "Officials at the harbour said the new dock made the town a “gateway to the north”")."""
    hosts = [r for r in resolved if r.candidate.kind == "indirect" and (r.speaker or r.source is not None)]
    if not hosts:
        return [r for r in resolved if not r.candidate.hosted]
    out = []
    for r in resolved:
        c = r.candidate
        around = [h for h in hosts if h.candidate.start <= c.start and c.end <= h.candidate.end
                  and any(ch.isalpha() for ch in text[h.candidate.start:c.start])] if c.kind == "direct" else []
        host = around[0] if around and not r.speaker and r.source is None else None
        if host is None and around and _subject_inside(c, around[-1].candidate):
            host = around[-1]  # the innermost statement around it
        if host is not None:
            h = host.candidate
            r = Resolved(replace(c, cue=h.cue, cue_start=h.cue_start, cue_end=h.cue_end, mention=h.mention,
                                 hosted=False), host.speaker, host.source)
        elif c.hosted:
            continue
        out.append(r)
    return out


def _subject_inside(fragment: QuoteCandidate, host: QuoteCandidate) -> bool:
    """Whether a quoted fragment's own subject is a body or group named in the statement reported around it
    ("Shaw said the trust had offered “everything we can afford”": the words are Shaw's, not the trust's;
    not a person: "She said experts agreed, to which O'Malley interjected: “…”" stays O'Malley's)."""
    m = fragment.mention
    return m is not None and m.kind == "group" and host.start <= m.start and m.end <= host.end


def _annotation(ctx: Context, r: Resolved) -> QuoteAnnotation:
    cand, m, src = r.candidate, r.candidate.mention, r.source
    return QuoteAnnotation(
        kind=cand.kind, text=ctx.text[cand.start:cand.end], start=cand.start, end=cand.end,
        cue=cand.cue, speaker=r.speaker, confidence=round(cand.confidence, 2),
        cue_start=cand.cue_start, cue_end=cand.cue_end,
        speaker_start=m.start if m is not None else -1, speaker_end=m.end if m is not None else -1,
        source=src.text if src is not None else "", source_label=src.label if src is not None else "",
        source_key=src.key if src is not None else "")
