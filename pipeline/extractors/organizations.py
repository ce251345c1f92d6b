"""Stage 3: organizations named in a document, one record per organization."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc

from ..records import OrganizationRef
from ..registry import extractor
from ._spans import span_group


def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return 2 <= len(text) <= 10 and " " not in text and sum(c.isupper() for c in letters) >= max(2, len(letters) - 2)


@extractor("organizations", version="1", requires=("pipeline_org_ruler",))
def organizations(doc: Doc) -> Iterator[OrganizationRef]:
    """Aggregate ``doc.spans["organizations"]`` by canonical key (``kb_id_``).

    Needs: pipeline_org_ruler.

    Example: "The Collective Security Treaty Organization (CSTO) met. CSTO ..." ->
    OrganizationRef(name="Collective Security Treaty Organization", acronym="CSTO", n_mentions=2, ...).
    """
    groups: dict[str, list] = {}
    for span in span_group(doc, "organizations"):
        groups.setdefault(span.kb_id_ or span.text, []).append(span)
    for key in sorted(groups):
        spans = groups[key]
        forms = sorted({s.text for s in spans})
        full = [f for f in forms if not _is_acronym(f)]
        acronyms = [f for f in forms if _is_acronym(f)]
        name = max(full, key=len) if full else key
        acronym = key if _is_acronym(key) else (acronyms[0] if acronyms else "")
        yield OrganizationRef(key=key, name=name, acronym=acronym, n_mentions=len(spans), surface_forms=tuple(forms))
