"""pipeline_policy, round 33: a state the country spans leave out owns its documents (unlisted_states.tsv).
Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.components.policy.lexicon import PolicyLexicon
from pipeline.components.policy.owners import country_index

from ..table_rows import policy_rows

DEFENCE = ("Assembly hearing on the Defence Strategy\n\nThe committee reviewed Kosovo's Defence Strategy for "
           "2023-2028, which the Assembly adopted in 2023. The strategy treats membership of NATO as its central aim. "
           "Cooperation with the United States is to be deepened.\n")


def test_policy_round33_unlisted_states_read():
    """The lexicon reads the states the country ruler leaves out, with their codes."""
    assert ("Kosovo", "XKX") in PolicyLexicon.from_dir().unlisted_states


@pytest.mark.model
def test_policy_round33_unlisted_state_index(nlp):
    """"Kosovo" is a country of the policy index (XKX), a whole word only; the country spans stay as they are."""
    doc = nlp("Kosovo's government met envoys from Kosovo-based firms and from Albania.")
    index = country_index(doc, "countries", (("Kosovo", "XKX"),))
    assert sorted({(s.text, s.kb_id_) for s in index.values()}) == [("Albania", "ALB"), ("Kosovo", "XKX")]
    assert [s.kb_id_ for s in doc.spans["countries"]] == ["ALB"]


@pytest.mark.model
def test_policy_round33_unlisted_state_owner(nlp):
    """Kosovo's strategy is Kosovo's (XKX), not the document of a country named later."""
    doc = nlp(DEFENCE)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == [("XKX", "Defence Strategy")]
    assert [(owner, partner) for owner, partner, _ in policy_rows(doc)] == [("XKX", "NATO"), ("XKX", "USA")]


EMERGENT = ("Senegal's long road\n\nThe Plan Sénégal Émergent was adopted in 2014. The plan gives priority to "
            "agriculture, tourism and fisheries.\n")
DIRECTOR = ("Talks in Lima\n\nThe Policy Director José Ramos met the minister of Peru on Monday. The plan gives "
            "priority to agriculture.\n")


@pytest.mark.model
def test_policy_round33_foreign_title(nlp):
    """A title in another language that its head opens ("Plan Sénégal Émergent") names the document "the plan"
    refers back to."""
    doc = nlp(EMERGENT)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == [("SEN", "Plan Sénégal Émergent")]
    assert policy_rows(doc) == [("SEN", "", "agriculture"), ("SEN", "", "fisheries"), ("SEN", "", "tourism")]


@pytest.mark.model
def test_policy_round33_foreign_name_no_title(nlp):
    """A head before a person's name with a letter English does not write is no title ("Policy Director José
    Ramos"): no document."""
    assert nlp(DIRECTOR)._.pipeline_policies == []


KNOWN = ("A vision for Oman\n\nUnveiled in 2022 at the annual meetings in Muscat, the national vision known as Ten "
         "Steps Ahead 2035 promises to double the size of the economy. The vision gives priority to tourism, fisheries "
         "and logistics.\n")


@pytest.mark.model
def test_policy_round33_vision_known_as(nlp):
    """"the national vision known as Ten Steps Ahead 2035": a reference noun that a titling clause names is that
    document, read on the surface (the parser reads the name as a clause of its own)."""
    doc = nlp(KNOWN)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == [("OMN", "Ten Steps Ahead 2035")]
    assert {owner for owner, _, _ in policy_rows(doc)} == {"OMN"}
