"""pipeline_policy: item boundaries, partners and relations of priority rows (sentences written for these tests;
exact rows: owner, partner, partner code, relation)."""

from __future__ import annotations

from .policy_flags import policy_rows

HEAD = ("Poland Adopts New Security Strategy\n\n"
        "WARSAW, 12 May 2020 — President Andrzej Duda on Tuesday approved Poland's National Security Strategy, the "
        "first update of the document since 2014.\n\n")


def test_hyphenated_groups_are_partners(nlp):
    """"like-minded states", "non-European countries": a hyphen inside a word does not end the partner group."""
    text = HEAD + ("The strategy calls for deeper security partnerships with like-minded states and for research "
                   "cooperation with non-European countries on issues such as energy.\n")
    assert policy_rows(nlp(text)) == [
        ("POL", "like-minded states", "", "deeper security partnerships"),
        ("POL", "non-European countries", "", "research cooperation on issues such as energy")]


def test_recipient_of_a_compound_flow_noun(nlp):
    """"more development assistance to small island states": the compound's head ("assistance") is the flow noun, so
    the group it goes to is the partner."""
    text = HEAD + "The strategy promises more development assistance to small island states in the Pacific.\n"
    assert policy_rows(nlp(text)) == [
        ("POL", "small island states", "", "more development assistance to small island states in the Pacific")]


def test_name_before_adjectives_and_their_noun_modifies_it(nlp):
    """"Russian liquefied gas": the name describes the noun after the adjectives; it names no partner."""
    text = HEAD + "Among its goals are ending purchases of Russian liquefied gas by 2028 and a stronger navy.\n"
    assert policy_rows(nlp(text)) == [
        ("POL", "", "", "ending purchases of Russian liquefied gas by 2028 and a stronger navy")]


def test_name_before_adjectives_and_a_presence_noun_is_a_partner(nlp):
    """"a larger permanent American military presence": a presence is a presence of the state it names."""
    text = HEAD + "The strategy calls for a larger permanent American military presence on Polish soil.\n"
    assert policy_rows(nlp(text)) == [
        ("POL", "American", "USA", "larger permanent American military presence on Polish soil")]


def test_nouns_sharing_one_complement_stay_one_item(nlp):
    """"support for the freedom, sovereignty and security of A, B and C": the nouns share "of A, B and C"; the
    commas between them separate no items."""
    text = HEAD + ("The strategy lists support for the freedom, sovereignty and security of Lithuania, Latvia and "
                   "Estonia.\n")
    relation = "support for the freedom, sovereignty and security of Lithuania, Latvia and Estonia"
    assert policy_rows(nlp(text)) == [("POL", "Lithuania", "LTU", relation), ("POL", "Latvia", "LVA", relation),
                                      ("POL", "Estonia", "EST", relation)]


def test_its_after_a_partner_joins_the_partner(nlp):
    """"closer cooperation with the United Nations and its agencies": "its agencies" is a conjunct of the partner,
    no item of its own."""
    text = HEAD + "The strategy calls for closer cooperation with the United Nations and its agencies.\n"
    assert policy_rows(nlp(text)) == [("POL", "United Nations", "UN", "closer cooperation")]


def test_its_after_the_item_head_is_a_new_item(nlp):
    """"the country's neutral status and its role as a venue for talks": two items."""
    text = HEAD + "The strategy highlights the country's neutral status and its role as a venue for talks.\n"
    assert policy_rows(nlp(text)) == [("POL", "", "", "neutral status"),
                                      ("POL", "", "", "role as a venue for talks")]


def test_relative_clause_of_the_government_is_no_item(nlp):
    """"a joint EU approach to the Gulf, which the government will promote in Brussels": what the government will do
    to the noun before it is no priority of its own."""
    text = HEAD + ("The first goal the strategy sets is a joint EU approach to the Gulf, which the government will "
                   "promote in Brussels.\n")
    assert policy_rows(nlp(text)) == [("POL", "EU", "EU", "joint EU approach to the Gulf")]


def test_what_the_owner_will_do_is_an_item(nlp):
    """"Poland will deepen ties with Lithuania and will expand its navy": each predicate is an item."""
    text = HEAD + "The strategy says Poland will deepen ties with Lithuania and will expand its navy.\n"
    assert policy_rows(nlp(text)) == [("POL", "Lithuania", "LTU", "ties"), ("POL", "", "", "expand its navy")]


def test_item_ending_in_a_bare_preposition_is_no_item(nlp):
    """"contributing to, and where necessary leading, ...": the series is cut after "to"; the fragment names no
    priority."""
    text = HEAD + ("Its three tasks are contributing to, and where necessary leading, rescue operations in the Baltic "
                   "Sea; protecting sea lanes; and supporting civil agencies at home.\n")
    assert policy_rows(nlp(text)) == []


OUTLOOK = ("Chile Publishes Pacific Outlook Days Before Minister's Trip to Tokyo\n\n"
           "SANTIAGO, 3 March 2024 — Chile has set out its view of the Pacific. "
           "The Ministry of Foreign Affairs released the Pacific Outlook on Monday, "
           "shortly before the minister's trips to Japan and Korea.\n\n")


def test_outlook_heads_a_title_owned_by_the_dateline(nlp):
    """"the Pacific Outlook": "Outlook" heads a title; the capital that opens the dateline ("SANTIAGO") owns it, not
    a capital inside the headline ("Tokyo") nor a country after the title in its sentence ("Japan")."""
    text = OUTLOOK + "The paper calls for closer cooperation with Peru on fisheries.\n"
    doc = nlp(text)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == [("CHL", "Pacific Outlook")]
    assert policy_rows(doc) == [("CHL", "Peru", "PER", "closer cooperation on fisheries")]
