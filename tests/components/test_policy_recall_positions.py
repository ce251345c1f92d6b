"""pipeline_policy, sentences that hand priorities to a document by their place in it or in its list (issue 14): a
subject that rounds off or completes the list, comes next or is second, makes up a separate pillar or is singled out;
what the document puts at the centre, commits a country to, lists among its commitments or names as its flagship;
"goals include"; where its money goes."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(q.rank, q.partner, q.partner_code, q.relation) for p in doc._.pipeline_policies for q in p.priorities]


CASES = [
    (  # the item that rounds off a list is its subject
        "ACCRA, 3 May 2021 — Ghana's cabinet adopted a National Development Strategy on Tuesday. The strategy focuses"
        " on agro-processing and tourism. Expanding rural electrification rounds off the list.",
        [(1, "", "", "agro-processing and tourism"), (2, "", "", "Expanding rural electrification")],
    ),
    (  # "comes first", "is second": a clause as the subject of a ranking
        "Togo adopted its National Development Plan in 2018. The plan sets three goals. Creating jobs for young"
        " people comes first. Cutting the budget deficit is second.",
        [(1, "", "", "Creating jobs for young people"), (2, "", "", "Cutting the budget deficit")],
    ),
    (  # what the document puts at the centre; a subject it singles out
        "Benin's government adopted its Action Programme in 2016. The programme puts irrigation at the centre of its"
        " rural agenda. Coastal erosion is singled out as a national emergency.",
        [(1, "", "", "irrigation"), (2, "", "", "Coastal erosion is singled out as a national emergency")],
    ),
    (  # "Goals include A and B"
        "Laos adopted its Socio-Economic Development Plan in 2021. Goals include graduation from least developed"
        " country status and better rural roads.",
        [(1, "", "", "graduation from least developed country status and better rural roads")],
    ),
    (  # a country of two words committed to a goal; "among the commitments are"; a subject that forms a pillar;
        # the document's flagship
        "Sierra Leone's government launched its Medium-Term National Development Plan in 2019. The plan commits"
        " Sierra Leone to free secondary schooling. Among the commitments are a faster justice system and better"
        " roads. Rural electrification forms a separate pillar. Its flagship is a new deep-water port at Freetown.",
        [
            (1, "", "", "free secondary schooling"),
            (2, "", "", "faster justice system and better roads"),
            (3, "", "", "Rural electrification forms a separate pillar"),
            (4, "", "", "new deep-water port at Freetown"),
        ],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_policy_recall_positions_rows(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.model
def test_policy_recall_positions_list_named_before_its_colon(nlp):
    """"has put three priorities at the centre of its presidency:" names the list that follows, it is no item."""
    doc = nlp("Senegal has put three priorities at the centre of its presidency:\n• regional security;\n• food"
              " sovereignty;\n• debt relief.")
    assert _rows(doc) == [(1, "", "", "regional security"), (2, "", "", "food sovereignty"),
                          (3, "", "", "debt relief")]


@pytest.mark.model
def test_policy_recall_positions_money_needs_a_share(nlp):
    """Where a share of the money goes is an item; where the document goes ("to parliament") is none."""
    doc = nlp("Croatia adopted its Recovery Plan in 2021. About a third of the money will go to energy renovation of"
              " buildings. The plan will go to parliament for approval next month.")
    assert _rows(doc) == [(1, "", "", "energy renovation of buildings")]
