"""pipeline_person_ruler and pipeline_org_ruler, round 21: mechanisms pooled over the development sets (sentences
written for these tests; exact rows)."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows, organization_pairs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name with no head noun that its clause refers back to with "its"
        ("Kestrel Cartons will close its plant in Dunmore next spring, cutting 120 jobs.",
         [("Kestrel Cartons", "Kestrel Cartons")]),
        ("Marrow Bay Fisheries said weak prices had left its two trawlers idle.",
         [("Marrow Bay Fisheries", "Marrow Bay Fisheries")]),
    ],
)
def test_org_ruler_names_referred_to_with_its(nlp, text, expected):
    assert organization_pairs(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hadley accused the board of cutting its budget.",  # "its" is the board's
        "The River Kell burst its banks on Sunday.",  # a place
        "Central Asia gets a programme of its own.",  # a place
    ],
)
def test_org_ruler_its_gives_no_person_place_or_document(nlp, text):
    assert organization_pairs(nlp(text)) == []


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # the head of the name before its "for" is a document noun, whatever ends the name
        ("The Strategy for Inclusive Growth and Shared Prosperity (SIGSP) was adopted in 2018. The SIGSP aims high.",
         "SIGSP"),
        # years and numbers between the name and its acronym
        ("The senate debated the National Resilience Plan 2021-2030 (NRP). The NRP sets four goals.", "NRP"),
        ("The government adopted the Coastal Development Framework 2016-2026, known as CDF II, last year. "
         "CDF II has five pillars.", "CDF II"),
        # an acronym numbered after a hyphen
        ("Members debated the Eighth National Development Plan (NDP-8). They said NDP-8 was late.", "NDP-8"),
    ],
)
def test_org_ruler_document_acronyms(nlp, text, absent):
    doc = nlp(text)
    assert absent not in {s.text for s in doc.spans["organizations"]}


def test_org_ruler_an_institute_with_a_document_word_keeps_its_acronym(nlp):
    doc = nlp("The Centre for Trade Policy (CTP) published a note. The CTP said exports fell.")
    assert ("CTP", "CTP") in organization_pairs(doc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sub-unit with capitalized modifiers and its unit noun in lower case, then the institution
        ("Dr Lena Moss, who leads the Arctic security programme at the Tromsø Institute of Polar Studies, said "
         "the risk was growing.",
         [("Lena Moss", "head", "Tromsø Institute of Polar Studies", "")]),
        # a project at an institution: the institution
        ("Paul Grant, director of the Baltic Resilience Project at the Harlow Center in Boston, said talks "
         "should go on.",
         [("Paul Grant", "director", "Harlow Center", "")]),
        # a member of parliament "for" a party: the party is no constituency
        ("\"We were not told,\" said Teuea Toatu, a member of parliament for the opposition Tobwaan Kiribati "
         "Party.",
         [("Teuea Toatu", "member", "Tobwaan Kiribati Party", "")]),
    ],
)
def test_affiliations_units_projects_and_parties(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


def test_affiliations_a_member_of_parliament_for_a_constituency_has_no_organization(nlp):
    assert affiliation_rows(nlp("Ann Price, the MP for Salford, said the plan was late.")) == [
        ("Ann Price", "mp", "", "")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We asked Tomas Berg, director of the Baltic Policy Centre in Riga, what the plan does.", "Tomas Berg"),
        ("We spoke with Ghana's trade minister, Mira Osei, about the plan.", "Mira Osei"),
        ("Mira Osei has served as Ghana's trade minister since 2019. We spoke to her in Accra about the plan.",
         "Mira Osei"),
    ],
)
def test_person_ruler_interview_subject_is_presented_as_a_speaker(nlp, text, name):
    doc = nlp(text)
    assert [a.name for a in doc._.pipeline_affiliations if a.panelist] == [name]


def test_person_ruler_persons_only_mentioned_are_no_interview_subject(nlp):
    doc = nlp("We read the report by Tomas Berg, director of the Baltic Policy Centre, with interest.")
    assert not any(a.panelist for a in doc._.pipeline_affiliations)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an outlet told something, its last word a document noun elsewhere
        ("\"The crossing will reopen,\" the governor told the Sahel Affairs Review on Monday.",
         [("Sahel Affairs Review", "Sahel Affairs Review")]),
        # an outlet in a dateline's parenthesis
        ("GAROWE, Somalia, 4 May 2024 (Coastline Dispatch) \u2014 Officials said the port would reopen.",
         [("Coastline Dispatch", "Coastline Dispatch")]),
    ],
)
def test_org_ruler_outlets_named_as_sources(nlp, text, expected):
    assert organization_pairs(nlp(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "TARAWA, Kiribati, 12 March 2024 \u2014 Officials said the port would reopen.",
        "Weekly report\nGUNJUR \u2014 Officials said the beach was shrinking.",
    ],
)
def test_org_ruler_a_datelines_place_in_capitals_is_no_organization(nlp, text):
    assert organization_pairs(nlp(text)) == []


def test_org_ruler_an_acronym_opening_a_line_stays(nlp):
    assert ("NATO", "NATO") in organization_pairs(nlp("NATO, the alliance, met in Brussels."))


def test_org_ruler_a_treaty_complement_is_no_organization(nlp):
    doc = nlp("Funding under the Compact of Free Association expires in 2043.")
    assert "Free Association" not in {s.text for s in doc.spans["organizations"]}
