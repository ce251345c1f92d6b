"""pipeline_policy, round 35: the owner of a policy document. A person the recogniser misreads as an organization
still issues the title he announces, also as the second verb of his clause, and "the initiative" refers back to it;
a country's name that modifies an indefinite document noun is its topic ("a China strategy"); a country a
preposition governs ("bound for the Maldives") owns no document named later in its paragraph. Sentences written for
these tests. A name holding a local owner's word is a county's or a city's document; a document another "succeeds"
or "builds on" is an earlier one; a foreign minister restating "principles" states priorities."""

from __future__ import annotations

import pytest

from pipeline.components.policy.documents import partner_documents

from ..table_rows import policy_rows

ANNOUNCED = ("Ankara's eastward turn at five\n\nWhen Mevlüt Çavuşoğlu stood before Turkish ambassadors in Ankara in "
             "August 2019 and announced the Asia Anew Initiative, few expected a revolution. The initiative called "
             "for a deeper relationship with Japan.\n")
TOPIC = ("Interview: the Swiss strategy on China\n\nIn March 2021 the Federal Council adopted Switzerland's first "
         "China Strategy. The strategy gives priority to a dialogue on human rights with China.\n\nQ: Why did Bern "
         "need a China strategy at all?\n\nThe strategy calls for closer cooperation with the European Union.\n")
SUCCEEDS = ("Nigeria's new plan\n\nABUJA, 3 January 2022 — The National Development Plan 2021-2025 was launched in "
            "December. The plan succeeds the Economic Recovery and Growth Plan of 2017-2020. The plan gives priority "
            "to trade with Ghana.\n")
BUILDS = ("Spain's Africa policy\n\nMADRID, 3 March 2023 — The government presented its new Plan for Africa. The plan "
          "builds on the Third Africa Plan approved in 2019. It gives priority to cooperation with Senegal.\n")
COUNTY = ("Kenya's medium-term plan\n\nNAIROBI, 3 March 2024 — The Fourth Medium Term Plan 2023-2027 gives priority to "
          "trade with Uganda. The Nairobi City County Integrated Development Plan is a separate, county-level "
          "document.\n")
PRINCIPLES = ("Diop Restates Mali's Three Principles Before the Diplomatic Corps\n\nMali's Minister of Foreign "
              "Affairs, Abdoulaye Diop, used a speech to ambassadors in Bamako to restate the principles of the "
              "transition authorities.\n\nThe first principle, the minister said, is respect for the sovereignty "
              "of Mali. "
              "Cooperation with Russia in defence is to continue.\n")
CITY = ("Lisbon City Council Adopts Mobility Strategy\n\nLISBON, 12 May 2025 — Lisbon's city council approved on "
        "Tuesday a mobility strategy that gives priority to trams in the historic centre.\n")
HORIZON = ("Kuwait's vision at seven\n\nKUWAIT CITY, 3 March 2024 — New Kuwait, the plan known as Kuwait Vision 2035, "
           "was launched in January 2017. The vision gives priority to trade with Oman.\n")
RANGED = ("Nigeria's new plan\n\nABUJA, 3 January 2022 — The National Development Plan 2021-2025 was launched in "
          "December. The plan gives priority to trade with Ghana.\n")
DESTINATION = ("The export plan that outlived its deadline\n\nIn a yard near Colombo, Sri Lanka's boat builders "
               "stack hulls bound for the Maldives. The yard is one of the firms the National Export Strategy "
               "2018–2022 was meant to help. The strategy gives priority to trade agreements with India and "
               "Pakistan.\n")


@pytest.mark.model
def test_doc_round35_unlisted_person_announces(nlp):
    """"Mevlüt Çavuşoğlu ... and announced the Asia Anew Initiative": the name the recogniser reads as an
    organization is the subject of the first verb, and "the initiative" refers back to the title."""
    doc = nlp(ANNOUNCED)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == [("TUR", "Asia Anew Initiative")]
    assert [r[:2] for r in policy_rows(doc)] == [("TUR", "JPN")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "documents"), [
    (TOPIC, [("CHE", "China Strategy")]),
    (DESTINATION, [("LKA", "National Export Strategy")]),
])
def test_doc_round35_owner_not_topic(nlp, text, documents):
    """A country's name before an indefinite document noun ("a China strategy") and a country a preposition governs
    ("bound for the Maldives") own no document."""
    doc = nlp(text)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == documents


@pytest.mark.model
@pytest.mark.parametrize(("text", "documents"), [
    (SUCCEEDS, [("NGA", "National Development Plan")]),
    (BUILDS, [("ESP", "Plan for Africa")]),
    (COUNTY, [("KEN", "Fourth Medium Term Plan")]),
])
def test_doc_round35_documents(nlp, text, documents):
    """The plan a new one "succeeds" or "builds on" and a county's plan do not name the document."""
    doc = nlp(text)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == documents


@pytest.mark.model
def test_doc_round35_principles(nlp):
    """A minister restating "principles" in a text that names no document states the priorities of the state the
    headline names: its statement is a document without a name."""
    documents, _ = nlp.get_pipe("pipeline_policy").match(nlp(PRINCIPLES))
    assert [(d.owner, d.name) for d in documents] == [("MLI", "")]


@pytest.mark.model
def test_doc_round35_council_is_no_person(nlp):
    """"Lisbon City Council Adopts Mobility Strategy": a name of three words is a body, not a person issuing a
    national document."""
    assert nlp(CITY)._.pipeline_policies == []


@pytest.mark.parametrize(("owners", "partners", "dropped"), [
    (["NAM", "DEU"], [["", "DEU", "ZAF"], ["NAM"]], {1}),  # Germany, a partner of Namibia's plan, named in passing
    (["TJK", "KAZ"], [[""], ["RUS", "CHN", "", ""]], set()),  # Tajikistan, no partner of Kazakhstan's concept
    (["CAN", "USA", "USA"], [[""], ["CAN", "DNK"], ["RUS"]], {0}),  # the main owner's rows over two documents
    (["CHE"], [["CHN"]], set()),
])
def test_doc_round35_partner_documents(owners, partners, dropped):
    """The document of a state the main document names as its partner is dropped; the main owner has the most
    rows."""
    assert partner_documents(owners, partners) == dropped


@pytest.mark.model
@pytest.mark.parametrize(("text", "period"), [(HORIZON, (None, 2035)), (RANGED, (2021, 2025))])
def test_doc_round35_title_horizon(nlp, text, period):
    """The year a title ends with is the end of its period ("Kuwait Vision 2035"); a range after it stays the
    period ("Plan 2021-2025")."""
    assert [(p.period_start, p.period_end) for p in nlp(text)._.pipeline_policies] == [period]
