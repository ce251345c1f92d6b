"""pipeline_policy, round 38: priority items in sentences that gave no row. A copula ("be", "remain", "become",
"stay") with an anchor noun (anchor_nouns.txt: "NATO stays the anchor", "remains the foundation of Y's security");
a subject that names partners only is described by the noun phrase; the partners of a verb of reliance with "as"
("relies on NATO as the guarantee of its security"; "lean on" is none, measured at the merge); "wants X used to the
full".
Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.components.policy.lexicon import PolicyLexicon

from ..policy_flags import policy_rows

NORWAY = "Norway adopted its Long-Term Defence Plan in 2024. "


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Abroad, NATO stays the anchor.", [("NOR", "NATO", "NATO", "anchor")]),
    ("NATO remains the cornerstone of Norwegian security.",
     [("NOR", "NATO", "NATO", "cornerstone of Norwegian security")]),
    ("NATO membership remains the foundation of Norwegian security.",
     [("NOR", "NATO", "NATO", "NATO membership remains the foundation of Norwegian security")]),
])
def test_pol_round38_anchor_copulas(nlp, text, expected):
    """A copula with an anchor noun makes its subject a priority, also with an "of" complement; a subject that names
    partners only is described by the noun phrase."""
    assert policy_rows(nlp(NORWAY + text)) == expected


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The minister described the agreement with Sweden as the foundation of the plan.",
    "Both are described as the cornerstones of the country's defence.",
])
def test_pol_round38_anchor_no_speaker_or_pronoun(nlp, text):
    """The subject of an active naming verb ("the minister described X as the foundation") is no priority, nor is a
    pronoun ("Both")."""
    assert all(r[3] not in ("minister", "Both") for r in policy_rows(nlp(NORWAY + text)))


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("Albania adopted its National Strategy for Development and Integration in 2016. Beyond Brussels, the paper "
     "relies on NATO, which Albania joined in 2009, as the guarantee of its security.",
     [("ALB", "NATO", "NATO", "guarantee of its security")]),
    ("Andorra adopted a new foreign policy strategy in 2023. Andorra will continue to rely on the United Nations and "
     "the Council of Europe as the forums where a small state's voice is heard.",
     [("AND", "United Nations", "UN", "forums where a small voice is heard"),
      ("AND", "Council of Europe", "CoE", "forums where a small voice is heard")]),
    ("Slovenia adopted its development cooperation strategy in 2017. The strategy relies on the European Union for "
     "most multilateral spending.",
     [("SVN", "European Union", "EU", "most multilateral spending")]),
])
def test_pol_round38_reliance(nlp, text, expected):
    """A verb of reliance with "as" describes the partners it governs."""
    assert policy_rows(nlp(text)) == expected


@pytest.mark.model
def test_pol_round38_wants_participle_with_to(nlp):
    """"wants X used to the full": a participle followed by "to" is what the document wants done with X."""
    rows = policy_rows(nlp("The Philippines adopted its Development Plan in 2023. The plan leans on trade agreements "
                           "and regional integration: it wants the Regional Comprehensive Economic Partnership used "
                           "to the full and deeper economic integration within ASEAN."))
    assert [r[1] for r in rows] == ["Regional Comprehensive Economic Partnership", "ASEAN"]
    assert all("used to the full" in r[3] for r in rows)


def test_pol_round38_lexicon():
    """The anchor nouns and the new function noun are data."""
    lexicon = PolicyLexicon.from_dir()
    assert {"anchor", "foundation", "bedrock"} <= lexicon.anchor_nouns
    assert "guarantee" in lexicon.function_nouns


@pytest.mark.model
def test_pol_round38_aims_at(nlp):
    """"aims at A and at B": what the document aims at."""
    rows = policy_rows(nlp(NORWAY + "The plan aims at a larger navy and at closer cooperation with Sweden."))
    assert rows and all(r[0] == "NOR" for r in rows)
    assert any("larger navy" in r[3] for r in rows)


@pytest.mark.model
def test_pol_round38_reliance_trailing_for(nlp):
    """"relies on A and on B (B) for regional peace": the "for" the parser hangs on the last name is what the
    partners give."""
    rows = policy_rows(nlp("Ethiopia adopted its Foreign Affairs and National Security Policy in 2002. Beyond the "
                           "neighbourhood, the strategy relies on the African Union and on the Intergovernmental "
                           "Authority on Development (IGAD) for regional peace."))
    assert [(r[1], r[3]) for r in rows] == [("African Union", "regional peace"),
                                           ("Intergovernmental Authority on Development", "regional peace")]
