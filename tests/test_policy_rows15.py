"""pipeline_policy: the partner and relation text of priority rows (sentences written for these tests; exact rows:
owner, partner, partner code, relation)."""

from __future__ import annotations

import pytest

from .policy_flags import policy_rows

GHA = ("Ghana Adopts New Foreign Policy\n\n"
       "ACCRA, 3 March 2024 — The government of Ghana on Monday adopted a new Foreign Policy.\n\n")


def test_both_neighbours_refers_back_to_the_pair(nlp):
    """"with both neighbours" refers back to the two names coordinated before it in the sentence, past the owner's
    own name; the group gives no row of its own."""
    text = GHA + ("The policy puts relations with Togo and Burkina Faso first and commits Ghana to closer "
                  "consultations with both neighbours, based on good faith.\n")
    assert policy_rows(nlp(text)) == [("GHA", "Togo", "TGO", "relations"),
                                      ("GHA", "Burkina Faso", "BFA", "relations"),
                                      ("GHA", "Togo", "TGO", "closer consultations"),
                                      ("GHA", "Burkina Faso", "BFA", "closer consultations")]


def test_presence_in_coordinated_regions(nlp):
    """"a larger presence in A and B": each coordinated region is a partner of the presence."""
    text = GHA + "It also calls for a larger presence in Central Asia and the Caucasus.\n"
    relation = "larger presence in Central Asia and the Caucasus"
    assert policy_rows(nlp(text)) == [("GHA", "Central Asia", "", relation), ("GHA", "Caucasus", "", relation)]


def test_seven_letter_acronym_is_a_partner(nlp):
    """A bare acronym of seven capitals ("MINUSMA") is a partner like a shorter one."""
    text = GHA + "It also calls for continued support for MINUSMA.\n"
    assert policy_rows(nlp(text)) == [("GHA", "MINUSMA", "MINUSMA", "continued support for MINUSMA")]


def test_no_rows_for_gaps_questions_and_pro_forms(nlp):
    """A relative clause whose object is the noun it describes ("which the government will defend in X"), a
    relation treated in "a separate framework", one inside an indirect question ("how ... to relations with X") and
    a copula's pro-form ("are the right ones") give no rows."""
    text = GHA + ("In the policy, Nigeria is described as Ghana's closest ally and its largest trading partner. The "
                  "first goal of the policy is a regional customs union, which the government will defend in Abuja. "
                  "Relations with Togo are handled in a separate framework. Analyst Kofi Mensah said the real "
                  "question is how the government will apply the policy to relations with Benin. \"The pillars are "
                  "the right ones,\" he said.\n")
    assert policy_rows(nlp(text)) == [("GHA", "Nigeria", "NGA", "closest ally"),
                                      ("GHA", "", "", "regional customs union")]


def test_noun_a_participle_before_with_describes_is_the_relation(nlp):
    """"the free trade agreements signed with A and B", "the energy partnership that Ghana agreed with C": the noun
    the verb before "with" describes is the relation, not the verb and its "with"."""
    text = GHA + ("The policy calls for faster implementation of the free trade agreements signed with Morocco and "
                  "Egypt.\n\nIt also seeks to complete the energy partnership that Ghana agreed with Norway in 2022.\n")
    assert policy_rows(nlp(text)) == [("GHA", "Morocco", "MAR", "free trade agreements"),
                                      ("GHA", "Egypt", "EGY", "free trade agreements"),
                                      ("GHA", "Norway", "NOR", "energy partnership")]


def test_agent_of_a_described_noun_is_no_partner(nlp):
    """"against the complaint brought by the EU at the WTO": names in a participle with an agent that describes a
    noun of the item are no partners."""
    text = GHA + ("The policy calls for defending Ghana's cocoa levy against the complaint brought by the EU at the "
                  "World Trade Organization.\n")
    relation = "defending Ghana's cocoa levy against the complaint brought by the EU at the World Trade Organization"
    assert policy_rows(nlp(text)) == [("GHA", "", "", relation)]


SAU = ("Saudi Arabia Unveils Vision 2030\n\nRIYADH, 25 April 2016 — Saudi Arabia on Monday approved Vision 2030, a "
       "plan to end its dependence on oil.\n\n")


@pytest.mark.parametrize(
    ("sentence", "rows"),
    [
        # a name the state's ownership describes is the owner's own body
        ("The plan's priorities include the partial listing of the state oil company Saudi Aramco and closer trade "
         "ties with Japan.",
         [("SAU", "", "", "partial listing of the state oil company Saudi Aramco"),
          ("SAU", "Japan", "JPN", "closer trade ties")]),
        # so is a force named with the owner's institution heads
        ("The plan's priorities include improving the Defence Force's ability to operate from northern bases.",
         [("SAU", "", "", "improving the Defence Force's ability to operate from northern bases")]),
    ],
)
def test_owners_own_bodies_are_no_partners(nlp, sentence, rows):
    assert policy_rows(nlp(SAU + sentence + "\n")) == rows
