"""pipeline_policy, round 32: a subject given its place in the document's list by a copula and an ordinal ("Rural
roads are the second pillar", "Digital skills are the last of the pillars"): the subject alone is the priority; what
the owner "is to" do ("Peru is to acquire four new patrol ships") is its intent, as with "will". Sentences written for
these tests."""

from __future__ import annotations

import pytest

from ..table_rows import policy_rows

_PERU = "Peru's National Agenda, adopted in 2021,"
_DEFENCE = "Peru's Defence Plan, adopted in 2021, sets out the army's needs."


@pytest.mark.model
@pytest.mark.parametrize(("text", "rows"), [
    pytest.param(
        _PERU + " rests on four pillars. The first is the reform of the judiciary. Rural roads are the second "
        "pillar, and water supply is the third. Digital skills are the last of the pillars.",
        [("PER", "", "Digital skills"), ("PER", "", "Rural roads"), ("PER", "", "reform of the judiciary"),
         ("PER", "", "water supply")], id="ordinal-copula"),
    pytest.param(
        _PERU + " calls for a reform of the judiciary. Lima was the first city to adopt it.",
        [("PER", "", "reform of the judiciary")], id="ordinal-of-another-noun"),
    pytest.param(
        _DEFENCE + " Peru is to acquire four new patrol ships, and it is to build a naval base in the south.",
        [("PER", "", "acquire four new patrol ships"), ("PER", "", "army's needs"),
         ("PER", "", "build a naval base in the south")], id="owner-is-to"),
    pytest.param(
        _DEFENCE + " If Peru were to acquire new ships, the navy would need more sailors.",
        [("PER", "", "army's needs")], id="condition"),
])
def test_policy_round32_ordinal_copula_and_owner_is_to(nlp, text, rows):
    doc = nlp(text)
    assert policy_rows(doc) == rows
