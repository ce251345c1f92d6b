"""pipeline_attribution: a capitalised role with "the" ("the Prime Minister said", "the Secretary of State
explained", "According to the Director-General", "the King said") is the person the text named with that title,
not an organization or a name of its own."""

from __future__ import annotations

import pytest


def _speakers(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.kind, q.speaker, q.source) for q in doc._.pipeline_quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the title written before the name, then the title alone with "the"
        ("Prime Minister Jonas Ekberg opened the session on Monday. The Prime Minister said that the budget "
         "would be balanced by 2026.",
         [("indirect", "Jonas Ekberg", "")]),
        # the title in apposition before the name; "of" and one capitalised word belong to the role
        ("The Secretary of State for Trade, Maria Olsen, presented the report. The Secretary of State explained "
         "that tariffs would fall next year.",
         [("indirect", "Maria Olsen", "")]),
        # a hyphenated title
        ("Director-General Amina Yusuf opened the hearing. According to the Director-General, the plan was on "
         "track for completion.",
         [("indirect", "Amina Yusuf", "")]),
        # a title the person spans do not cover: the name written after it
        ("King Harald V addressed parliament in the evening. The King said that the country must stay united "
         "in hard times.",
         [("indirect", "Harald V", "")]),
    ],
)
def test_capitalised_role_is_the_titled_person(nlp, text, expected):
    assert _speakers(nlp, text) == expected


def test_capitalised_role_with_no_one_titled_is_no_name(nlp):
    # no prime minister named: the role is no person's name ("Minister" was a speaker of its own before)
    got = _speakers(nlp, "The budget was published on Monday. The Prime Minister said that it would be "
                         "balanced by 2026.")
    assert [(kind, speaker) for kind, speaker, _ in got] == [("indirect", "")]
