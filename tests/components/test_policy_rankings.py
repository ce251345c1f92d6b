"""pipeline_policy: mechanisms found on the tenth blind set (issue #14 item 1) - the owner named in the sentence
before the document, rankings ("puts A first, followed by B", "Topping the list is A", "A sits at the top", "B comes
second"), a part of the document given to a subject ("X is given a chapter of its own"), verbs of support and mention,
a goal and its means (", chiefly through A and B"), "A of B and a C of D", comments and contrasts that are no items
("a goal the ministry links to ...", "not occasional visits", "two ideas – ..."), an earlier version's content, and a
paragraph about "the chapter on X". Sentences written for these tests, with the exact rows (owner, document, adopted,
rank, partner, code, relation)."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(p.owner_iso3, p.document, p.adopted, q.rank, q.partner, q.partner_code, q.relation)
            for p in doc._.pipeline_policies for q in p.priorities]


CAN = ("CAN", "Defence Strategy", "")
GHA = ("GHA", "National Education Strategy", "2026-03")
PER = ("PER", "Water Strategy", "")
KEN = ("KEN", "Digital Economy Strategy", "")
CHL = ("CHL", "Energy Policy", "")
VNM = ("VNM", "Export Strategy", "2025-04")
JPN = ("JPN", "Maritime Strategy", "2026-03")
NOR = ("NOR", "Ocean Strategy", "2025")


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(  # no country in the document's sentence: the one named before it in the paragraph owns it
        "Canada rarely publishes defence papers. The Defence Strategy, presented in the Commons on 3 May, puts "
        "Arctic surveillance first, followed by the renewal of the submarine fleet.",
        [(*CAN, 1, "", "", "Arctic surveillance"), (*CAN, 2, "", "", "renewal of the submarine fleet")],
        id="owner-before-puts-first-followed-by"),
    pytest.param(  # "Topping the list is A, followed by B"; a weekday is no part of the title
        "ACCRA, 2 March 2026 — Ghana's cabinet approved the National Education Strategy on Monday.\n\n"
        "Topping the list is universal secondary schooling, followed by the training of science teachers.",
        [(*GHA, 1, "", "", "universal secondary schooling"), (*GHA, 2, "", "", "training of science teachers")],
        id="topping-the-list-followed-by"),
    pytest.param(  # a ranking predicate after the subject: the subject alone is the priority
        "Peru's new Water Strategy was published in June. Flood protection sits at the top. Irrigation in the Andes "
        "comes second, although funding is unclear. Glacier monitoring ranks third.",
        [(*PER, 1, "", "", "Flood protection"), (*PER, 2, "", "", "Irrigation in the Andes"),
         (*PER, 3, "", "", "Glacier monitoring")],
        id="sits-at-the-top-comes-second-ranks-third"),
    pytest.param(  # a part of the document given to the subject; "mentions" as a cue
        "Kenya's Digital Economy Strategy was launched on Tuesday. Broadband for rural schools is given a chapter of "
        "its own, and the strategy also mentions the creation of a national data centre.",
        [(*KEN, 1, "", "", "Broadband for rural schools"), (*KEN, 2, "", "", "creation of a national data centre")],
        id="given-a-chapter-and-mentions"),
    pytest.param(  # "supports A and backs B, but stops short of C": C is what it does not back
        "Chile's Energy Policy was adopted in May. It supports a regional power grid and backs the creation of a "
        "green hydrogen agency, but stops short of a coal ban.",
        [(*CHL, 1, "", "", "regional power grid"), (*CHL, 2, "", "", "creation of a green hydrogen agency")],
        id="supports-backs-but-stops-short"),
    pytest.param(  # the goal, then its means; "the renovation of A and a fund of B" is two items
        "Vietnam's Export Strategy was approved in April 2025. Its central aim is to double exports by 2030, chiefly "
        "through the expansion of seaports and the digitisation of customs. It envisages the renovation of the "
        "northern railway and a fund of grants to help small firms export.",
        [(*VNM, 1, "", "", "double exports by 2030"), (*VNM, 2, "", "", "expansion of seaports"),
         (*VNM, 3, "", "", "digitisation of customs"), (*VNM, 4, "", "", "renovation of the northern railway"),
         (*VNM, 5, "", "", "fund of grants to help small firms export")],
        id="goal-means-and-indefinite-conjunct"),
    pytest.param(  # a comment on the item before, a contrast and an organising concept are no items
        "Japan's Maritime Strategy was adopted in March 2026. It calls for a coast guard of 20,000 officers, a goal "
        "the ministry links to new funding. It also seeks permanent patrols, not occasional visits. The strategy is "
        "built around two ideas – openness and resilience.",
        [(*JPN, 1, "", "", "coast guard of 20,000 officers"), (*JPN, 2, "", "", "permanent patrols")],
        id="comment-contrast-concept"),
    pytest.param(  # the previous version's focus is history; "the chapter on X" carries the document on
        "Norway's new Ocean Strategy was adopted in 2025. The previous strategy, issued in 2017, had focused on oil "
        "and gas.\n\nLess noticed is the chapter on fisheries. The authors want a quota system rebuilt from scratch, "
        "with new licences and controls.",
        [(*NOR, 1, "", "", "quota system rebuilt from scratch")],
        id="previous-version-and-the-chapter-on"),
])
def test_policy_rankings_and_boundaries(nlp, text, expected):
    assert _rows(nlp(text)) == expected
