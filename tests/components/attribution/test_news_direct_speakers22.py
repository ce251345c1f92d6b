"""pipeline_attribution: direct quotes the round-22 rules keep, drop or give a speaker (a fragment inside a
group's reported statement, a name a body gives itself, a participle that ends a clause of time or a relative
clause)."""

from __future__ import annotations

import pytest


def _direct(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short fragment inside the reported statement of a group is that group's, as a person's would be
        ("Officials at the harbour said on Monday that the new dock would make the town a \"gateway to the "
         "north\".",
         [("gateway to the north", "", "Officials")]),
    ],
)
def test_attribution_direct_fragment_inside_group_report(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Norway, which described itself as a \"polar gateway\" in its strategy, has opened two research stations.",
        "The port authority has attracted investors, in part by calling itself a \"green harbour\".",
    ],
)
def test_attribution_direct_self_label_is_no_quote(nlp, text):
    assert _direct(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the participle ends the clause of time: its subject shouts, not the main clause's
        ("The trouble began at the fairground in Tralee, when farmers interrupted the minister's speech, "
         "shouting \"no more quotas!\"",
         [("no more quotas!", "", "farmers")]),
    ],
)
def test_attribution_direct_participle_after_clause_of_time(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what a crowd chants is speech, though it is written like a title
        ("Outside the town hall, about fifty tenants stood in the rain chanting \"Fair Rents Now.\"",
         [("Fair Rents Now.", "", "about fifty tenants")]),
        # a quotation after a noun of chanting and "of" is the crowd's, with no one speaker
        ("The mayor walked into the hall to chants of \"Four more years!\" from the front rows.",
         [("Four more years!", "", "")]),
        # ... the crowd's that answers with them
        ("When the landlord left, the tenants answered with chants of \"Lower the rents!\"",
         [("Lower the rents!", "", "tenants")]),
    ],
)
def test_attribution_direct_chants(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a digest's item: the cited article's headline in capitals opens the paragraph of the quotation
        ("Here is what else we are reading today.\n\nFERRY FARES CLIMB AGAIN ON THE ISLANDS \"Passengers on the "
         "western routes will pay almost a fifth more from March, the third rise in two years.\" [Coast Herald.]",
         [("Passengers on the western routes will pay almost a fifth more from March, the third rise in two years.",
           "", "FERRY FARES CLIMB AGAIN ON THE ISLANDS")]),
    ],
)
def test_attribution_direct_digest_heading(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last speaker is no "Russian leader": the role stays the source
        ("\"The stadium will be finished on time,\" said Klaus Berger, the head of the football federation.\n\n"
         "Later the head of state met reporters in the capital. \"We will host the final,\" the Russian leader said.",
         [("The stadium will be finished on time", "Klaus Berger", ""),
          ("We will host the final", "", "Russian leader")]),
        # the text qualified the person so: the role is that person
        ("Tom Reilly, the governor of New Jersey, spoke first. \"It starts to pay off,\" the New Jersey governor "
         "told reporters.",
         [("It starts to pay off", "Tom Reilly", "")]),
    ],
)
def test_attribution_direct_qualified_role(nlp, text, expected):
    assert _direct(nlp, text) == expected
