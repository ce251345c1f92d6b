"""pipeline_policy, recall on policy reports (issue 14): verbs and frames that state a document's priorities and
that the earlier cues read nothing from - "pledges" and "plans" with a noun phrase, "gives weight to", "wanted" with a
noun phrase, "makes X a central task", "retains the objective of", "must be reformed", names after a colon that a
plural noun phrase labels ("nine pilot countries: A, B"). Real sentences of the round-12/13 development sets
(tests/data/blind12a, blind12c, blind13a), each after a sentence that names its document; exact rows (rank, partner,
partner code, relation)."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(q.rank, q.partner, q.partner_code, q.relation) for p in doc._.pipeline_policies for q in p.priorities]


CASES = [
    pytest.param(  # "pledges" with its objects, not "pledges to"
        "WARSAW, 13 May 2020 — President Andrzej Duda has approved a new National Security Strategy of the Republic of"
        " Poland, replacing the version signed in 2014. The strategy pledges a gradual rise in defence spending to 2.5"
        " per cent of GDP and the diversification of gas and oil supplies.",
        [(1, "", "", "gradual rise in defence spending to 2.5 per cent of GDP"),
         (2, "", "", "diversification of gas and oil supplies")],
        id="pledges-a-noun-phrase"),
    pytest.param(  # "plans" before "more": a verb, not the noun "plans"; the group the assistance goes to is the
        # partner ("development assistance": the compound's head is the flow noun, since round 16)
        "VANCOUVER, 27 November 2022 — Canada on Sunday released its first Indo-Pacific Strategy. Ottawa also plans"
        " more development assistance to Pacific Island countries.",
        [(1, "Pacific Island countries", "", "more development assistance to Pacific Island countries")],
        id="plans-more"),
    pytest.param(  # "gives weight to A and to B"
        "BERLIN, 14 June 2023 — The German cabinet on Wednesday adopted the country’s first National Security Strategy."
        " At home, the strategy gives weight to better protection of critical infrastructure and to reducing"
        " one-sided economic dependencies, especially in raw materials and supply chains.",
        [(1, "", "", "better protection of critical infrastructure"),
         (2, "", "", "reducing one-sided economic dependencies")],
        id="gives-weight-to"),
    pytest.param(  # the names after the colon take the plural noun phrase before it as their relation
        "ROME, 29 January 2024 — Italian Prime Minister Giorgia Meloni on Monday presented the Mattei Plan for Africa."
        " Its first projects will be concentrated in nine pilot countries: Morocco, Tunisia, Algeria, Egypt, Côte"
        " d’Ivoire, Ethiopia, Kenya, Mozambique and the Republic of the Congo.",
        [(1, "Morocco", "MAR", "pilot countries"), (1, "Tunisia", "TUN", "pilot countries"),
         (1, "Algeria", "DZA", "pilot countries"), (1, "Egypt", "EGY", "pilot countries"),
         (1, "Côte d’Ivoire", "CIV", "pilot countries"), (1, "Ethiopia", "ETH", "pilot countries"),
         (1, "Kenya", "KEN", "pilot countries"), (1, "Mozambique", "MOZ", "pilot countries"),
         (1, "Republic of the Congo", "COG", "pilot countries")],
        id="names-after-a-labelled-colon"),
    pytest.param(  # "makes X a central task": X, not the rating
        "TBILISI, 5 March 2012 — Georgia’s parliament approved the country’s new National Security Concept on 23"
        " December 2011. On Russia, she noted, the text leaves no room for doubt: it describes the Russian Federation"
        " as an occupying power and makes the de-occupation of Georgia’s territories by peaceful means a central task.",
        [(1, "", "", "de-occupation of Georgia’s territories by peaceful means")],
        id="makes-x-a-central-task"),
    pytest.param(  # "retains" a stance whose head is a goal noun
        "KUALA LUMPUR, 27 September 2021 — Prime Minister Ismail Sabri Yaakob tabled the Twelfth Malaysia Plan in the"
        " Dewan Rakyat on Monday. It also retains the long-standing objective of Bumiputera ownership of at least 30"
        " per cent of corporate equity.",
        [(1, "", "", "long-standing objective of Bumiputera ownership of at least 30 per cent of corporate equity")],
        id="retains-the-objective"),
    pytest.param(  # a minister's statement: "wanted" with noun phrases, then a goal sentence with "must be reformed"
        # (the broad partnership with China, cut off by its apposition, is still missed)
        "BRASÍLIA, 2 January 2023 — Brazil will go back to the regional forums it abandoned and rebuild relations with"
        " the developing world, Mauro Vieira said on Monday as he took office as foreign minister.\n\nIn a speech at"
        " the Itamaraty palace, the career diplomat set out the priorities of the new administration.\n\nOn the major"
        " powers, the minister said Brazil would seek balance. He said the country wanted a constructive dialogue with"
        " the United States, a broad partnership with China, its largest trading partner, and the completion of the"
        " trade agreement between Mercosur and the European Union. He also repeated that the United Nations Security"
        " Council must be reformed.",
        [(1, "", "", "seek balance"), (2, "United States", "USA", "constructive dialogue"),
         (3, "Mercosur", "Mercosur", "completion of the trade agreement between Mercosur and the European Union"),
         (3, "European Union", "EU", "completion of the trade agreement between Mercosur and the European Union"),
         (4, "United Nations Security Council", "", "United Nations Security Council must be reformed")],
        id="wanted-and-must-be-reformed"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_policy_recall_verb_rows(nlp, text, expected):
    assert _rows(nlp(text)) == expected
