"""pipeline_policy, round 32: a title the government possesses is the government's document (not another body's,
whichever of its words the parser hangs the possessive on), and a military programming law is a document that "the
law" refers back to. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..table_rows import policy_rows

HARBOUR = ("Ports and Promises\n\nKenya is betting its future on the coast. Our correspondent travelled to Lamu to see "
           "whether the {owner}'s Blue Harbour 2030 programme can be more than a port project.\n\nThe programme names "
           "three pillars: fisheries, shipping and tourism.\n")
LAW = ("National Assembly - Defence Committee\nSummary of the hearing on the Military Programming Law 2024-2028\n\n"
       "Dakar, 3 May 2024\n\nThe committee heard the minister of defence on the Military Programming Law for "
       "2024-2028. The law provides for the modernisation of the navy. Under the law, the pay of soldiers is to be "
       "improved.\n")
LAND = ("Senegal votes\n\nDakar, 3 May 2024\n\nThe president of Senegal said the law must be respected. The law "
        "provides for the modernisation of the navy. Under the law, the pay of soldiers is to be improved.\n")


@pytest.mark.model
@pytest.mark.parametrize(("owner", "rows"), [
    pytest.param("government", [("KEN", "", "fisheries"), ("KEN", "", "shipping"), ("KEN", "", "tourism")],
                 id="government"),
    pytest.param("university", [], id="university"),
])
def test_policy_round32_possessed_title(nlp, owner, rows):
    """"the government's Blue Harbour 2030 programme" is the text's country's; "the university's" is no state's."""
    assert policy_rows(nlp(HARBOUR.format(owner=owner))) == rows


@pytest.mark.model
def test_policy_round32_programming_law(nlp):
    """The Military Programming Law is a document with its period; "the law" after it refers to it."""
    doc = nlp(LAW)
    assert [(p.owner_iso3, p.document, p.period_start, p.period_end) for p in doc._.pipeline_policies] == [
        ("SEN", "Military Programming Law", 2024, 2028)]
    assert policy_rows(doc) == [("SEN", "", "improvement of pay of soldiers"),
                                ("SEN", "", "modernisation of the navy")]


@pytest.mark.model
def test_policy_round32_law_of_the_land(nlp):
    """"the law" with no law named before it is the law of the land, no document."""
    assert policy_rows(nlp(LAND)) == []
