"""pipeline_policy: the items read inside sentences the rules read (their boundaries and partners). Sentences from
the development sets, in texts written for these tests; exact rows (owner, partner, partner code, relation). Where a
sentence is read only because the sentence model flags it, ``Policy.flagged_sentences`` is replaced by one that flags
the sentences holding a given phrase (the model is not part of these tests)."""

from __future__ import annotations

import pytest

from pipeline.components.policy.component import Policy

HEAD = ("China Issues Its Arctic Policy\n\n"
        "BEIJING, 26 January 2018 — China issued its first white paper on the Arctic on Friday.\n\n"
        "The document, titled China's Arctic Policy, says China's policy goals are to understand and protect the "
        "Arctic. ")
GOALS = [("CHN", "", "", "understand"), ("CHN", "", "", "protect the Arctic")]


def _rows(doc):
    return [(p.owner_iso3, q.partner, q.partner_code, q.relation)
            for p in doc._.pipeline_policies for q in p.priorities]


def _flag(monkeypatch, *phrases: str) -> None:
    def flagged(self, doc):
        return frozenset(s.start_char for s in doc.sents if any(p in s.text for p in phrases))
    monkeypatch.setattr(Policy, "flagged_sentences", flagged)


@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Fisheries, tourism and scientific research are listed as further areas of cooperation.",
                 [("CHN", "", "", "Fisheries"), ("CHN", "", "", "tourism and scientific research")],
                 id="passive-subject-ends-before-its-verb"),
])
def test_flagged_sentence_items(nlp, monkeypatch, sentence, expected):
    _flag(monkeypatch, sentence[:20])
    assert _rows(nlp(HEAD + sentence + "\n")) == GOALS + expected
