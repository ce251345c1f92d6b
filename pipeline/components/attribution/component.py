"""Component pipeline_attribution: direct and indirect quotes with resolved speakers.

Matching is split over helper modules: quotation-mark pairing (:mod:`.marks`), direct-quote
attribution (:mod:`.direct`), reported-speech patterns (:mod:`.indirect`, headlines:
:mod:`.headline`), speaker mentions (:mod:`.mentions`) and speaker resolution (:mod:`.speakers`).
The cue lexicon lives in ``pipeline/data/attribution``, the direct-quote word lists in
``pipeline/data/attribution_direct``; both are saved with the pipeline (``to_disk``/``from_disk``,
the second in a ``direct`` sub-folder).

Reads the person, country and organization span groups (``doc.spans[persons_key]`` …, keys set in
the factory's config). Speed: every helper reads the Doc through one :class:`.context.Context`
(text, token offsets, span lookups computed once per Doc; sentences through
:mod:`pipeline.sentences`), and the reported-speech patterns run only on tokens whose words can
start them (:class:`Triggers`).
"""

from __future__ import annotations

from pathlib import Path

from spacy.tokens import Doc

from ...annotations import QuoteAnnotation, register_extensions
from .context import Context, SpanKeys
from .direct import direct_candidates
from .direct_lexicon import DirectLexicon
from .headline import headline_candidates
from .indirect import Triggers, indirect_candidates
from .lexicon import DATA_DIR, Lexicon
from .marks import Quoted, quoted_spans
from .speakers import Resolved, resolve_speakers

register_extensions()

_DIRECT_DIR = "direct"


class Attribution:
    """Finds attributed statements and writes ``doc._.pipeline_quotes`` (list[QuoteAnnotation])."""

    def __init__(self, name: str, lexicon: Lexicon | None = None, direct: DirectLexicon | None = None, *,
                 persons_key: str = "persons", countries_key: str = "countries",
                 organizations_key: str = "organizations") -> None:
        self.name = name
        self.keys = SpanKeys(persons=persons_key, countries=countries_key, organizations=organizations_key)
        self.lexicon = lexicon or Lexicon.from_dir(DATA_DIR)
        self.direct = direct or DirectLexicon.from_dir()
        self.triggers = Triggers.of(self.lexicon)  # the cue words, gathered once per lexicon

    def __call__(self, doc: Doc) -> Doc:
        self.set_annotations(doc, self.match(doc))
        return doc

    def match(self, doc: Doc) -> list[QuoteAnnotation]:
        """Candidates (direct, then indirect) with their resolved speakers, as annotations in text order."""
        ctx = Context.of(doc, self.lexicon, self.keys)  # text, offsets and span lookups, read once per Doc
        spans = quoted_spans(ctx.text)
        direct = direct_candidates(ctx, spans, naming=self.direct.naming_verbs)
        indirect = indirect_candidates(ctx, [(q.start, q.end) for q in spans], self.triggers)
        indirect += headline_candidates(ctx, indirect)
        resolved = resolve_speakers(ctx, direct + indirect, quoted=Quoted.of(spans), direct=self.direct)
        return sorted((_annotation(ctx, r) for r in resolved), key=lambda q: (q.start, q.end, q.kind))

    def set_annotations(self, doc: Doc, quotes: list[QuoteAnnotation]) -> None:
        doc._.pipeline_quotes = quotes

    def to_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> None:
        self.lexicon.to_dir(Path(path))
        self.direct.to_dir(Path(path) / _DIRECT_DIR)

    def from_disk(self, path: str | Path, *, exclude: tuple[str, ...] = ()) -> Attribution:
        self.lexicon = Lexicon.from_dir(Path(path))
        if (Path(path) / _DIRECT_DIR).is_dir():
            self.direct = DirectLexicon.from_dir(Path(path) / _DIRECT_DIR)
        self.triggers = Triggers.of(self.lexicon)
        return self


def _annotation(ctx: Context, r: Resolved) -> QuoteAnnotation:
    cand, m, src = r.candidate, r.candidate.mention, r.source
    return QuoteAnnotation(
        kind=cand.kind, text=ctx.text[cand.start:cand.end], start=cand.start, end=cand.end,
        cue=cand.cue, speaker=r.speaker, confidence=round(cand.confidence, 2),
        cue_start=cand.cue_start, cue_end=cand.cue_end,
        speaker_start=m.start if m is not None else -1, speaker_end=m.end if m is not None else -1,
        source=src.text if src is not None else "", source_label=src.label if src is not None else "",
        source_key=src.key if src is not None else "")
