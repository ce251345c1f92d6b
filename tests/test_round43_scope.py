"""pipeline_policy, round 43 (scope): a text that names no document but keeps referring back to one ("the plan")
has that document, owned by the text's country or by the country whose sentence first speaks of it. Texts written
for these tests; exact rows (owner, partner, partner code, relation)."""

from __future__ import annotations

from .policy_flags import flag_sentences, policy_rows

UNNAMED_PLAN = (
    "Opinion\n\n"
    "The roadmap nobody read\n\n"
    "By Ana Lopes\n\n"
    "In 2016, Cabo Verde took a plan to its donors in Lisbon. The plan was called Ambition Horizon, and I helped to "
    "write it.\n\n"
    "Energy comes first in the plan. Fisheries come next, and tourism closes the list.\n\n"
    "The plan was never funded in full. I still think the plan deserves another look.\n"
)


def test_referred_plan_is_the_texts_document(nlp, monkeypatch):
    flag_sentences(monkeypatch)  # no sentence flagged: the rules alone
    assert policy_rows(nlp(UNNAMED_PLAN)) == [
        ("CPV", "", "", "Energy"), ("CPV", "", "", "Fisheries"), ("CPV", "", "", "tourism")]


def test_two_references_open_no_document(nlp, monkeypatch):
    """Two definite references are not enough: a plan mentioned in passing in news opens no document."""
    flag_sentences(monkeypatch)
    text = UNNAMED_PLAN.replace("The plan was never funded in full. I still think the plan deserves another look.",
                                "Nobody funded it in full.")
    assert policy_rows(nlp(text)) == []
