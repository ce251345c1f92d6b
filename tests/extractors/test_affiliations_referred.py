"""affiliations extractor: organizations a role refers back to when the organization ruler does not know them
(persons/bodies.py: a name in apposition with "the operator", a short form of a name given before), "its"
after the name, and institutions after a relative clause of work or a capitalized portfolio."""

from __future__ import annotations

import pytest

from pipeline.extractors.affiliations import affiliations
from pipeline.extractors.speakers import speakers


def _rows(doc):
    return [(a.name, a.role, a.organization) for a in affiliations(doc)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name in apposition with an organization noun is an organization's, not a person's
        ("The carrier, Tolland Ferries, said sailings would resume on Monday. \"We are sorry for the delays,\" "
         "said Megan Ashby, its operations director.",
         [("Megan Ashby", "operations director", "Tolland Ferries")]),
        ("Brackwater Energy, the utility that runs the plant, said the outage was over. A spokesman, Idris Lowe, "
         "said crews had worked overnight.",
         [("Idris Lowe", "spokesman", "Brackwater Energy")]),
        # a later short form of a name given in full before
        ("The plant belongs to Verrin Textiles Ltd, which employs 300 people. Verrin Textiles said it would "
         "reopen in June. Its finance director, Paul Okafor, told staff the insurers had paid.",
         [("Paul Okafor", "finance director", "Verrin Textiles")]),
        ("Staff at Corbel Plastics Ltd were sent home. Corbel's site manager, Ruth Dunne, said no one was hurt.",
         [("Ruth Dunne", "site manager", "Corbel")]),
    ],
)
def test_affiliations_organization_referred_to(nlp, text, expected):
    assert _rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause of work after the role, an adverb between "who" and the verb
        ("Anil Perera, a former envoy who now teaches at the Colombo Institute of Regional Studies, said the plan "
         "was vague.",
         [("Anil Perera", "former envoy", "Colombo Institute of Regional Studies")]),
        # a capitalized word in the role's portfolio before "at"
        ("Mere Vakalala, a lecturer in Pacific history at the Suva Institute of Technology, said the treaty was "
         "overdue.",
         [("Mere Vakalala", "lecturer", "Suva Institute of Technology")]),
        # a plural possessive inside the organization's name
        ("Joan Fenwick, who chairs the Hollins Tenants' Association, said repairs were late.",
         [("Joan Fenwick", "chair", "Hollins Tenants' Association")]),
        # a lower-case body with its acronym right after it
        ("Nuno Reis, an organizer with the dockers' union SINPORT, said the strike would go ahead.",
         [("Nuno Reis", "organizer", "SINPORT")]),
    ],
)
def test_affiliations_institution_after_role(nlp, text, expected):
    assert _rows(nlp(text)) == expected


def test_affiliations_role_apposition_is_person_evidence(nlp):
    """A name the NER reads as an organization is a person's when it is the apposition of a role."""
    doc = nlp("The transit authority, Linea Norte, will run the trams. Its director, Lucie Marchal, said the "
              "timetable was tight.")
    assert _rows(doc) == [("Lucie Marchal", "director", "Linea Norte")]
    assert [s.name for s in speakers(doc)] == ["Lucie Marchal"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the <organization> <role>, <name>": the organization between the article and the role
        ("Last week the Pacific Islands Forum chairperson, Tevita Lomu, urged both sides to talk.",
         [("Tevita Lomu", "chairperson", "Pacific Islands Forum")]),
        # a lower-case organization head noun among the role's modifiers: the organization named with it
        ("The Norvik Fire Rescue Service sent six crews. \"The roof fell in,\" said fire service spokesman Ivo "
         "Brandt.",
         [("Ivo Brandt", "fire service spokesman", "Norvik Fire Rescue Service")]),
        # an organization inside a relative clause only describes the one before: not the topic
        ("Kestrel Tiles Ltd will close the factory. The company, which has been owned since 2020 by the building "
         "group Morva Holdings, said it would pay redundancy. Chief executive Dan Hale told staff it was hard.",
         [("Dan Hale", "chief executive", "Kestrel Tiles Ltd")]),
    ],
)
def test_affiliations_owner_of_a_role_before_the_name(nlp, text, expected):
    assert _rows(nlp(text)) == expected


def test_affiliations_name_of_known_organization_is_person(nlp):
    """"<two-word name> of <a known organization>" is evidence of a person, whatever the NER reads."""
    doc = nlp("Outside experts were divided. Radek Šimánek of the Morava Institute for Strategic Studies said the "
              "document was overdue.")
    assert _rows(doc) == [("Radek Šimánek", "", "Morava Institute for Strategic Studies")]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("The talks resumed on Monday. Europe, the minister insisted, must pay more for its own defence.", "minister"),
        ("Asia, the analyst said, will grow fastest.", "analyst"),
    ],
)
def test_an_attribution_that_interrupts_a_sentence_is_no_apposition(nlp, text, source):
    """"X, the minister insisted, ...": the role speaks and X opens what is said; X is no person."""
    doc = nlp(text)
    assert [s.text for s in doc.spans["persons"]] == []
    assert [(q.speaker, q.source) for q in doc._.pipeline_quotes] == [("", source)]
