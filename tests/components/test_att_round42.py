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


def test_attribution_name_before_which_is_no_person(nlp):
    text = ("Harbour Star Lines, which operates two small container vessels, said the first sailing would carry cement "
            "and roofing sheets.")
    assert _indirect(nlp, text) == [
        ("", "Harbour Star Lines", "said", "the first sailing would carry cement and roofing sheets")]
