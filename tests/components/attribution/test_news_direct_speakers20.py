"""pipeline_attribution: direct quotes the round-20 rules keep or give a speaker (a fragment inside a person's
reported statement, a fragment whose "that" clause the parser hung on a noun, a long title before the name
after a quote, a role the text gave a person or an occupation, a topic a sentence opens with, an unnamed
source taken up by a role, a subject inside a reported clause, a clause joined after the quote)."""

from __future__ import annotations

import pytest


def _direct(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short fragment with no cue of its own inside a person's reported statement is that person's
        ("Deputy Mayor Colm Reddan said the new bus lanes had been a \"quiet success\" in their first month.",
         [("quiet success", "Colm Reddan", "")]),
        # with no reported statement around it, it is a term, not a quote
        ("The \"quiet success\" of the bus lanes surprised the traders on Main Street.", []),
    ],
)
def test_attribution_direct_fragment_inside_report(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the "that" clause hangs on a noun of the cue's adjunct ("at the meeting that …"): the cue still reports it
        ("Councillor Nuala Breen told residents at the meeting on Tuesday that the council had made \"real "
         "progress\" on the drains.",
         [("real progress", "Nuala Breen", "")]),
    ],
)
def test_attribution_direct_fragment_of_misparsed_report(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title joined by "and" and "for" before the name, after the quote
        ("\"Every town needs a harbour that works in winter,\" Deputy Premier and Minister for Foreign Affairs "
         "Aoife Garvan said on Monday.",
         [("Every town needs a harbour that works in winter", "Aoife Garvan", "")]),
    ],
)
def test_attribution_direct_long_title_after_quote(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the text gave the person that title ("Crown Prince"): "the crown prince" is that person
        ("Crown Prince Karim al-Fahad opened the new port on Friday.\n\n\"Trade is how a small country "
         "grows,\" the crown prince told reporters.",
         [("Trade is how a small country grows", "Karim al-Fahad", "")]),
    ],
)
def test_attribution_direct_role_given_by_text(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the person a sentence opens with ("For X, …") is the topic a later "she" refers to
        ("Council leader Maeve Dunne said the library would reopen in spring. Asked about the pool, she "
         "replied: \"That is a matter for the board.\"\n\nFor Orla Fenton, that is not enough. \"We have "
         "waited three years already,\" she said.",
         [("That is a matter for the board.", "Maeve Dunne", ""),
          ("We have waited three years already", "Orla Fenton", "")]),
    ],
)
def test_attribution_direct_fronted_topic_pronoun(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the diplomat" takes up the unnamed diplomat, not the last named speaker
        ("Foreign Minister Tomas Kallas said the bid was strong. A senior diplomat involved in the talks, "
         "who asked not to be named, said the road map had been completed. \"The rest is up to the "
         "leaders,\" the diplomat said.",
         [("The rest is up to the leaders", "", "diplomat")]),
        # a diplomat named in apposition is that person
        ("The talks stalled, said Marta Ilves, a diplomat at the mission in Tallinn. \"Nobody wants to move "
         "first,\" the diplomat said.",
         [("Nobody wants to move first", "Marta Ilves", "")]),
    ],
)
def test_attribution_direct_unnamed_role(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "she" continues the reporter, not the subject of a relative clause inside her report
        ("Transport Minister Yusuf Demir spoke first. Leyla Arslan, an economist at the university, said the "
         "lines Demir listed had been planned for decades. \"Nobody will lend the money while rates are this "
         "high,\" she said.",
         [("Nobody will lend the money while rates are this high", "Leyla Arslan", "")]),
    ],
)
def test_attribution_direct_reporter_of_inner_subject(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # ", and X said …" after the quote opens a clause of its own: the fragment is the first speaker's
        ("Trade Minister Ana Ruiz described the port as \"a door to the whole region\", and Finance Minister "
         "Pablo Ortega said the two ministries would meet in May.",
         [("a door to the whole region", "Ana Ruiz", "")]),
    ],
)
def test_attribution_direct_joined_clause_after_quote(nlp, text, expected):
    assert _direct(nlp, text) == expected
