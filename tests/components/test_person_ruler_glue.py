"""pipeline_person_ruler: names without the words the capitalised run glues on."""

from __future__ import annotations

import pytest


def _persons(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.kb_id_) for s in doc.spans["persons"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PolitiFact Executive Director Aaron Sharockman responded that the site checks many claims.",
         [("Aaron Sharockman", "Aaron Sharockman")]),
        ("Former House Speaker Newt Gingrich dismissed the claim as nonsense.",
         [("Newt Gingrich", "Newt Gingrich")]),
        ("Chief Justice John G. Roberts Jr. said the museum was a triumph.",
         [("John G. Roberts Jr.", "John G. Roberts Jr.")]),
    ],
)
def test_person_ruler_glue_leading_titles_after_an_organization(nlp, text, expected):
    assert _persons(nlp, text) == expected


def test_person_ruler_glue_headline_words_do_not_name_the_person(nlp):
    text = ("Black Lawmakers Rip Donald Trump As A ‘Disgusting Fraud.’\n\n"
            "Donald Trump said on Monday that he would win. Trump added that the polls were wrong.")
    assert {name for _, name in _persons(nlp, text)} == {"Donald Trump"}


def test_person_ruler_glue_document_ending_in_a_country_does_not_crash(nlp):
    text = "Donald Trump has repeatedly pledged to ban all visitors from entering the U.S."
    assert _persons(nlp, text) == [("Donald Trump", "Donald Trump")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural group name after a role word is not a surname
        ("Senator Hillary Clinton was more cautious than her fellow Democrats on the committee.",
         ["Hillary Clinton"]),
    ],
)
def test_person_ruler_plural_group_is_not_a_person(nlp, text, expected):
    doc = nlp(text)
    assert [s.kb_id_ for s in doc.spans["persons"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place before ", Senator X" is not a person in apposition with a role
        ("At a rally in Ohio, Senator Jim Vale criticized the moderators.", ["Jim Vale"]),
    ],
)
def test_person_ruler_place_before_titled_name(nlp, text, expected):
    doc = nlp(text)
    assert [s.kb_id_ for s in doc.spans["persons"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role with a portfolio that takes "the" is not part of the name
        ("The plan was backed by Speaker of the House Tom Ridley in 1994.", ["Tom Ridley"]),
    ],
)
def test_person_ruler_role_with_the_portfolio(nlp, text, expected):
    doc = nlp(text)
    assert [s.kb_id_ for s in doc.spans["persons"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare surname is the person the text named first, not a relative named later
        ("Sen. Ted Vance spoke on Friday. He praised his wife, Heidi Vance, for her work. "
         "Vance said the race was close.",
         ["Ted Vance", "Heidi Vance", "Ted Vance"]),
    ],
)
def test_person_ruler_surname_is_first_named_person(nlp, text, expected):
    doc = nlp(text)
    assert [s.kb_id_ for s in doc.spans["persons"]] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title line ending in a period still glues words to names; the body names the person
        ("Vance Plan for Taxes Is Expansive but Complex.\n\nMaria Vance has come up with one. "
         "Vance said the plan was fair.",
         ["Maria Vance", "Maria Vance"]),
        # places and things the NER takes for persons
        ("In other comments, the Beige Book said that activity was mixed. Julie Davis reported from Midway Atoll.",
         ["Julie Davis"]),
    ],
)
def test_person_ruler_title_line_and_things(nlp, text, expected):
    doc = nlp(text)
    assert [s.kb_id_ for s in doc.spans["persons"]] == expected


def test_person_ruler_headline_decided_once_per_line(nlp):
    """A long one-line text asks whether its line is a headline once, not once per name on it."""
    from pipeline.components.persons.names import _headline
    from pipeline.components.persons.tokens import Lines, word_kinds

    doc = nlp("Minister Anna Berg met Ambassador Tom Reyes and Senator Ida Lunde in Oslo on Monday, "
              "and Anna Berg said the talks went well.")
    lines = Lines.of(doc, word_kinds(doc))
    seen: dict[tuple[int, int], bool] = {}
    answers = {_headline(doc, t.i, lines, seen) for t in doc if t.is_title}
    assert answers == {False}
    assert list(seen) == [lines.line(0)]
