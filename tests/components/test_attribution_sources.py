"""pipeline_attribution: organizations, states and groups as the source of a statement (no speaker)."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str, str, str, str]]:
    doc = nlp(text)
    return [(q.kind, q.text, q.speaker, q.cue, q.source, q.source_label, q.source_key) for q in doc._.pipeline_quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organization: the organization span gives the source's key
        ("The Russian Foreign Ministry said that the new sanctions would only harden Moscow's position.",
         [("indirect", "the new sanctions would only harden Moscow's position", "", "said",
           "Russian Foreign Ministry", "ORG", "Russian Foreign Ministry")]),
        ("The European Union announced that it would extend the sanctions for six months.",
         [("indirect", "it would extend the sanctions for six months", "", "announced", "European Union", "ORG",
           "EU")]),
        # a capital standing for its state
        ("Moscow insists that the pipeline project is purely commercial.",
         [("indirect", "the pipeline project is purely commercial", "", "insists", "Moscow", "COUNTRY", "RUS")]),
        ("Beijing has repeatedly said it opposes any interference in its internal affairs.",
         [("indirect", "it opposes any interference in its internal affairs", "", "said", "Beijing", "COUNTRY",
           "CHN")]),
        # a group named by place, and an unnamed official: the source as written, no entity key
        ("Richmond police said the suspect had been released on bail.",
         [("indirect", "the suspect had been released on bail", "", "said", "Richmond police", "GROUP", "")]),
        ("An Egyptian education official said the exams would be held in June.",
         [("indirect", "the exams would be held in June", "", "said", "An Egyptian education official", "GROUP",
           "")]),
    ],
)
def test_attribution_sources_rows(nlp, text, expected):
    assert _rows(nlp, text) == expected


def test_attribution_sources_person_has_no_source(nlp):
    text = "Foreign Minister Bakhtiyor Saidov said that the border talks would resume in May."
    assert _rows(nlp, text) == [
        ("indirect", "the border talks would resume in May", "Bakhtiyor Saidov", "said", "", "", "")]


def test_attribution_sources_pronoun_is_no_source(nlp):
    text = "They said the border talks would resume in May."
    assert _rows(nlp, text) == [("indirect", "the border talks would resume in May", "", "said", "", "", "")]


def test_attribution_sources_subject_after_fronted_phrase(nlp):
    """The parser joins the subject to a fronted phrase ("In its annual review, the Bank …"): both acts
    of the organization are found."""
    text = ("In its annual review, the Eurasian Development Bank described the new corridor as a turning point and "
            "said freight volumes would double by 2030.")
    assert _rows(nlp, text) == [
        ("indirect", "the new corridor as a turning point", "", "described", "Eurasian Development Bank", "ORG",
         "EDB"),
        ("indirect", "freight volumes would double by 2030", "", "said", "Eurasian Development Bank", "ORG", "EDB"),
    ]
