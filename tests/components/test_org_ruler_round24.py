"""pipeline_org_ruler and pipeline_person_ruler, round 24: mechanisms of the round-22 sets that recur on older
development sets (sentences written for these tests; exact values)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows, organization_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the outlet asking an interview's questions, on the lines it opens
        ("Interview\n\nAral Review: Why was the plan delayed?\n\nTemirova: Money ran out.\n",
         [("Aral Review", "Aral Review")]),
        # a heading with a colon asks nothing
        ("Strategic Review: the main findings\n\nThe plan was delayed. Why? Money ran out.\n", []),
        # told something: an outlet's last word, whatever the NER reads there
        ("Marat Osmonov told Tundra Bulletin that the road would reopen next week.",
         [("Tundra Bulletin", "Tundra Bulletin")]),
        # a dateline's outlet in parentheses without a date; the place in capitals is none
        ("ALMATY (Oxus Ledger) \u2014 Kazakhstan will open a new rail line to China.",
         [("Oxus Ledger", "Oxus Ledger")]),
    ],
)
def test_org_ruler_outlets_of_interviews_tellings_and_datelines(nlp, text, expected):
    assert organization_pairs(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "its": the organization named two sentences before, the sentence between naming none
        ("The Karoo Water Board said the pipes would be replaced by Friday. No one was hurt in the burst, residents "
         "said. Its spokeswoman, Nomsa Dlamini, told reporters that repairs would take a week.",
         [("Nomsa Dlamini", "spokeswoman", "Karoo Water Board", "")]),
        # "the board" between them refers to it
        ("The Karoo Water Board said the pipes would be replaced by Friday. The board blamed old steel. Its "
         "spokeswoman, Nomsa Dlamini, told reporters that repairs would take a week.",
         [("Nomsa Dlamini", "spokeswoman", "Karoo Water Board", "")]),
        # a state named between them is what "its" may be: no organization
        ("The Congress voted on Tuesday. Hungary, the only member that has not ratified the accession, signalled "
         "that it would not stand in the way. Its foreign minister, Peter Horvath, said so on Monday.",
         [("Peter Horvath", "foreign minister", "", "")]),
    ],
)
def test_affiliations_its_role_of_the_topic_organization(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected
