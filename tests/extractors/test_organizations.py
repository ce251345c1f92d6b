"""organizations extractor: one row per organization per document."""

from __future__ import annotations

import pytest

from pipeline.extractors.organizations import organizations
from pipeline.records import OrganizationRef


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Collective Security Treaty Organization (CSTO) met in Minsk. The CSTO chief spoke.",
         [OrganizationRef("CSTO", "Collective Security Treaty Organization", "CSTO", 3,
                          ("CSTO", "Collective Security Treaty Organization"))]),
        ("Kazakhstan values the European Union. Trade with the EU grew, and Astana joined the Eurasian Economic "
         "Union long ago.",
         [OrganizationRef("EAEU", "Eurasian Economic Union", "EAEU", 1, ("Eurasian Economic Union",)),
          OrganizationRef("EU", "European Union", "EU", 2, ("EU", "European Union"))]),
        ("The draft goes to the National Assembly after the Security Council has debated it.",
         [OrganizationRef("National Assembly", "National Assembly", "", 1, ("National Assembly",)),
          OrganizationRef("Security Council", "Security Council", "", 1, ("Security Council",))]),
        ("Kyrgyzstan is a member of the UN, the SCO and the OSCE.",
         [OrganizationRef("OSCE", "OSCE", "OSCE", 1, ("OSCE",)),
          OrganizationRef("SCO", "SCO", "SCO", 1, ("SCO",)),
          OrganizationRef("UN", "UN", "UN", 1, ("UN",))]),
    ],
)
def test_organizations_rows(nlp, text, expected):
    assert list(organizations(nlp(text))) == expected


def test_organizations_scores_on_shared_gold(nlp, shared):
    """Every gold organization of the seed document is found (names or acronyms)."""
    import json

    gold_dir = shared / "seeds"
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        doc = nlp(path.with_suffix(".txt").read_text(encoding="utf-8"))
        found = {f.lower() for r in organizations(doc) for f in (r.name, r.acronym, *r.surface_forms) if f}
        missing = [g for g in gold["organizations"] if g.lower() not in found]
        assert not missing
