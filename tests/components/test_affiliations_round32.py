"""pipeline_person_ruler, round 32: a committee's chair in its own summary, and a role with a lower-case portfolio at
an organization named before ("at the ministry") (sentences written for these tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Standing Committee on Trade and Industry\n\nThe Committee met twice to review the plan. The committee "
         "heard the Ministry of Trade. The chairperson, Lerato Dube, told members the plan was thin on money.",
         [("Lerato Dube", "chairperson", "Standing Committee on Trade and Industry", "")]),
        ("The Health Committee of the Senate reviewed the bill. The committee noted gaps. Several members, the chair "
         "Mirela Stan said, wanted more money.",
         [("Mirela Stan", "chair", "Health Committee of the Senate", "")]),
    ],
)
def test_affiliations_a_chair_of_the_committee_the_text_refers_to(nlp, text, expected):
    doc = nlp(text)
    assert affiliation_rows(doc) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ministry of Fisheries said the rules would change. Tomas Reyes, director of coastal licensing at the "
         "ministry, said the fees would double.",
         [("Tomas Reyes", "director", "Ministry of Fisheries", "")]),
        ("The Ministry of Fisheries said the rules would change. The deputy director for coastal licensing at the "
         "ministry, Tomas Reyes, said the fees would double.",
         [("Tomas Reyes", "deputy director for coastal licensing", "Ministry of Fisheries", "")]),
    ],
)
def test_affiliations_a_role_with_a_portfolio_at_the_organization_named_before(nlp, text, expected):
    doc = nlp(text)
    assert affiliation_rows(doc) == expected
