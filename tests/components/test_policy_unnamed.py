"""pipeline_policy: policy texts whose document has no name or title head ("a programme the government adopted",
a quoted name beside "the programme"), statements owned through their clause ("X's agenda rests on three
priorities", "its foreign minister" after "X took its seat, and"), and a lead's places read as no dateline.
Sentences written for these tests."""

from __future__ import annotations

import pytest


def _rows(doc):
    return [(p.owner_iso3, p.document, q.rank, q.partner_code, q.relation)
            for p in doc._.pipeline_policies for q in p.priorities]


CASES = [
    (  # a presidency's programme the government adopted, without a title: the text's country owns it
        "Portugal Takes the Chair\n\nPortugal took over the rotating presidency of the Council of the European Union "
        "on 1 January 2027. The government of Prime Minister Rui Matos has adopted a programme for the six months, "
        "and it is built around three priorities.\n\nThe first is the green transition. The second priority is closer "
        "cooperation with Morocco. The third is the defence of the single market.",
        [("PRT", "Programme", 1, "", "green transition"), ("PRT", "Programme", 2, "MAR", "closer cooperation"),
         ("PRT", "Programme", 3, "", "defence of the single market")],
    ),
    (  # a quoted name with no title head, in apposition to "the programme the government launched"
        "Chile Opens Five Embassies\n\nSANTIAGO, 4 May 2026 — “Open Horizons 2030”, the programme the government "
        "launched in March, commits the state to new embassies in Kenya and Vietnam. It also calls for deeper "
        "engagement with India.",
        [("CHL", "Open Horizons 2030", 1, "KEN", "new embassies in Kenya and Vietnam"),
         ("CHL", "Open Horizons 2030", 1, "VNM", "new embassies in Kenya and Vietnam"),
         ("CHL", "Open Horizons 2030", 2, "IND", "deeper engagement")],
    ),
    (  # the country owns the subject of the clause whose object is the priorities
        "Norway's Year on the Council\n\nOSLO, 3 January 2026 — Foreign Minister Kari Lund said Norway's agenda for "
        "its council seat rests on three priorities:\n\n1. climate security;\n2. the protection of civilians;\n"
        "3. closer cooperation with the African Union.",
        [("NOR", "", 1, "", "climate security"), ("NOR", "", 2, "", "protection of civilians"),
         ("NOR", "", 3, "AU", "closer cooperation")],
    ),
    (  # "its foreign minister": the country of the clause before; she lists the priorities over several sentences
        "Ghana Takes Its Seat\n\nACCRA, 4 January 2026 — Ghana took its seat on the Security Council this week, and "
        "its foreign minister has been clear about what she wants from it. She listed the priorities one by one.\n\n"
        "At the top is the fight against piracy in the Gulf of Guinea. The second priority is closer cooperation "
        "with Togo.",
        [("GHA", "", 1, "", "fight against piracy in the Gulf of Guinea"), ("GHA", "", 2, "TGO", "closer cooperation")],
    ),
    (  # "the Paris Agreement" in the lead is no dateline: the plan is Ecuador's, not France's
        "Ecuador Bets on Trains\n\nGUAYAQUIL, 25 February 2026 — Ecuador has committed itself to clean transport. "
        "President Ana Ruiz presented the National Climate Plan on Sunday, describing it as the country's answer to "
        "the Paris Agreement.\n\nThe plan calls for closer cooperation with Peru.",
        [("ECU", "National Climate Plan", 1, "PER", "closer cooperation")],
    ),
    (  # a colon that opens a list run on in the sentence, split by semicolons
        "Chile's Year at the Helm\n\nSANTIAGO, 2 January 2027\n\nChile took over the rotating presidency of the forum "
        "on Monday. The minister then set out the presidency's declared priorities for the year: digital trade; the "
        "fight against poverty; and closer cooperation with Peru.",
        [("CHL", "", 1, "", "digital trade"), ("CHL", "", 2, "", "fight against poverty"),
         ("CHL", "", 3, "PER", "closer cooperation")],
    ),
    (  # the apposed noun after modifiers ("a ten-year national plan"): the quoted name is the title, no priority
        "Oman Sets Its Course\n\nMUSCAT, 4 May 2026 — Oman has launched “Bold Steps 2035”, a ten-year national "
        "plan unveiled by the cabinet on Monday. It calls for closer trade ties with India and aims to double tourism "
        "revenue.",
        [("OMN", "Bold Steps 2035", 1, "IND", "closer trade ties"),
         ("OMN", "Bold Steps 2035", 2, "", "double tourism revenue")],
    ),
    (  # "She named the priorities one after another. First comes A. Second comes B."
        "Minister Outlines Aims\n\nVALLETTA, 2 February 2026 — Malta took over the chair of the OSCE this month, and "
        "its foreign minister used her first speech to set out the agenda. She named the priorities one after "
        "another. First comes the protection of civilians in Ukraine. Second comes a stronger OSCE presence in "
        "Moldova.",
        [("MLT", "", 1, "UKR", "protection of civilians in Ukraine"),
         ("MLT", "", 2, "OSCE", "stronger OSCE presence in Moldova"),
         ("MLT", "", 2, "MDA", "stronger OSCE presence in Moldova")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_policy_unnamed_documents_get_their_rows(nlp, text, expected):
    assert _rows(nlp(text)) == expected


NEWS = [
    # "the country" owns an insurance program, no government document
    "WASHINGTON, 21 September 2016 — He also wants to extend paid leave to new mothers through the country's "
    "unemployment insurance program, which pays benefits to people who have been laid off. The plan aims to help "
    "families, the campaign said.",
    # "the country has a program": a weapons program is no policy document
    "SEOUL, 9 October 2016 — North Korea's neighbours are alarmed. Today, the country has a demonstrated nuclear "
    "weapons program and aims to build more missiles, analysts said.",
]


@pytest.mark.parametrize("text", NEWS)
def test_policy_unnamed_programs_of_the_country_open_no_document(nlp, text):
    assert nlp(text)._.pipeline_policies == []
