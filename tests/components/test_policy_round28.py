"""pipeline_policy, round 28: "including" (which the parser often makes a verb) after an unnamed group opens the
group's members, who are the partners ("with other partners, including the United States and India"); after a name
("with the United States, including through ...") it names no partner. A counted naming word before a colon opens
an inline list split by commas ("It is built on four pillars: A, B, C and D."). Sentences written for these tests."""

from __future__ import annotations

import pytest


def _rows(doc):
    return sorted((q.partner, q.partner_code, q.relation) for p in doc._.pipeline_policies for q in p.priorities)


_OPENING = "Estonia's Foreign Policy Strategy was adopted in 2024. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "rows"), [
    pytest.param(
        "Estonia seeks closer coordination with like-minded partners, including the European Union, on security.",
        [("European Union", "EU", "closer coordination")], id="group-including-one-name"),
    pytest.param(
        "Estonia will deepen cooperation with development partners, including the World Bank and the Asian "
        "Development Bank.",
        [("Asian Development Bank", "ADB", "cooperation"), ("World Bank", "World Bank", "cooperation")],
        id="group-including-two-names"),
    pytest.param(
        "Estonia will deepen cooperation with the United States, including through the Millennium Challenge "
        "Corporation.",
        [("United States", "USA", "cooperation")], id="name-including-through"),
])
def test_policy_round28_group_members_after_including(nlp, text, rows):
    assert _rows(nlp(_OPENING + text)) == rows


@pytest.mark.model
@pytest.mark.parametrize(("text", "rows"), [
    pytest.param(
        "It keeps the four thematic priorities of Estonian foreign policy: peace and security, prosperity, "
        "sustainability and digitalisation.",
        [("", "", "digitalisation"), ("", "", "peace and security"), ("", "", "prosperity"),
         ("", "", "sustainability")], id="counted-priorities-colon-commas"),
    pytest.param(  # no count: a colon list run on in the sentence is not read by this cue
        "The strategy has a clear tone: firm, calm and patient.", [], id="no-count"),
])
def test_policy_round28_counted_colon_list(nlp, text, rows):
    assert _rows(nlp(_OPENING + text)) == rows
