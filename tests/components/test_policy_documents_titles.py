"""pipeline_policy, documents named by titles the earlier rules missed (issue 14): a roadmap is a document ("the
National Recovery Roadmap 2020-2023", "the roadmap"), and a title head that opens a name its target year closes
("Vision Gabon 2040") names one."""

from __future__ import annotations

import pytest


def _documents(doc):
    return [(p.owner_iso3, p.document, p.period_start, p.period_end) for p in doc._.pipeline_policies]


def _rows(doc):
    return [(q.rank, q.partner, q.partner_code, q.relation) for p in doc._.pipeline_policies for q in p.priorities]


CASES = [
    (  # 'roadmap' heads a title and refers back to it
        "MASERU, 4 March 2020 — Lesotho's cabinet adopted the National Recovery Roadmap 2020-2023 on Tuesday. The"
        " roadmap focuses on agriculture, tourism and textiles.",
        [("LSO", "National Recovery Roadmap", 2020, 2023)],
        [(1, "", "", "agriculture"), (2, "", "", "tourism"), (3, "", "", "textiles")],
    ),
    (  # the head opens the title, the target year closes it; 'the Vision' refers back to it
        "Adopted in 2016, Vision Gabon 2040 is the country's long-term development plan. The Vision rests on three"
        " pillars: good governance, a diversified economy and human capital.",
        # the target year: the period's end (round 35), and part of a vision's name (round 39)
        [("GAB", "Vision Gabon 2040", None, 2040)],
        [(1, "", "", "good governance"), (2, "", "", "diversified economy"), (3, "", "", "human capital")],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "documents", "rows"), CASES)
def test_policy_documents_titles(nlp, text, documents, rows):
    doc = nlp(text)
    assert _documents(doc) == documents
    assert _rows(doc) == rows


@pytest.mark.model
def test_policy_documents_titles_name_modified_by_head(nlp):
    """A capitalised head before a name without a year modifies it: "Policy Department" names no document."""
    doc = nlp("The Policy Department of Ghana's foreign ministry focuses on trade with Togo.")
    assert _documents(doc) == []
