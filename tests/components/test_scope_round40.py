"""pipeline_policy, round 40 (scope): the text's country counts its mentions as a partner last ("relations with
Australia and New Zealand") and, on a tie, is the one its lead names alone; a fact sheet's answer about a document
and a list under a heading of its own after it go on about the document; a statement's speaker goes on speaking
through a reference back to the statement ("the second pillar"). Sentences written for these tests."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from pipeline.components.policy.mentions import Mention
from pipeline.components.policy.owners import country_index, text_country
from pipeline.components.policy.priorities import _refers_to_statement

from ..table_rows import policy_rows

PARTNERS = ("REVIEW OF THE NATIONAL DEVELOPMENT PLAN\n\nThe National Development Plan runs until 2030. Its aim is to "
            "make Fiji an upper-middle-income country.\n\nThe plan wants relations with Australia and New Zealand "
            "deepened, and trade with Australia is to grow.\n")
TIE = ("The Growers' Plan\n\nGhana grows more cocoa than most of its neighbours. Ghanaian farmers want more of it "
       "ground at home.\n\nThe National Development Plan for 2022–2025 has three pillars. Industrialisation comes "
       "first.\n\nAn economist notes that Côte d'Ivoire runs its own processing drive, and that the plan does not "
       "name Côte d'Ivoire as a rival.\n")
FACTS = ("Samoa Energy Plan: Fact Sheet\n\nWhat is it?\nSamoa adopted its National Energy Plan in 2021.\n\n"
         "What does it promise?\nThe main pledge: all power is to come from renewable sources by 2030.\n\n"
         "Numbered targets\n1. Solar: 40 per cent of electricity from solar farms by 2030.\n2. Transport: electric "
         "buses for every route in Apia.\n3. Efficiency: public buildings to cut their use of power by a fifth.\n")


@pytest.mark.model
@pytest.mark.parametrize(("text", "country"), [(PARTNERS, "FJI"), (TIE, "GHA")])
def test_scope_round40_text_country(nlp, text, country):
    """Australia is named twice, but only as a partner; Ghana and Côte d'Ivoire twice each, Ghana alone in the lead."""
    doc = nlp(text)
    assert text_country(doc, country_index(doc)) == country


@pytest.mark.model
def test_scope_round40_partner_owns_no_document(nlp):
    assert {(p.owner_iso3, p.document) for p in nlp(PARTNERS)._.pipeline_policies} == {
        ("FJI", "National Development Plan")}


@pytest.mark.model
def test_scope_round40_titled_list_after_an_answer(nlp):
    """"Numbered targets" after the answer to "What does it promise?" lists the plan's targets; the answer's goal
    sentence is one too (round 43: "is to come" is a goal cue)."""
    assert policy_rows(nlp(FACTS)) == [
        ("WSM", "", "Efficiency: public buildings to cut their use of power by a fifth"),
        ("WSM", "", "Solar: 40 per cent of electricity from solar farms by 2030"),
        ("WSM", "", "Transport: electric buses for every route in Apia"),
        ("WSM", "", "main pledge: all power is to come from renewable sources by 2030")]


def _mention(start: int, document: int, **kwargs) -> Mention:
    return Mention(start, start + 1, kwargs.pop("name", ""), document=document, **kwargs)


@pytest.mark.parametrize(("own", "mentions", "expected"), [
    ([_mention(9, 0)], [_mention(2, 0, statement=True), _mention(9, 0)], True),  # "the second pillar"
    ([_mention(9, 0)], [_mention(2, 0, name="Foreign Policy Concept"), _mention(9, 0)], False),  # a named document
    ([_mention(9, 0, statement=True)], [_mention(2, 0, statement=True), _mention(9, 0, statement=True)], False),
    ([_mention(9, 1)], [_mention(2, 0, statement=True), _mention(9, 1)], False)])  # another document
def test_scope_round40_reference_to_a_statement(own, mentions, expected):
    assert _refers_to_statement(SimpleNamespace(mentions=mentions), own, 0) is expected


DATELINE = ("PRESS RELEASE\nIsland council welcomes the transport plan\n\nMALÉ, 2 May 2023 — The government "
            "launched its National Transport Plan on Monday. The plan wants ferry links between the atolls expanded.\n")


@pytest.mark.model
def test_scope_round40_male_dateline(nlp):
    """"Malé" with its accent is the capital of the Maldives (the accent-free "Male" is a word)."""
    doc = nlp(DATELINE)
    assert text_country(doc, country_index(doc)) == "MDV"
    assert {p.owner_iso3 for p in doc._.pipeline_policies} == {"MDV"}
