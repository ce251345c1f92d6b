"""pipeline_attribution, where reported speech ends: a descriptive appositive stays in the statement, the writer's
comment after a comma does not even where the parser makes it an object, a clause joined by ", and" whose own
subject says something is the next report, and "…, and he pointed to X" is no trailing attribution of the clause
before it."""

from __future__ import annotations

import pytest


def _indirect(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(q.cue, q.text) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(("text", "expected"), [
    # "meant" tagged as a past tense has no subject: a participle describing the policy, part of what was said
    ("Officials said Malawi has adopted its first water security policy, a document meant to place the dams "
     "under civilian oversight.",
     [("said", "Malawi has adopted its first water security policy, a document meant to place the dams under "
       "civilian oversight")]),
    # a phrase with its own past clause is the writer's comment, also where the parser took it for an object
    ("The minister said the coast guard had to become ready again, a phrase he had used before and which drew "
     "criticism from his own party.",
     [("said", "the coast guard had to become ready again")]),
    ("Officials said the ministry had no troops on the border, a point the delegation repeated several times "
     "during the talks.",
     [("said", "the ministry had no troops on the border")]),
])
def test_attribution_appositive_after_statement(nlp, text, expected):
    assert _indirect(nlp, text) == expected


def test_attribution_next_report_after_comma_and_is_not_content(nlp):
    text = ("The ministry said it had not supplied any radar to the navy, and the Foreign Ministry said on "
            "Wednesday that such claims were baseless.")
    assert _indirect(nlp, text) == [("said", "it had not supplied any radar to the navy"),
                                    ("said", "such claims were baseless")]


def test_attribution_coordinated_clause_is_no_trailing_attribution(nlp):
    text = "Ali Banda said the bridge would reopen in May, and he pointed to the new budget as proof."
    assert _indirect(nlp, text) == [("said", "the bridge would reopen in May"),
                                    ("pointed to", "the new budget as proof")]
