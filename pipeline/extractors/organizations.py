"""Stage 3: organizations named in a document, one record per organization."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.tokens import Doc, Span

from ..acronyms import is_acronym_phrase
from ..records import OrganizationRef
from ..registry import extractor
from ._spans import span_group


def _organization(key: str, spans: list[Span]) -> OrganizationRef:
    forms = tuple(sorted({s.text for s in spans}))
    full = [f for f in forms if not is_acronym_phrase(f)]
    acronyms = [f for f in forms if is_acronym_phrase(f)]
    name = max(full, key=lambda f: (len(f), f)) if full else (key if key in forms else acronyms[0])
    acronym = key if is_acronym_phrase(key) else (min(acronyms, key=lambda f: (len(f), f)) if acronyms else "")
    return OrganizationRef(key=key, name=name, acronym=acronym, n_mentions=len(spans), surface_forms=forms)


@extractor("organizations", version="23", requires=("pipeline_org_ruler",))
def organizations(doc: Doc) -> Iterator[OrganizationRef]:
    """Aggregate ``doc.spans["organizations"]`` by canonical key (``kb_id_``).

    Needs: pipeline_country_ruler, pipeline_org_ruler.

    Yields:
        One OrganizationRef per key, sorted by key: ``name`` is the fullest form found,
        ``acronym`` the key when it is one (else the shortest acronym form), and
        ``surface_forms`` every form as written.

    Example: "The Collective Security Treaty Organization (CSTO) met in Minsk. The CSTO
    chief spoke." -> OrganizationRef(key="CSTO", name="Collective Security Treaty
    Organization", acronym="CSTO", n_mentions=3, surface_forms=("CSTO", "Collective
    Security Treaty Organization")).
    """
    groups: dict[str, list[Span]] = {}
    for span in span_group(doc, "organizations"):
        groups.setdefault(span.kb_id_ or span.text, []).append(span)
    for key in sorted(groups):
        yield _organization(key, groups[key])
