"""pipeline_attribution, round 42: subjects the parser hung elsewhere (a fronted participle taken for the verb's
clausal subject, a share of a group taken for the verb's modifier) and a role the text brought in without a name
through "according to"."""

from __future__ import annotations

import pytest


def _indirect(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    return [(q.speaker or "", q.source or "", q.cue, q.text) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Opening the session, the centre's director, Sonam Wangmo, recalled that the plan set itself one objective.",
     ("Sonam Wangmo", "", "recalled", "the plan set itself one objective")),
    ("Opening the session, the centre's director recalled that the plan set itself one objective.",
     ("", "centre's director", "recalled", "the plan set itself one objective")),
])
def test_attribution_subject_after_fronted_participle(nlp, text, expected):
    assert _indirect(nlp, text)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("About 4 in 10 say they want the next president to have more liberal policies.",
     ("", "About 4 in 10", "say", "they want the next president to have more liberal policies")),
    ("Less than a third agreed with the President that Britain would have to wait its turn.",
     ("", "Less than a third", "agreed", "Britain would have to wait its turn")),
])
def test_attribution_share_of_a_group_hung_on_the_verb(nlp, text, expected):
    assert _indirect(nlp, text)[-1] == expected


def test_attribution_role_brought_in_unnamed_by_according_to(nlp):
    text = ("Jorge Lima, the mayor of Mindelo, said the deal was good. Nouakchott sees the deal as proof that its "
            "firms can expand abroad, according to a Mauritanian trade official who declined to be named. The "
            "official said that two other processors were studying sites in Senegal.")
    assert _indirect(nlp, text)[-1] == ("", "official", "said", "two other processors were studying sites in Senegal")



@pytest.mark.parametrize(("text", "expected"), [
    ("TEHRAN, 21 August 2024 — Iran’s foreign minister-designate, Abbas Araghchi, told parliament on Wednesday that "
     "relations with neighbouring countries would come first in his foreign policy if lawmakers confirmed him.",
     ("Abbas Araghchi", "", "told",
      "relations with neighbouring countries would come first in his foreign policy if lawmakers confirmed him")),
    ("ANDORRA LA VELLA, 12 February (Pirineu Press) — Andorra's foreign minister, Imma Tor Faus, on Monday named the "
     "signing and ratification of the association agreement with the European Union as the government's main "
     "foreign-policy goal for the year, telling parliament that the country could not afford to remain outside the "
     "single market.",
     ("Imma Tor Faus", "", "telling", "the country could not afford to remain outside the single market")),
])
def test_attribution_subject_after_a_dateline_the_parser_took(nlp, text, expected):
    assert _indirect(nlp, text)[-1] == expected


def test_attribution_second_verb_joined_by_and_shares_the_subject(nlp):
    text = ("Climate activist Tommy Lokwaj said the government had been slow to publish progress data and warned that "
            "the 2025 target might be missed.")
    assert _indirect(nlp, text)[-1] == ("Tommy Lokwaj", "", "warned", "the 2025 target might be missed")


def test_attribution_surname_taken_for_the_verbs_modifier(nlp):
    text = ("Samuel Kiptoo, a lecturer at Moi University, argued that both capitals were playing to domestic "
            "audiences. Kiptoo noted that the East African Community had a dispute-settlement mechanism that neither "
            "government had so far used.")
    assert _indirect(nlp, text)[-1] == (
        "Samuel Kiptoo", "", "noted",
        "the East African Community had a dispute-settlement mechanism that neither government had so far used")
