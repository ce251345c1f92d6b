"""pipeline_policy, round 29: the places of a ranking that the rules read as subject cues. "X and Y follow" and
"X comes first, followed by A and B" add the next items; a later place ("3. Human capital comes second.") counts in
any sentence of a paragraph about the document, without the number of a numbered paragraph; "X gets a chapter of its
own" is the active of "is given a chapter", but not where X names partners only (the text after it says what the
document wants with them); "A and B form the third theme" is one part. A goal sentence keeps the partner a
preposition governs ("is to be set up with X", "is to be expanded through Y"), not a national body. Sentences
written for these tests."""

from __future__ import annotations

import pytest


def _rows(doc):
    return sorted((q.partner, q.partner_code, q.relation) for p in doc._.pipeline_policies for q in p.priorities)


_OPENING = "Latvia's National Development Plan was adopted in 2020. "
_THEMES = "The plan is organised around five themes. "
_REFORMS = "The strategy looks back on a decade of reforms.\n\n"


@pytest.mark.model
@pytest.mark.parametrize(("text", "rows"), [
    pytest.param(
        _THEMES + "Rail transport heads the list. Digital services and the modernisation of ports follow, alongside "
        "forestry.",
        [("", "", "Digital services"), ("", "", "Rail transport"), ("", "", "modernisation of ports")],
        id="subjects-follow"),
    pytest.param(
        _THEMES + "Rural broadband comes first, followed by vocational training and cleaner heating.",
        [("", "", "Rural broadband"), ("", "", "vocational training and cleaner heating")],
        id="first-followed-by"),
    pytest.param(
        "The plan sets five goals.\n\n2. Water supply is the first goal of the plan. The minister explained the "
        "costs to the committee.\n\n3. Public health comes second. The plan provides for new clinics.",
        [("", "", "Public health"), ("", "", "Water supply is the first goal of the plan"), ("", "", "new clinics")],
        id="numbered-comes-second"),
])
def test_policy_round29_ranking_places(nlp, text, rows):
    assert _rows(nlp(_OPENING + text)) == rows


@pytest.mark.model
@pytest.mark.parametrize(("text", "rows"), [
    pytest.param(_REFORMS + "Forest protection gets a chapter of its own. The strategy wants illegal logging stopped.",
                 [("", "", "Forest protection"), ("", "", "illegal logging stopped")], id="topic-gets-chapter"),
    pytest.param(_REFORMS + "Neighbours get a chapter of their own. The report is long.", [], id="partners-only"),
    pytest.param(_THEMES + "Transparency and good governance form the third theme.",
                 [("", "", "Transparency and good governance form the third theme")], id="one-theme"),
])
def test_policy_round29_chapters_and_themes(nlp, text, rows):
    assert _rows(nlp(_OPENING + text)) == rows


@pytest.mark.model
@pytest.mark.parametrize(("text", "rows"), [
    pytest.param(_THEMES + "A joint border agency is to be set up with Estonia.",
                 [("Estonia", "EST", "joint border agency is to be set up with Estonia")], id="with"),
    pytest.param(_THEMES + "Freight traffic is to be expanded through the Baltic Council of Ministers.",
                 [("Baltic Council of Ministers", "Baltic Council of Ministers",
                   "Freight traffic is to be expanded through the Baltic Council of Ministers")], id="through"),
    pytest.param(_THEMES + "The ministry's role is to be strengthened.",
                 [("", "", "strengthening of ministry's role")], id="national-body"),
])
def test_policy_round29_goal_partner_after_preposition(nlp, text, rows):
    assert _rows(nlp(_OPENING + text)) == rows
