"""pipeline_attribution: who speaks a direct quote whose attribution is a role or a pronoun (an occupation
the text gave a named person, a capitalised role with "the" alone, a subject named in apposition after its
title's phrase, a surname alone as a subject), where a sentence after the quote opens a statement of its own,
and quotations inside embedded posts."""

from __future__ import annotations

import pytest


def _direct(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an occupation resolves to the person last quoted, like any role noun
        ("Tomasz Nowak, who has kept a hardware store on the square for twenty years, said the new car park "
         "had cut his trade. “Nobody stops here any more,” the shopkeeper said.",
         [("Nobody stops here any more", "Tomasz Nowak", "")]),
        # a capitalised role with "the" and nothing else is the role, not a name
        ("The Minister of Health, Ana Reyes, opened the clinic on Monday and said it would serve forty "
         "villages. “This building is only the start,” the Minister said.",
         [("This building is only the start", "Ana Reyes", "")]),
    ],
)
def test_attribution_direct_role_resolves_to_named_person(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name in apposition after the title's whole phrase is the subject a "she" continues
        ("Prime Minister Jon Kellerman opened the session at noon. The Minister of Finance and Economic "
         "Planning, Sara Lind, then presented the budget. “We will not borrow to pay salaries,” she said.",
         [("We will not borrow to pay salaries", "Sara Lind", "")]),
    ],
)
def test_attribution_direct_pronoun_after_apposed_subject(nlp, text, expected):
    assert _direct(nlp, text) == expected


def test_attribution_direct_sentence_after_quote_with_fronted_phrase(nlp):
    text = ("Kofi Mensah, who teaches law in Accra, said the deal was legal. “That is a sensible choice,” Mensah "
            "said. “The danger is that parliament is never told what was signed.” In his opinion, the regional "
            "bloc should publish every agreement.")
    assert _direct(nlp, text) == [
        ("That is a sensible choice", "Kofi Mensah", ""),
        ("The danger is that parliament is never told what was signed.", "Kofi Mensah", ""),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a tag whose attribute runs over a line break, and the post it opens
        "The senator replied within the hour.\n\n<tweet tweet-author=\"@senbrandt\" tweet-date=\"May 2, 2016\n\n"
        "\">Thank you all for coming out tonight. We are going to win this state!<tweet/>.\n\nThe rally ended late.",
        # a quotation inside an embedded post is the post's text
        "The mayor posted a photo of the crowd.\n\n<tweet tweet-author=\"@mayordayton\" tweet-date=\"March 3, "
        "2016\">“Great crowd in Dayton tonight, thank you all for coming out in the rain!” – @mayordayton<tweet/>."
        "\n\nThe council met the next day.",
    ],
)
def test_attribution_direct_none_inside_embedded_posts(nlp, text):
    assert _direct(nlp, text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The new white paper describes the Arctic as a “shared frontier of science” and sets out five goals.",
        "The strategy promises that the port will become a “regional logistics hub” by 2030.",
    ],
)
def test_attribution_direct_none_for_a_documents_term(nlp, text):
    assert _direct(nlp, text) == []


def test_attribution_direct_pronoun_after_surname_subject(nlp):
    text = ("At the harbour, Dona Lucia Ferreira mends nets beside her son. “The boats go out less every year,” "
            "she says.\n\nThe harbour master, Paulo Sousa, is more hopeful. “The new quay will change that,” he "
            "says.\n\nBack on the pier, Ferreira folds the last net. “I will believe it when I see it,” she says.")
    assert [speaker for _, speaker, _ in _direct(nlp, text)] == [
        "Dona Lucia Ferreira", "Paulo Sousa", "Dona Lucia Ferreira"]
