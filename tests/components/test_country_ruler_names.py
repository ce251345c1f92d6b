"""pipeline_country_ruler: names that must not fall back to a wrong head word, and misspelled names."""

from __future__ import annotations

import pytest

from pipeline.components.countries.fuzzy import Misspellings
from pipeline.components.countries.lexicon import DATA_DIR
from pipeline.components.countries.variants import NameRules, plurals


def _codes(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.kb_id_) for s in doc.spans["countries"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police in Northern Ireland arrested two men near the border with Ireland.",
         [("Northern Ireland", "GBR"), ("Ireland", "IRL")]),
        ("Aid convoys reached Congo DR on Tuesday after a week at the border.", [("Congo DR", "COD")]),
        ("The survey ranks Dem. Congo last among the states it covered.", [("Dem. Congo", "COD")]),
        ("Exports to Congo, Democratic Republic fell by a fifth last year.",
         [("Congo, Democratic Republic", "COD")]),
        ("Delegations from Dem. Republic Korea and the Republic of Korea met at the border.",
         [("Dem. Republic Korea", "PRK"), ("Republic of Korea", "KOR")]),
        ("The U.K. Virgin Islands and the US Virgin Islands share a ferry service.",
         [("U.K. Virgin Islands", "VGB"), ("US Virgin Islands", "VIR")]),
        ("The Republic of China and the People's Republic of China both claim the island.",
         [("Republic of China", "TWN"), ("People's Republic of China", "CHN")]),
    ],
)
def test_country_ruler_names_do_not_fall_back_to_the_head_word(nlp, text, expected):
    assert _codes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a text on the Democratic Republic of the Congo calls it "Congo" after the first mention
        ("Kinshasa welcomed the deal. The Democratic Republic of the Congo will open two border posts, and "
         "Congolese officials said fighting in eastern Congo had eased.",
         [("Kinshasa", "COD"), ("Democratic Republic of the Congo", "COD"), ("Congolese", "COD"), ("Congo", "COD")]),
        # the Republic of the Congo named too (here by its capital): the short name keeps its default
        ("Brazzaville and Kinshasa face each other across the river; Congo has asked for talks.",
         [("Brazzaville", "COG"), ("Kinshasa", "COD"), ("Congo", "COG")]),
        ("Congo will host the summit, the government in Brazzaville said.", [("Congo", "COG")]),
    ],
)
def test_country_ruler_short_name_two_states_share(nlp, text, expected):
    assert _codes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ministers from Botsuana and Namibia signed the water agreement.", [("Botsuana", "BWA"), ("Namibia", "NAM")]),
        ("Thousands of Germans marched against the trade deal.", [("Germans", "DEU")]),
        # the tagger reads "Mexiko" as a person; coordinated with a country it is a list item of countries
        ("Trade with Canada and Mexiko grew, said Marlon Peterson.", [("Canada", "CAN"), ("Mexiko", "MEX")]),
        ("Talks between France and Cameron ended without a deal.", [("France", "FRA")]),
    ],
)
def test_country_ruler_misspelled_and_plural_names(nlp, text, expected):
    assert _codes(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Frances Greene said the vote in Columbia was close.",
        "Historians of Prussia and Bavaria met in Granada last spring.",
        "He was doing the bidding of Cameron, and Downing Street knew it.",
        "COLUMBIA, S.C. - The senator spoke to voters on Friday.",
    ],
)
def test_country_ruler_names_and_places_are_not_misspellings(nlp, text):
    assert _codes(nlp, text) == []


@pytest.fixture(scope="module")
def rules():
    return NameRules.from_data(DATA_DIR)


@pytest.mark.parametrize(
    ("name", "some_derived"),
    [
        ("DR Congo", {"Congo DR", "Congo, DR"}),
        ("Congo, The Democratic Republic of the", {"Congo, Democratic Republic", "Congo (Dem. Rep.)"}),
        ("Democratic Republic of the Congo", {"Democratic Republic Congo", "Democratic Congo", "Dem. Congo"}),
        ("Democratic People's Republic of Korea",
         {"Democratic Republic of Korea", "Dem. Republic Korea", "Democratic Korea", "Korea, Dem. Rep."}),
    ],
)
def test_country_names_derived_forms(rules, name, some_derived):
    assert some_derived <= rules.derived(name)


@pytest.mark.parametrize(
    "name",
    ["Republic of Korea", "Kyrgyz Republic", "United States of America", "Georgia"],
)
def test_country_names_a_lone_republic_title_is_not_moved(rules, name):
    """"Republic of Korea" gives no "Korea Republic" or "Republic Korea": only longer titles and initialisms move."""
    assert rules.derived(name) == set()


def test_country_names_abbreviations_are_data(rules):
    assert "U.K. Virgin Islands" in rules.variants("British Virgin Islands")
    assert "Dem. Rep. Congo" not in rules.variants("Congo")


def test_country_names_demonym_plurals():
    assert list(plurals("German")) == ["Germen", "Germans"]
    assert list(plurals("Kazakhstani")) == ["Kazakhstanis"]
    assert list(plurals("Swiss")) == []


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Botsuana", "BWA"),  # substitution
        ("moldovia", "MDA"),  # insertion
        ("Mexcio", "MEX"),  # transposition
        ("Prussia", None),  # one edit from Russia, another first letter
        ("Slovkia", "SVK"),  # one edit from Slovakia only (two from Slovenia)
        ("Austrai", "AUT"),  # transposition at the end
        ("Nigeriaa", "NGA"),
        ("Gaboon", "GAB"),
    ],
)
def test_country_names_misspellings(word, expected):
    names = [("Botswana", "BWA"), ("Moldova", "MDA"), ("Mexico", "MEX"), ("Russia", "RUS"), ("Slovakia", "SVK"),
             ("Slovenia", "SVN"), ("Nigeria", "NGA"), ("Niger", "NER"), ("Gabon", "GAB"), ("Austria", "AUT")]
    assert Misspellings.of(names).code(word) == expected


def test_country_names_misspelling_close_to_two_countries_is_none():
    assert Misspellings.of([("Nigeria", "NGA"), ("Niger", "NER")]).code("Nigera") is None
