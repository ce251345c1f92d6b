"""pipeline_policy: the owner of a document the government issues without its country being named beside it
(the text's own country), and documents of other states named in passing (they get no rows)."""

from __future__ import annotations

import pytest

GOVERNED = [
    (  # "its" strategy released by "X's government": the dateline's capital, not the country after the name
        "Ottawa Unveils Defence Strategy Focused on the Arctic\n\n"
        "OTTAWA, 3 May 2024 — Prime Minister Justin Trudeau's government on Tuesday released its National Defence "
        "Strategy, a document delayed for months by Russia's war in Ukraine.\n\n"
        "The strategy calls for closer cooperation with Norway on Arctic surveillance.",
        ("CAN", "National Defence Strategy", None, None, "2024-05"),
    ),
    (  # a person approves it; the country is in the byline under the headline
        "PRESS RELEASE: President Approves National Security Policy 2025-2030\n\n"
        "Office of the President, Republic of Chile\n3 March 2025\n\n"
        "President Gabriel Boric has approved the National Security Policy 2025-2030, signed on 1 March 2025. The "
        "policy commits the armed forces to closer cooperation with Peru.",
        ("CHL", "National Security Policy", 2025, 2030, "2025-03"),
    ),
    (  # a statement of priorities the presidency owns: the text's country, no document
        "Chile's Minister Sets Out What Santiago Wants From APEC\n\nSANTIAGO, 12 May 2024\n\n"
        "Chile took over the rotating presidency of the forum in January. The presidency's declared priorities are "
        "clear: deeper trade with Peru; and the fight against poverty.",
        ("CHL", "", None, None, ""),
    ),
    (  # "the priorities of the new administration" opens the minister's statement
        "Chile's New Foreign Minister Promises Return to the Region\n\n"
        "SANTIAGO, 2 January 2023 — Chile will go back to the regional forums it left, Alberto van Klaveren said "
        "on Monday as he took office as foreign minister.\n\n"
        "In a speech at the ministry, the career diplomat set out the priorities of the new administration. Chile "
        "intends to rejoin the Union of South American Nations and to revive regional integration with its "
        "neighbours.",
        ("CHL", "", None, None, ""),
    ),
]


@pytest.mark.parametrize(("text", "expected"), GOVERNED)
def test_policy_owners_government_owned_document_is_the_text_country(nlp, text, expected):
    doc = nlp(text)
    found = [(p.owner_iso3, p.document, p.period_start, p.period_end, p.adopted) for p in doc._.pipeline_policies]
    assert found == [expected]


def test_policy_owners_statement_rows_in_the_paragraph_the_administration_opens(nlp):
    doc = nlp(GOVERNED[3][0])
    rows = [(p.owner_iso3, q.text) for p in doc._.pipeline_policies for q in p.priorities]
    assert ("CHL", "rejoin the Union of South American Nations") in rows


def test_policy_owners_most_before_an_owned_statement(nlp):
    """"Norway's most important foreign policy priority": an adverb between the owner and the phrase."""
    text = ("Trade remained, according to the minister, Norway's most important foreign policy priority. Norway "
            "will seek closer cooperation with Iceland, she said.")
    doc = nlp(text)
    rows = [(p.owner_iso3, p.document, q.partner_code) for p in doc._.pipeline_policies for q in p.priorities]
    assert rows == [("NOR", "", "ISL")]


DECOY = (
    "Oslo Publishes Arctic Strategy\n\n"
    "OSLO, 4 June 2024 — Norway on Tuesday published its Arctic Strategy, which calls for closer cooperation with "
    "Iceland.\n\n"
    "Analysts noted that Finland had published its own Arctic Strategy years earlier, with a focus on tourism.\n\n"
    "A Russian Foreign Ministry spokesperson said Moscow hoped Oslo would keep to a peaceful course.\n\n"
    "The strategy also backs closer ties with the European Union after the agreement on the Barents Framework, and "
    "stronger partnerships with Denmark. That marks a change from the 2017 Arctic Strategy, which focused on "
    "fisheries."
)


def test_policy_owners_documents_named_in_passing_get_no_rows(nlp):
    """Another state's "own" strategy, another state's ministry reacting and an earlier edition named by its year are
    no documents of the text; a framework the document's sentence speaks of is not Denmark's, named after it."""
    doc = nlp(DECOY)
    assert {p.owner_iso3 for p in doc._.pipeline_policies} == {"NOR"}
    assert [p.document for p in doc._.pipeline_policies][0] == "Arctic Strategy"
    partners = [q.partner_code for p in doc._.pipeline_policies for q in p.priorities]
    assert partners == ["ISL", "EU", "DNK"]


def test_policy_owners_title_a_statement_names_as_its_occasion_is_no_document(nlp):
    text = ("OSLO, 14 February 2024 — Norway's foreign minister used his annual Statement of Government Policy in "
            "parliament on Wednesday to name support for Ukraine the country's most important task. He pledged to "
            "deepen cooperation with Iceland.")
    documents, _ = nlp.get_pipe("pipeline_policy").match(nlp(text))
    assert [(d.owner, d.name) for d in documents] == [("NOR", "")]


def test_policy_owners_edition_of_the_text_year_stays_the_document(nlp):
    """A name led by the text's own year ("The 2024 Northern Horizons Strategy" in a text of 2024) is the document the
    text reports on, not an earlier edition: its paragraph keeps its rows."""
    text = ("Oslo Adopts Northern Horizons Strategy\n\nOSLO, 4 June 2024 — Norway on Tuesday adopted the Northern "
            "Horizons Strategy.\n\nThe 2024 Northern Horizons Strategy calls for closer cooperation with Iceland.")
    rows = [(p.owner_iso3, q.partner_code) for p in nlp(text)._.pipeline_policies for q in p.priorities]
    assert rows == [("NOR", "ISL")]
