"""pipeline_policy: sentences a sentence model flags as stating priorities where the rules read nothing (loose.py and
priorities._flagged_items). The model is not part of these tests: ``Policy.sentence_marks`` is replaced by one
that flags the sentences holding a given phrase. Texts written for these tests; exact rows (owner, partner, partner
code, relation)."""

from __future__ import annotations

import pytest

from pipeline.components.policy.component import Policy

from .policy_flags import flag_sentences, policy_rows

GHANA = (
    "Ghana Adopts a New Development Plan\n\n"
    "ACCRA, 9 June 2025 — Ghana's cabinet approved the National Development Plan for 2026-2030 on Monday. The plan "
    "calls for the expansion of irrigation and the training of nurses.\n\n"
    "Officials described the mood at the meeting as upbeat.\n\n"
    "The first three are food security, affordable housing and digital skills.\n\n"
    "Unlike Russia, Ghana gives priority to closer security cooperation with Nigeria, Togo and Benin.\n\n"
    "Nigeria, for its part, gives priority to closer ties with Togo.\n\n"
    "By 2030 the plan aims\n- to double cocoa processing;\n- to halve youth unemployment.\n"
)
RULES = [("GHA", "", "", "expansion of irrigation"), ("GHA", "", "", "training of nurses")]

NEWS = (
    "Senator Promises Tougher Line on Hackers\n\n"
    "WASHINGTON, 3 October 2016 — Senator Jane Doe told a veterans group in Ohio that she would order a full review "
    "of the nation's computer defences and warned against hackers from China and Russia. She also vowed to set up a "
    "joint federal task force with the military to crack down on hackers.\n\n"
    "Her opponent called the plan vague.\n"
)




def test_no_flags_no_loose_rows(nlp, monkeypatch):
    flag_sentences(monkeypatch)  # no sentence flagged: the rules' rows only
    assert policy_rows(nlp(GHANA)) == RULES


@pytest.mark.parametrize(("phrase", "expected"), [
    pytest.param("The first three", [("GHA", "", "", "food security"), ("GHA", "", "", "affordable housing"),
                                     ("GHA", "", "", "digital skills")], id="list-subject-domestic"),
    pytest.param("Unlike Russia", [("GHA", "Nigeria", "NGA", "closer security cooperation"),
                                   ("GHA", "Togo", "TGO", "closer security cooperation"),
                                   ("GHA", "Benin", "BEN", "closer security cooperation")],
                 id="coordinated-partners-and-a-decoy"),
    pytest.param("for its part", [], id="another-state-acts"),
    pytest.param("By 2030", [("GHA", "", "", "double cocoa processing"), ("GHA", "", "", "halve youth unemployment")],
                 id="bulleted-lines"),
])
def test_flagged_sentence_rows(nlp, monkeypatch, phrase, expected):
    flag_sentences(monkeypatch, phrase)
    assert policy_rows(nlp(GHANA)) == RULES + expected


def test_flagged_news_sentence_gives_no_row(nlp, monkeypatch):
    """A review the senator would order is a document the rules read no priority of: a flagged sentence does not
    start one."""
    flag_sentences(monkeypatch, "She also vowed", "Senator Jane Doe told")
    assert policy_rows(nlp(NEWS)) == []


def test_flag_inside_a_sentence(nlp, monkeypatch):
    """The model may split the text a little differently: a flagged offset inside a sentence flags it."""
    def marks(self, doc):
        return {s.start_char + 4: True for s in doc.sents if "The first three" in s.text}
    monkeypatch.setattr(Policy, "sentence_marks", marks)
    assert policy_rows(nlp(GHANA))[2:] == [("GHA", "", "", "food security"), ("GHA", "", "", "affordable housing"),
                                     ("GHA", "", "", "digital skills")]
