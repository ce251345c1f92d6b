"""pipeline_attribution, reported speech on news: where a statement ends before the writer's closing aside
about a name (a relative clause, an appositive), and paragraphs opened by the speaker's name and a colon."""

from __future__ import annotations

import pytest


def _indirect(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator said the bill had been drafted by Ruth Calloway, who had covered the casino industry for "
         "years.",
         [("the bill had been drafted by Ruth Calloway", "said")]),
        ("The mayor praised Daniel Okafor, the city's former fire chief.",
         [("Daniel Okafor", "praised")]),
    ],
)
def test_attribution_statement_ends_before_aside_about_a_name(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # about a common noun the relative clause is part of what was said
        ("The minister said the agreement would bring relations between the two states to a new level, which "
         "will make it possible to cut tariffs.",
         [("the agreement would bring relations between the two states to a new level, which will make it "
           "possible to cut tariffs", "said")]),
        # "which" / "where" about a place or a body goes on with the speaker's point (our gold keeps it)
        ("Officials said the vaccination campaign would begin in Marlow, which has the lowest vaccination rate "
         "in the region.",
         [("the vaccination campaign would begin in Marlow, which has the lowest vaccination rate in the region",
           "said")]),
        # a relative clause with a modal verb is a prediction of the speaker's
        ("The envoy said the real test would come in Brussels, where ministers may reject the plan.",
         [("the real test would come in Brussels, where ministers may reject the plan", "said")]),
    ],
)
def test_attribution_relative_clause_that_belongs_to_the_statement_stays(nlp, text, expected):
    assert _indirect(nlp, text) == expected


def test_attribution_speaker_label_opens_a_paragraph(nlp):
    text = ("Host Ann Reynolds asked the mayor about the budget.\n\n"
            "REYNOLDS: Do you think the council made the right call on the budget?")
    assert ("Do you think the council made the right call on the budget?", ":") in _indirect(nlp, text)


def test_attribution_speaker_label_in_a_headline_line(nlp):
    text = ("Senator Carla Mendes: The Farm Bill Will Pass Before The Recess.\n\n"
            "The senator told reporters on Tuesday that the bill had the votes.")
    assert _indirect(nlp, text) == [("The Farm Bill Will Pass Before The Recess", ":"),
                                    ("the bill had the votes", "told")]


def test_attribution_label_that_names_no_person_gives_no_row(nlp):
    text = ("The paper published a correction on Monday.\n\n"
            "Editor's note: This story has been updated to include comments from the mayor's office.")
    assert _indirect(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sen. Bernie Sanders (I-Vt.) defended his call to raise the federal minimum wage to $15 an hour.",
         [("his call to raise the federal minimum wage to $15 an hour", "defended")]),
    ],
)
def test_attribution_object_keeps_its_infinitive(nlp, text, expected):
    assert _indirect(nlp, text) == expected
