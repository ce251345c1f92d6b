"""Stage 3: entity mentions (persons, organizations, countries) with offsets."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..components.tokens import span_text
from ..records import Mention
from ..registry import extractor
from ._spans import sentence_start, span_group

_GROUPS = (("persons", "PERSON"), ("organizations", "ORG"), ("countries", "COUNTRY"))


@extractor("mentions", version="9", requires=("pipeline_country_ruler", "pipeline_org_ruler", "pipeline_person_ruler"))
def mentions(doc: Doc) -> Iterator[Mention]:
    """Every span of the ``persons``, ``organizations`` and ``countries`` groups.

    Needs: pipeline_person_ruler, pipeline_org_ruler, pipeline_country_ruler.

    Example: "Moscow insists." -> Mention(label="COUNTRY", text="Moscow", start=0, end=6, key="RUS", code="RUS").
    """
    for key, label in _GROUPS:
        for span in span_group(doc, key):
            code = span.kb_id_ if label == "COUNTRY" else ""
            text = span_text(doc, span.start, span.end)  # (span.text makes a Token per word)
            yield Mention(
                label=label,
                text=text,
                start=span.start_char,
                end=span.end_char,
                sentence_start=sentence_start(span),
                extractor=f"mentions:{key}",
                key=span.kb_id_ or text,
                code=code,
            )
