"""pipeline_person_ruler, round 28: mechanisms of the round-21 to round-26 sets that recur across their writers
(sentences written for these tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organization head noun alone before the role names the organization named before with it
        ("The Ministry of Transport and Works said the bridge would reopen. \"We are on schedule,\" said "
         "Clara Mendes, a ministry spokeswoman.",
         [("Clara Mendes", "spokeswoman", "Ministry of Transport and Works", "")]),
        ("The Andean Fisheries Commission will pay for the survey, according to Tomas Rivas, a Commission "
         "spokesman in Lima.",
         [("Tomas Rivas", "spokesman", "Andean Fisheries Commission", "")]),
        # no organization named before with that noun: the role alone
        ("\"We are on schedule,\" said Clara Mendes, a ministry spokeswoman.",
         [("Clara Mendes", "ministry spokeswoman", "", "")]),
    ],
)
def test_affiliations_kind_before_the_role(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


def test_affiliations_its_refers_to_the_ner_organization(nlp):
    text = ("The opposition Unión Liberal was less enthusiastic. Its foreign affairs spokesperson, Lucia Ferrer, "
            "said the plan was vague.")
    assert affiliation_rows(nlp(text)) == [("Lucia Ferrer", "foreign affairs spokesperson", "Unión Liberal", "")]


def test_affiliations_a_noun_qualifying_another_names_no_body(nlp):
    text = ("Omar Tahir, an analyst at the Centre for Energy Policy, doubted the plan. Lena Petrova, chair of the "
            "energy committee, said the pipeline was ready.")
    assert affiliation_rows(nlp(text)) == [("Omar Tahir", "analyst", "Centre for Energy Policy", ""),
                                           ("Lena Petrova", "chair", "", "")]
