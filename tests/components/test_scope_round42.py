"""pipeline_policy, round 42 (scope): a title headed by "Initiative" is a document where a document noun the
government issues stands in apposition to it ("the Libya Stabilization Initiative, a short paper that the Government
of National Unity presented"), and a report that names itself ("This report sets out ...") is the text, not the
document it reports on. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..table_rows import policy_rows

INITIATIVE = ("Tripoli's plan, three years on\n\nIn October 2021, Libya hosted a conference in Tripoli. Its "
              "centrepiece was the Libya Stabilization Initiative, a short paper that the Government of National "
              "Unity presented as its own route out of a decade of division.\n\nThe initiative has two tracks. "
              "Security comes first.\n")
REPORT = ("Report of the Economy Committee\n\n1. The Growth and Sustainable Development Strategy (GSDS) was adopted "
          "by the Cabinet of Belize in 2016. This report sets out its findings. The Committee held three hearings "
          "in Belmopan in 2017.\n\n2. The strategy puts tourism first.\n")


@pytest.mark.model
def test_scope_round42_initiative_the_government_presented(nlp):
    """The title's apposed "a short paper that the Government ... presented" makes the Initiative a document."""
    doc = nlp(INITIATIVE)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == [
        ("LBY", "Libya Stabilization Initiative")]
    assert policy_rows(doc) == [("LBY", "", "Security")]


@pytest.mark.model
def test_scope_round42_the_report_names_itself(nlp):
    """"This report sets out its findings": the committee's report, no priority of the strategy."""
    assert policy_rows(nlp(REPORT)) == [("BZE", "", "tourism")] or policy_rows(nlp(REPORT)) == [
        ("BLZ", "", "tourism")]
