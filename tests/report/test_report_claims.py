"""The review report lists each document's claims (kind, cue, hedge, claimant, entities) and charts them."""

from __future__ import annotations

import re

from pipeline.report import render_report
from pipeline.report.model import claims_by_kind_and_claimant

from .conftest import TEXT, _frame, _span, build_tables


def _tables() -> dict:
    tables = build_tables()
    ind = _span(TEXT, "Kazakhstan will deepen ties with China")
    pr = _span(TEXT, "The Foreign Policy Concept for 2020-2030 lists alliance relations with the Russian Federation")
    tables["claims"] = _frame("claims", [
        {"doc_id": "kz/talks", "claim_id": "kz/talks#c1", "claimant_id": "person:aliya-serikova",
         "claimant": "Aliya Serikova", "quote_id": "kz/talks#q1", "text": TEXT[ind[0]:ind[1]],
         "about": "country:CHN|country:KAZ", "start": ind[0], "end": ind[1], "kind": "prediction",
         "hedged": "false", "kind_cue": "will", "hedge": ""},
        {"doc_id": "kz/talks", "claim_id": "kz/talks#c2", "claimant_id": "", "claimant": "", "quote_id": "",
         "text": TEXT[pr[0]:pr[1]], "about": "country:RUS", "start": pr[0], "end": pr[1], "kind": "fact",
         "hedged": "false", "kind_cue": "", "hedge": ""},
    ])
    tables["entities"] = _frame("entities", [
        {"entity_id": f"country:{iso3}", "label": "COUNTRY", "name": name, "code": iso3, "aliases": name,
         "n_mentions": 1, "n_docs": 1}
        for iso3, name in (("KAZ", "Kazakhstan"), ("CHN", "China"), ("RUS", "Russian Federation"))])
    return tables


def test_report_claims_table_rows_carry_kind_cue_claimant_and_entities():
    html = render_report(_tables())
    rows = re.findall(r'<tr data-kind="([a-z]+)">(.*?)</tr>', html)
    assert [kind for kind, _ in rows] == ["prediction", "fact"]
    first, second = rows[0][1], rows[1][1]
    assert '<div class="cue">will</div>' in first and "Aliya Serikova" in first and "China, Kazakhstan" in first
    assert "the document" in second and "Russian Federation" in second
    assert 'id="claim-kind"' in html and '<option value="recommendation">' in html


def test_report_claims_chart_by_kind_and_claimant():
    assert claims_by_kind_and_claimant(_tables()) == {("Aliya Serikova", "prediction"): 1,
                                                      ("(the document)", "fact"): 1}
    html = render_report(_tables())
    assert 'id="chart-claims"' in html and 'title="Aliya Serikova → prediction: 1"' in html
