"""pipeline_policy, round 37: an indefinite plan or agenda that a person lays out is that person's statement of
priorities, owned by the text's country ("King X used his speech to lay out an ambitious plan to ..."); a subject
named after a title the recogniser missed ("King Mohammed VI") is the statement's speaker. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from pipeline.components.policy.continuity import statement_speaker

from ..table_rows import policy_rows

KING = ("King Sets Out Atlantic Vision\n\nRABAT, 7 November 2023 — King Mohammed VI used his annual speech on Monday "
        "evening to lay out an ambitious plan to turn Morocco's Atlantic coast into a gateway for Africa.\n\nThe "
        "monarch also called for a stronger maritime economy and for a national merchant fleet.\n")


@pytest.mark.model
def test_doc_round37_plan_a_person_lays_out(nlp):
    """"King X used his speech to lay out an ambitious plan": the king's statement, Morocco's (its dateline), and what
    "the monarch" calls for goes on with it."""
    doc = nlp(KING)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == [("MAR", "")]
    assert policy_rows(doc) == [("MAR", "", "national merchant fleet"), ("MAR", "", "stronger maritime economy")]


@pytest.mark.model
def test_doc_round37_titled_subject_is_the_speaker(nlp):
    doc = nlp("King Mohammed VI used his annual speech to lay out an ambitious plan.")
    sent = next(iter(doc.sents))
    assert statement_speaker(doc, sent, frozenset({"king"})) == "Mohammed VI"
    assert statement_speaker(doc, sent) == ""
