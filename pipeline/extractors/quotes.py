"""Stage 3: attributed statements (direct and reported speech)."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..records import Quote
from ..registry import extractor


@extractor("quotes", version="25", requires=("parser", "pipeline_person_ruler", "pipeline_attribution"))
def quotes(doc: Doc) -> Iterator[Quote]:
    """One record per ``doc._.pipeline_quotes`` annotation, in text order.

    Needs: pipeline_attribution (and what it reads).

    Example: "‘The chances are 50/50,’ the expert concluded." (after "According to Tatiana Kotyukova, ...") ->
    Quote(speaker="Tatiana Kotyukova", kind="direct", cue="concluded", text="The chances are 50/50", ...);
    "The Russian Foreign Ministry said that the talks would resume." -> Quote(speaker="", kind="indirect",
    cue="said", text="the talks would resume", source="Russian Foreign Ministry", source_label="ORG", ...).
    """
    annotations = sorted(doc._.pipeline_quotes or [], key=lambda q: (q.start, q.end, q.kind))
    for i, q in enumerate(annotations, start=1):
        yield Quote(index=i, speaker=q.speaker, kind=q.kind, cue=q.cue, text=q.text, start=q.start, end=q.end,
                    confidence=q.confidence, source=q.source, source_label=q.source_label, source_key=q.source_key)
