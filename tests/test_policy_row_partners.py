"""pipeline_policy: the partners of the rows given for priorities (development sets' sentences in texts written for
these tests; exact rows: owner, partner, partner code, relation)."""

from __future__ import annotations

import pytest

from .policy_flags import policy_rows

HEAD = ("Poland Adopts New Security Strategy\n\n"
        "WARSAW, 12 May 2020 — President Andrzej Duda on Tuesday approved Poland's National Security Strategy, the "
        "first update of the document since 2014.\n\n")


def test_with_that_names_no_partner(nlp):
    """"together with their aspirations" names no partner: the names the item holds are its partners."""
    text = HEAD + ("In the east, the strategy lists supporting the independence, sovereignty and territorial integrity "
                   "of Ukraine, Georgia and Moldova, together with their European and Euro-Atlantic aspirations.\n")
    relation = ("supporting the independence, sovereignty and territorial integrity of Ukraine, Georgia and Moldova, "
                "together with their European and Euro-Atlantic aspirations")
    assert policy_rows(nlp(text)) == [("POL", "Ukraine", "UKR", relation), ("POL", "Georgia", "GEO", relation),
                                      ("POL", "Moldova", "MDA", relation)]


def test_acronym_with_digits_in_brackets(nlp):
    """"the Bucharest Nine (B9)": the name the bracket defines is the partner, its acronym the code, and the item
    keeps its bracket; so for "the Three Seas Initiative (3SI)", a name the organization gazetteer knows."""
    text = HEAD + ("The strategy also calls for cooperation within the Bucharest Nine (B9) and within the Three Seas "
                   "Initiative (3SI).\n")
    relation = "cooperation within the Bucharest Nine (B9) and within the Three Seas Initiative (3SI)"
    assert policy_rows(nlp(text)) == [("POL", "Bucharest Nine", "B9", relation),
                                      ("POL", "Three Seas Initiative", "3SI", relation)]


CZE = ("Czech Government Approves New Security Strategy\n\n"
       "PRAGUE, 28 June 2023 — The Czech government on Wednesday approved a new Security Strategy of the Czech "
       "Republic.\n\n")


def test_organization_opening_the_item_is_its_partner(nlp):
    """"a stronger EU role", "United Nations peacekeeping": an organization in the item's opening noun phrase is its
    partner, though it modifies a noun."""
    text = CZE + ("The strategy calls for a stronger EU role in security and defence and for United Nations "
                  "peacekeeping.\n")
    assert policy_rows(nlp(text)) == [("CZE", "EU", "EU", "stronger EU role in security and defence"),
                                      ("CZE", "United Nations", "UN", "United Nations peacekeeping")]


SWE = ("Swedish Foreign Minister Presents Foreign Policy Statement\n\n"
       "STOCKHOLM, 14 February 2024 — Foreign Minister Tobias Billström presented the government's Statement of "
       "Foreign Policy to parliament on Wednesday.\n\n")


def test_capital_that_the_item_depends_on_is_its_partner(nlp):
    """"reduce its dependencies on Beijing": a capital the item acts on stands for its state."""
    text = SWE + ("In the statement, Sweden's foreign policy priorities include efforts to reduce its strategic "
                  "dependencies on Beijing.\n")
    relation = "efforts to reduce its strategic dependencies on Beijing"
    assert policy_rows(nlp(text)) == [("SWE", "Beijing", "CHN", relation)]


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


KGZ = ("Kyrgyz Foreign Minister Outlines Priorities\n\n"
       "BISHKEK, 3 March 2024 — Kyrgyzstan's new Foreign Policy Concept sets out the country's goals for the decade, "
       "Foreign Minister Jeenbek Kulubaev told parliament on Tuesday.\n\n")


def test_verb_after_with_and_comma_is_no_participle(nlp):
    """"with A and with B, and urged C to ...": a finite verb coordinated after the partners does not describe them
    (no absolute "with A and B singled out"); the cue's item keeps both partners."""
    text = KGZ + ("He said the concept calls for expanding trade with Kazakhstan and with the Gulf states, and called "
                  "on neighbouring countries to simplify border crossings.\n")
    assert [r[1:] for r in policy_rows(nlp(text))] == [("Kazakhstan", "KAZ", "expanding trade"),
                                                       ("Gulf states", "", "expanding trade")]


def test_relation_phrase_stops_at_other_noun_phrase(nlp):
    """"a larger share of exports in Asian markets and closer cooperation with X": the relation before "with" is its
    own conjunct, not the noun phrase that the "and" joins to it."""
    text = KGZ + ("The concept also promotes a larger share of exports in Asian markets and closer cooperation with "
                  "Uzbekistan.\n")
    assert policy_rows(nlp(text)) == [("KGZ", "Uzbekistan", "UZB", "closer cooperation")]


URY = ("Uruguay Presents National Development Strategy\n\n"
       "MONTEVIDEO, 9 September 2025 — Uruguay's government on Tuesday presented its National Development Strategy "
       "to 2050.\n\n")


def test_apposition_on_a_name_in_a_series_that_repeats_its_preposition(nlp):
    """"calls for A within Mercosur, the trade bloc ... with B and C, and for D": the definite phrase after the name
    describes it (the series marks its items with "for"); no item of its own, no partners of its own."""
    text = URY + ("It calls for closer integration within Mercosur, the customs union Uruguay set up with Argentina, "
                  "Brazil and Paraguay, and for higher public investment in ports.\n")
    assert [r[1:] for r in policy_rows(nlp(text))] == [
        ("Mercosur", "Mercosur", "closer integration within Mercosur"),
        ("", "", "higher public investment in ports")]


def test_apposition_on_a_name_ends_the_item(nlp):
    """"deepen ties with Spain, the largest investor in the country": the apposition that ends the item describes the
    partner; the relation is what comes before "with"."""
    text = URY + ("The strategy seeks to deepen ties with Spain, the largest investor in the country.\n")
    doc = nlp(text)
    assert [(q.partner, q.relation, doc.text[q.start:q.end]) for p in doc._.pipeline_policies
            for q in p.priorities] == [("Spain", "ties", "deepen ties with Spain")]
