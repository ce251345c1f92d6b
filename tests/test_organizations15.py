"""pipeline_org_ruler, round 15: names the text shows as bodies, and names it does not (sentences written for these
tests; exact rows: the mention as written, its key)."""

from __future__ import annotations

import pytest


def _orgs(nlp, text):
    doc = nlp(text)
    return [(s.text, s.kb_id_) for s in doc.spans["organizations"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the X" as a subject or as the owner of a person's role: a person's name takes no article
        ("The Kremlin has rejected the proposal.", [("Kremlin", "Kremlin")]),
        ("Irina Volkova, the Kremlin's spokeswoman, declined to comment.", [("Kremlin", "Kremlin")]),
        # a name the NER calls a person, that the text calls "which"
        ("Brookfield Turbines, which employs 300 people, said the site would close.",
         [("Brookfield Turbines", "Brookfield Turbines")]),
        # an NER name in a role's slot, or told something
        ("Tom Hale, chief economist at Northgate Capital in Leeds, said prices would rise.",
         [("Northgate Capital", "Northgate Capital")]),
        ("Carlos Vega told Radio Continental that the deal was done.",
         [("Radio Continental", "Radio Continental")]),
        # an NER name after "the": connectors of other languages, a head the patterns need a complement for
        ("Lena Ortiz, a researcher at the Instituto de Estudios Andinos in Lima, said the plan was vague.",
         [("Instituto de Estudios Andinos", "Instituto de Estudios Andinos")]),
        ("The Welsh Government said it would review the route.", [("Welsh Government", "Welsh Government")]),
        ("The report praised the Latvian Defence Force for its readiness.",
         [("Latvian Defence Force", "Latvian Defence Force")]),
        # an apposition whose name holds "and"
        ("Marta Lind, chief executive of Nordic Oats and Barley, the industry's national body, welcomed the news.",
         [("Nordic Oats and Barley", "Nordic Oats and Barley")]),
        # a grouping's head, a plural party after "the"
        ("Ministers from the Baltic states met within the Vilnius Triangle on Tuesday.",
         [("Vilnius Triangle", "Vilnius Triangle")]),
        ("The Greens voted against the budget.", [("Greens", "Greens")]),
    ],
)
def test_org_ruler_bodies_by_context(nlp, text, expected):
    assert _orgs(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an acronym the text spelled out for one party is not linked to a second party
        ("The ruling Party of National Renewal (PNR) won, while the opposition Party of Farmers voted against.",
         [("Party of National Renewal", "PNR"), ("PNR", "PNR"), ("Party of Farmers", "Party of Farmers")]),
        # capitals with digits in a parenthesis define the name's acronym
        ("The strategy backs cooperation within the Vistula Nine (V9) on the eastern flank.",
         [("Vistula Nine", "V9"), ("V9", "V9")]),
        # an acronym joined by a hyphen to a name word names a programme; inside a word of capitals, nothing
        ("The fund works with UN-Women in the region.", [("UN-Women", "UN-Women")]),
        ("PORT-AU-PRINCE, 3 May 2024 — The AU envoy arrived on Friday.", [("AU", "AU")]),
        # an acronym defined for a document is no organization, nor are its later mentions
        ("The cabinet approved the National Energy Policy (NEP) on Monday. The NEP sets new targets.", []),
        # a complement stops before the stretch that names a person
        ("The plan was drafted by the Ministry of Trade under Deputy Minister Omar Said last year.",
         [("Ministry of Trade", "Ministry of Trade")]),
        # the tail of a treaty's or a day's title, cut off by the NER, is no name
        ("The deputy minister recalled that the country gave up its arsenal after the collapse of the Soviet Union "
         "and joined the Treaty on the Non-Proliferation of Nuclear Weapons as a non-nuclear state.", []),
        # in a title-case headline a head noun glued to a verb is no name
        ("Fire at Riverside Plastics Plant Forces Families From Homes\n\nA fire broke out on Monday.", []),
    ],
)
def test_org_ruler_keys_and_non_names(nlp, text, expected):
    assert _orgs(nlp, text) == expected
