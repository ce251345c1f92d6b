"""Shared by the tests of what pipeline_policy reads in sentences the priority-sentence model flags: the rows a Doc's
policies give, and flags forced on the sentences that hold given phrases (the model itself left out)."""

from __future__ import annotations

import pytest

from pipeline.components.policy.component import Policy


def policy_rows(doc) -> list[tuple[str, str, str, str]]:
    """(owner, partner, partner code, relation) of every priority of ``doc``."""
    return [(p.owner_iso3, q.partner, q.partner_code, q.relation)
            for p in doc._.pipeline_policies for q in p.priorities]


def flag_sentences(monkeypatch: pytest.MonkeyPatch, *phrases: str) -> None:
    """Make ``Policy.sentence_marks`` flag, and be sure of, the sentences that hold one of ``phrases`` (none: no
    sentence)."""
    def marks(self, doc):
        return {s.start_char: True for s in doc.sents if any(p in s.text for p in phrases)}
    monkeypatch.setattr(Policy, "sentence_marks", marks)
