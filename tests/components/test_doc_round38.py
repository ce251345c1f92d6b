"""pipeline_policy, round 38: a "Resolution on ..." and a nationally determined contribution are policy documents; an
interviewee's verbless answer to a question about priorities names the items ("Who are the partners?" "Romania first,
then Ukraine and the United States."), unless the answer goes on to state the item itself; a question the parser
joins to its answer no longer hides the answer; a section heading naming the "axes" opens the numbered list under it.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.components.policy.answers import asks_priority

from ..table_rows import policy_rows

RESOLUTION = ("Slovenia as a development partner\n\nSlovenia's aid runs on the Resolution on "
              "International Development Cooperation and Humanitarian Aid, which the National Assembly "
              "adopted in 2017 and which is valid until 2030.\n\nThe resolution commits Slovenia to "
              "raising official development assistance to 0.33% of gross national income by 2030.\n")
NDC = ("When Tunisia sent its updated nationally determined contribution to the UNFCCC "
       "secretariat in October 2021, few people noticed. The document is the closest thing the "
       "country has to an economic strategy. Its headline goal is to cut the carbon intensity "
       "of the economy by 45 per cent by 2030.\n")
PARTNERS = ("Parliament in Chisinau adopted a new National Security Strategy for Moldova in December "
            "2023. We asked Doina Ciobanu to walk us through it.\n\nMoldova Review: Is neutrality "
            "gone?\n\nCiobanu: No. Neutrality stays in the constitution.\n\nMoldova Review: Who are the "
            "partners?\n\nCiobanu: Romania first, then Ukraine and the United States. The strategy "
            "wants the partnership with Bucharest deepened.\n")
RESTATED = ("Austria's Foreign Minister set out the government's foreign policy priorities in an "
            "interview.\n\nQ: Minister, what is at the top of your list?\n\nA: Ukraine. Austria is "
            "neutral, but we will keep supporting Ukraine politically and financially.\n")
AXES = ("FACT SHEET\n\nWhat is it? The National Development Programme Bulgaria 2030 is the "
        "country's umbrella strategy for the decade.\n\nThe goals, as numbered in the programme\n1. "
        "Accelerated economic development.\n2. A demographic upswing.\n\nThe three axes that carry "
        "them\n3. Green and sustainable Bulgaria: the circular economy and clean air.\n4. "
        "Connected and integrated Bulgaria: transport links to Romania and Greece.\n\nOur take\nThe "
        "axes are broad.\n")


@pytest.mark.model
def test_doc_round38_resolution_is_a_document(nlp):
    doc = nlp(RESOLUTION)
    assert [(p.owner_iso3, p.document, p.period_start, p.period_end, p.adopted) for p in doc._.pipeline_policies] == [
        ("SVN", "Resolution on International Development Cooperation and Humanitarian Aid", None, 2030, "2017")]
    assert policy_rows(doc) == [
        ("SVN", "", "raising official development assistance to 0.33% of gross national income by 2030")]


@pytest.mark.model
def test_doc_round38_nationally_determined_contribution(nlp):
    doc = nlp(NDC)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == [
        ("TUN", "Nationally Determined Contribution")]
    assert policy_rows(doc) == [("TUN", "", "cut the carbon intensity of the economy by 45 per cent by 2030")]


@pytest.mark.model
def test_doc_round38_verbless_answer_names_the_partners(nlp):
    """"Who are the partners?" "Romania first, then Ukraine and the United States.": the partners, related as the
    question asks; "No." names nothing."""
    assert policy_rows(nlp(PARTNERS)) == [
        ("MDA", "ROU", "partners"), ("MDA", "ROU", "partnership with Bucharest deepened"), ("MDA", "UKR", "partners"),
        ("MDA", "USA", "partners")]


@pytest.mark.model
def test_doc_round38_answer_that_goes_on_to_state_its_item(nlp):
    """"Ukraine. ... we will keep supporting Ukraine ...": the answer's own sentence gives the row, not the name."""
    assert policy_rows(nlp(RESTATED)) == [("AUT", "UKR", "keep supporting Ukraine politically and financially")]


@pytest.mark.model
def test_doc_round38_axes_heading_opens_its_list(nlp):
    assert policy_rows(nlp(AXES)) == [
        ("BGR", "", "Accelerated economic development"),
        ("BGR", "", "Green and sustainable Bulgaria: the circular economy and clean air"),
        ("BGR", "", "demographic upswing"),
        ("BGR", "GRC", "Connected and integrated Bulgaria: transport links to Romania and Greece"),
        ("BGR", "ROU", "Connected and integrated Bulgaria: transport links to Romania and Greece")]


@pytest.mark.parametrize(("question", "expected"), [
    ("CR: What does the plan put first?", True),
    ("Moldova Review: Who are the partners?", True),
    ("Q: Which goals stand out?", True),
    ("KQR: What is missing?", False),
    ("Moldova Review: Is neutrality gone?", False),
])
def test_doc_round38_question_asks_for_a_priority(question, expected):
    assert asks_priority(question, frozenset({"goals", "priority", "priorities"})) is expected
