"""pipeline_policy, round 26: goal sentences whose subject is one noun or a named body ("Exports are to be
diversified", "The Arctic Council is to be supported"), past goals ("were to be expanded"), and the owner a headline
names with a possessive ("Reading Lithuania's Indo-Pacific Strategy") over a capital elsewhere in it."""

from __future__ import annotations

import pytest


def _documents(doc):
    return [(p.owner_iso3, p.document) for p in doc._.pipeline_policies]


def _rows(doc):
    return [(q.rank, q.partner, q.partner_code, q.relation) for p in doc._.pipeline_policies for q in p.priorities]


_LEAD = "Norway adopts new defence plan\n\nNorway adopted its Long-Term Defence Plan in 2024. "

GOALS = [
    (  # a goal whose subject is one common noun
        "The plan also sets goals for the economy. Exports are to be diversified into new markets.",
        [(1, "", "", "diversification of exports into new markets")],
    ),
    (  # a goal the text reports in the past
        "Agriculture was to be modernised.",
        [(1, "", "", "modernisation of agriculture")],
    ),
    (  # a coordinated subject states one goal
        "Hospitals, farms and universities are to offer their know-how abroad.",
        [(1, "", "", "Hospitals, farms and universities are to offer their know-how abroad")],
    ),
    (  # a named body abroad, or one that owns the subject, is the goal's partner; a national body is none
        "The Arctic Council is to be supported. NATO's role in the North is to be strengthened. The Home Guard is to"
        " grow to 45,000 soldiers.",
        [(1, "Arctic Council", "Arctic Council", "Arctic Council is to be supported"),
         (2, "NATO", "NATO", "NATO's role in the North is to be strengthened"),
         (3, "", "", "Home Guard is to grow to 45,000 soldiers")],
    ),
    (  # how the army is to develop: a question the plan answers, no goal
        "The plan sets out how the armed forces are to develop.",
        [],
    ),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "rows"), GOALS)
def test_policy_round26_goal_subjects(nlp, text, rows):
    assert _rows(nlp(_LEAD + text)) == rows


@pytest.mark.model
def test_policy_round26_headline_possessor_owns(nlp):
    """A capital in the headline ("East of Beijing") yields to the country whose document it names."""
    doc = nlp("COMMENTARY\n\nVilnius Looks East of Beijing: Reading Lithuania's Indo-Pacific Strategy\n\nSmall states"
              " rarely write such texts. In July 2023 the government approved its first Indo-Pacific strategy. The"
              " strategy focuses on trade, research and maritime security.")
    assert {owner for owner, _ in _documents(doc)} == {"LTU"}


@pytest.mark.model
def test_policy_round26_headline_possessor_paragraph(nlp):
    """The headline's "Jordan's Growth Plan" owns a title that only another country stands before in its paragraph."""
    doc = nlp("A Million Jobs? Jordan's Growth Plan Meets the Street\n\nIn the workshops the talk is about orders from"
              " Iraq. Yet the Economic Modernization Vision, launched in June 2022, is meant to guide the economy. The"
              " Vision focuses on tourism, industry and services.")
    assert [owner for owner, _ in _documents(doc)] == ["JOR"]
