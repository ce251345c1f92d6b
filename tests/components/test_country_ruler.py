"""pipeline_country_ruler: country mentions (ISO3) on sentences in the policy/news genre."""

from __future__ import annotations

import pytest


def _codes(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(s.text, s.kb_id_) for s in doc.spans["countries"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Astana signed a memorandum with the Russian Federation and the People's Republic of China.",
            [("Astana", "KAZ"), ("Russian Federation", "RUS"), ("People's Republic of China", "CHN")],
        ),
        ("Trade with the People’s Republic of China grew by a third.", [("People’s Republic of China", "CHN")]),
        (
            "The Kyrgyz Republic and the Republic of Korea opened embassies.",
            [("Kyrgyz Republic", "KGZ"), ("Republic of Korea", "KOR")],
        ),
        ("The Government of the Republic of Armenia approved the draft.", [("Republic of Armenia", "ARM")]),
        ("Officials from Palestine and Western Sahara attended.", [("Palestine", "PSE"), ("Western Sahara", "ESH")]),
    ],
)
def test_country_ruler_official_names(nlp, text, expected):
    assert _codes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The US and the UK imposed sanctions.", [("US", "USA"), ("UK", "GBR")]),
        ("The U.S. embassy and USA Today reported it.", [("U.S.", "USA"), ("USA", "USA")]),
        ("Both the PRC and the UAE abstained.", [("PRC", "CHN"), ("UAE", "ARE")]),
        ("Talks between the DPRK and the ROK stalled.", [("DPRK", "PRK"), ("ROK", "KOR")]),
        ("Let us look at what the experts told us.", []),
        ("The U.S.-China talks resumed.", [("U.S.-China", "USA"), ("U.S.-China", "CHN")]),
    ],
)
def test_country_ruler_short_forms_and_acronyms(nlp, text, expected):
    assert _codes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A Kazakhstani political scientist spoke first.", [("Kazakhstani", "KAZ")]),
        ("The Ukrainian crises changed the region.", [("Ukrainian", "UKR")]),
        ("Uzbek and Turkish diplomats met British and Dutch envoys.",
         [("Uzbek", "UZB"), ("Turkish", "TUR"), ("British", "GBR"), ("Dutch", "NLD")]),
        ("Many Kyrgyzstanis work abroad.", [("Kyrgyzstanis", "KGZ")]),
        ("The Russian-Georgian war of 2008 is still remembered.", [("Russian", "RUS"), ("Georgian", "GEO")]),
        ("He works at the Russian Academy of Sciences.", [("Russian", "RUS")]),
    ],
)
def test_country_ruler_demonyms(nlp, text, expected):
    assert _codes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kirghizia and Turkmenia were Soviet republics.", [("Kirghizia", "KGZ"), ("Turkmenia", "TKM")]),
        ("Byelorussia is now called Belarus.", [("Byelorussia", "BLR"), ("Belarus", "BLR")]),
        ("Türkiye, formerly Turkey, hosted the summit.", [("Türkiye", "TUR"), ("Turkey", "TUR")]),
        ("Côte d'Ivoire, also known as Ivory Coast, exports cocoa.",
         [("Côte d'Ivoire", "CIV"), ("Ivory Coast", "CIV")]),
        ("Burma and Swaziland changed their names.", [("Burma", "MMR"), ("Swaziland", "SWZ")]),
    ],
)
def test_country_ruler_historical_and_alternative_names(nlp, text, expected):
    assert _codes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow insists that the sanctions are illegal.", [("Moscow", "RUS")]),
        ("Beijing and Washington exchanged accusations.", [("Beijing", "CHN"), ("Washington", "USA")]),
        ("Tashkent has taken a flexible approach.", [("Tashkent", "UZB")]),
        ("Bishkek also intends to expand trade.", [("Bishkek", "KGZ")]),
        ("Experts praised Ankara's position.", [("Ankara", "TUR")]),
        ("The region needs closer ties with Beijing.", [("Beijing", "CHN")]),
    ],
)
def test_country_ruler_capitals_for_their_state(nlp, text, expected):
    assert _codes(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Tashkent branch of the university opened a new campus.",
        "TASHKENT, 19 June 2025 — The forum opened with a plenary session.",
        "MOSCOW, 1 April 2023 — The ministry published the document.",
        "The conference was held in Moscow last week.",
        "Washington (AFP) - The talks will continue next week.",
        "Delegations from Central Asia, Eurasia and Europe met in the Middle East.",
        "Central Asian and European experts discussed the West and Western values.",
        "Investors from Latin America, Africa and the Gulf visited the South Caucasus.",
        "Soviet planners and post-Soviet elites shaped the USSR.",
        "Abkhazia, Transnistria, Artsakh and Kosovo remain contested.",
        "Officials from Mexico City, New Mexico and New Jersey attended the talks.",
        "Ships crossed the Indian Ocean and the South China Sea.",
        "The Latin American delegation met North American investors.",
    ],
)
def test_country_ruler_cities_and_regions_are_not_countries(nlp, text):
    assert _codes(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She moved to Atlanta, Georgia, after the election.", []),
        ("Georgia voters went to the polls on Tuesday.", []),
        ("The governor of the state of Georgia signed the bill.", []),
        ("Georgia and Armenia signed a transit agreement.", [("Georgia", "GEO"), ("Armenia", "ARM")]),
        ("Exports from Guinea and Guinea-Bissau rose.", [("Guinea", "GIN"), ("Guinea-Bissau", "GNB")]),
        ("Equatorial Guinea and Papua New Guinea joined.", [("Equatorial Guinea", "GNQ"), ("Papua New Guinea", "PNG")]),
        ("Niger borders Nigeria.", [("Niger", "NER"), ("Nigeria", "NGA")]),
        (
            "The Republic of the Congo and the Democratic Republic of the Congo share a river.",
            [("Republic of the Congo", "COG"), ("Democratic Republic of the Congo", "COD")],
        ),
        ("Troops left the DRC and Congo-Kinshasa.", [("DRC", "COD"), ("Congo-Kinshasa", "COD")]),
        ("We ate roast turkey while Turkey held elections.", [("Turkey", "TUR")]),
        ("Michael Jordan visited Jordan.", [("Jordan", "JOR")]),
        ("Chad Smith was born far from Chad.", [("Chad", "TCD")]),
        ("China and the Republic of China both claim the island.", [("China", "CHN"), ("Republic of China", "TWN")]),
        ("Dominica and the Dominican Republic are neighbours.", [("Dominica", "DMA"), ("Dominican Republic", "DOM")]),
        ("Sudan and South Sudan disagree.", [("Sudan", "SDN"), ("South Sudan", "SSD")]),
        ("Korea and North Korea were discussed.", [("Korea", "KOR"), ("North Korea", "PRK")]),
    ],
)
def test_country_ruler_ambiguous_names(nlp, text, expected):
    assert _codes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Ministry of Foreign Affairs of Uzbekistan issued a statement.", [("Uzbekistan", "UZB")]),
        ("The Armed Forces of the Republic of Armenia held drills.", [("Republic of Armenia", "ARM")]),
    ],
)
def test_country_ruler_country_inside_organization_name(nlp, text, expected):
    assert _codes(nlp, text) == expected


def test_country_ruler_spans_are_labelled(nlp):
    doc = nlp("Kazakhstan and Russia met.")
    spans = list(doc.spans["countries"])
    assert [(s.label_, s.kb_id_) for s in spans] == [("COUNTRY", "KAZ"), ("COUNTRY", "RUS")]


def test_country_ruler_to_disk_from_disk_round_trip(nlp, tmp_path):
    from pipeline.components.countries.component import CountryRuler

    ruler = nlp.get_pipe("pipeline_country_ruler")
    ruler.to_disk(tmp_path / "ruler")
    loaded = CountryRuler(nlp, data_dir=None).from_disk(tmp_path / "ruler")
    assert loaded.patterns == ruler.patterns
    assert loaded.lexicon == ruler.lexicon
    doc = loaded(nlp.make_doc("Kirghizia and the U.S. signed."))
    assert [(s.text, s.kb_id_) for s in doc.spans["countries"]] == [("Kirghizia", "KGZ"), ("U.S.", "USA")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Seoul was 0.2 percent up, while Taipei and Wellington were lower.", []),
        ("John Smith, a Democratic congressman from Georgia, spoke.", []),
        ("Media coordinator Dane Lisser wrote a statement.", []),
        ("Moscow had no position on the referendum.", [("Moscow", "RUS")]),
        ("Neil Brown reported from Moscow.", []),
    ],
)
def test_country_ruler_news_contexts(nlp, text, expected):
    assert _codes(nlp, text) == expected
