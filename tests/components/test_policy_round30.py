"""pipeline_policy, round 30: the owner of a document. A state body "of" a country issues it ("the Presidency of
Slovenia adopted the strategy"); the subject of an issuing verb comes before a country in the name ("Austria adopted
its first China strategy"); a long byline line without a full stop names the text's country ("Parliament of the
Republic of Estonia, Committee on ..., May 2024"); "the plan" refers back to a "Five Year Plan"; "Plan II" is a
title; "X's own documents" are another state's, named for contrast; the country after "with" in "a resolution of
the dispute with X" owns nothing. Sentences written for these tests."""

from __future__ import annotations

import pytest

from ..table_rows import policy_rows


@pytest.mark.model
@pytest.mark.parametrize(("text", "rows"), [
    pytest.param(
        "Notes on a strategy\n\nWhen the Presidency of Slovenia adopted the Foreign Policy Strategy in 2015, few were "
        "surprised. The strategy names close cooperation with Austria as a priority. Austria's own foreign policy "
        "documents say little about it. Austria and Austria's diplomats welcomed it.",
        [("SVN", "AUT", "close cooperation")], id="state-body-of"),
    pytest.param(
        "Austria adopted its first China strategy in 2024. The strategy lists closer trade ties with Japan among its "
        "aims. Japan welcomed it.",
        [("AUT", "JPN", "closer trade ties")], id="issuing-subject"),
    pytest.param(
        "Hearing on the National Security Strategy\n\nParliament of the Republic of Estonia, Committee on National "
        "Defence, Security and Public Order, May 2024\n\nThe committee examined the National Security Strategy. The "
        "strategy sets close cooperation with Finland as a priority. Russia's war and Russia's threats and Russia's "
        "army were discussed.",
        [("EST", "FIN", "close cooperation")], id="long-byline"),
    pytest.param(
        "Bhutan's 13th Five Year Plan runs to 2029. New dams are to be built with India, whose Neighbourhood First "
        "policy favours such projects. The plan also lists a larger private sector and digital public services among "
        "its priorities.",
        [("BTN", "", "larger private sector and digital public services"),
         ("IND", "", "New dams are to be built with India")], id="plan-refers-to-five-year-plan"),
    pytest.param(
        "Summary\nGhana's Coastal Prosperity Plan II, launched in 2021, is the government's plan for 2021 to 2025. The "
        "plan is built on two pillars: effective governance and economic advancement.",
        [("GHA", "", "effective governance and economic advancement")], id="edition-number"),
    pytest.param(
        "Peru's National Security Policy 2022-2026\n\nThe policy commits to credible deterrence. The policy seeks a "
        "just and peaceful resolution of the dispute with Chile. The policy seeks to deepen the strategic partnership "
        "with Brazil.",
        [("PER", "", "credible deterrence"), ("PER", "BRA", "strategic partnership"),
         ("PER", "CHL", "just and peaceful resolution of the dispute")], id="of-stops-at-with"),
])
def test_policy_round30_owners(nlp, text, rows):
    assert policy_rows(nlp(text)) == rows


def test_policy_round30_title_case_edition():
    from pipeline.components.policy.mentions import title_case

    assert title_case("harambee prosperity plan II") == "Harambee Prosperity Plan II"
