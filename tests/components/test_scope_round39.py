"""pipeline_policy, round 39 (scope): a bulleted list right after a paragraph about a document goes on about it
(a numbered section does not); the answers of a fact sheet or interview about a named document are the document's
own sentences; a list position predicated of its subject ("X form the second foundation", "Y is named third")
carries the document on; a country that a preposition governs after a document's name ("a gateway to Zambia,
Botswana and Angola") does not own it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.components.policy.mentions import find_mentions
from pipeline.components.policy.owners import country_index, owner_near

from ..table_rows import policy_rows

BULLETS = ("RE: Malta's foreign policy priorities as set out to Parliament\n\nThis note summarises the foreign "
           "minister's statement to the House. Malta has no published foreign policy strategy; what follows comes "
           "from the minister's own account.\n\n• Europe. Economic ties with Italy and France are to be widened, the "
           "minister said.\n• North Africa. Relations with Tunisia are to be deepened, he said.\n\nReactions\nThe "
           "opposition said the statement was thin.\n")
FACTS = ("FACT SHEET | Ghana's Energy Transition Framework\n\nWhat is it?\nThe Energy Transition Framework is the "
         "road map with which Ghana's Ministry of Energy wants to reach net zero by 2060.\n\nWhat does it ask for?\n"
         "The transition rests on three tracks. In the ministry's own order:\n1. Clean cooking for every household\n"
         "2. Electric mobility\n3. Carbon capture in industry\n")
RANKS = ("The National Development Plan of Fiji names five pillars. Economic growth comes first. Good governance "
         "and the rule of law form the second foundation. Disaster relief is named third.\n")


@pytest.mark.model
def test_scope_round39_bulleted_paragraph_goes_on(nlp):
    """The bullets after "what follows comes from the minister's own account" state the minister's priorities."""
    assert policy_rows(nlp(BULLETS)) == [
        ("MLT", "FRA", "Economic ties with Italy and France are to be widened"),
        ("MLT", "ITA", "Economic ties with Italy and France are to be widened"),
        ("MLT", "TUN", "Relations with Tunisia are to be deepened")]


@pytest.mark.model
def test_scope_round39_fact_sheet_answers_are_the_documents(nlp):
    """"What does it ask for?": the answer's numbered list is the framework's."""
    assert policy_rows(nlp(FACTS)) == [
        ("GHA", "", "Carbon capture in industry"), ("GHA", "", "Clean cooking for every household"),
        ("GHA", "", "Electric mobility")]  # "three tracks" counts parts: no item (round 41)


@pytest.mark.model
def test_scope_round39_list_positions_carry_the_document_on(nlp):
    assert policy_rows(nlp(RANKS)) == [
        ("FJI", "", "Disaster relief"), ("FJI", "", "Economic growth"),
        ("FJI", "", "Good governance and the rule of law")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "owner"), [
    ("The port is one reason the Harambee Prosperity Plan II matters here: the plan, launched in March 2021, treats "
     "the town's logistics hub as a gateway to Zambia, Botswana and Angola.", ""),
    ("The Harambee Prosperity Plan II, adopted by Namibia in 2021, treats the port as a gateway to Zambia.", "NAM")])
def test_scope_round39_destination_owns_no_document(nlp, text, owner):
    doc = nlp(text)
    policy = nlp.get_pipe("pipeline_policy")
    countries = country_index(doc, policy.countries_key, policy.lexicon.unlisted_states)
    mention = next(m for m in find_mentions(doc, policy.lexicon) if m.name)
    assert owner_near(doc, mention, countries) == owner
