"""pipeline_policy, round 27: a document the rules read nothing of is read through the sentence model's flagged
sentences when they give it three items or more; in an interview, the answers go on about the policy the text
introduced, and the interviewee's "we" is its owner."""

from __future__ import annotations

import pytest

from pipeline.components.policy.continuity import interview_turns
from pipeline.components.policy.items import Item
from pipeline.components.policy.priorities import _loosely_read


@pytest.mark.parametrize(("documents", "read"), [
    ([0, 0, 0], {0}),  # three flagged sentences' items: the document is read
    ([0, 0, 1], set()),  # two: one flagged sentence may be an aside, no document is read
    ([0, 1, 0, 1, 1, 0], {0, 1}),
    ([], set()),
])
def test_policy_round27_loosely_read(documents, read):
    assert _loosely_read([Item(k, k + 1, d) for k, d in enumerate(documents)]) == read


@pytest.mark.parametrize(("text", "turns"), [
    ("Q: Why?\n\nA: Trade.\n\nEnd.", ([(0, 7)], [(9, 18)])),  # question and answer in paragraphs of their own
    ("Intro.\n\nWhat first?\nAfrica. Then Asia.\n\nTail", ([(8, 19)], [(20, 38)])),  # the answer on the next line
    ("Is it? Yes it is.\n\nDoes it work?", ([], [])),  # a question inside a line; a question without an answer
])
def test_policy_round27_interview_turns(text, turns):
    assert interview_turns(text) == turns


_INTERVIEW = ("Portugal's foreign minister on the year ahead\n\nThe Review spoke with Foreign Minister Ana Lopes after"
              " she presented Portugal's foreign policy priorities for 2025.\n\n")


@pytest.mark.model
@pytest.mark.parametrize(("text", "rows"), [
    (  # the interviewee's "we" is the owner: what it wants and will do, not what refers back ("do so soon")
        "Q: What comes first?\n\nA: Africa. We want to deepen our partnership with Angola, and we will keep supporting"
        " Ukraine in its defence.\n\nQ: And trade?\n\nA: We will open new markets in Asia for our exporters. We will"
        " do so soon.",
        [(1, "Angola", "AGO", "partnership"),
         (2, "Ukraine", "UKR", "keep supporting Ukraine in its defence"),
         (3, "", "", "open new markets in Asia for our exporters")],
    ),
    (  # an answer on the line after its question; "they" is not the owner
        "What comes first?\nAfrica. We want to deepen our partnership with Angola.\n\nDid the opposition agree?\nNo."
        " They want a referendum.",
        [(1, "Angola", "AGO", "partnership")],
    ),
])
def test_policy_round27_interview_answers(nlp, text, rows):
    doc = nlp(_INTERVIEW + text)
    assert [(q.rank, q.partner, q.partner_code, q.relation) for p in doc._.pipeline_policies
            for q in p.priorities] == rows
