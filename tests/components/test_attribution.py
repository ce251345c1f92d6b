"""pipeline_attribution on real sentences of the genre: direct and reported speech, speakers."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    for q in doc._.pipeline_quotes:
        assert doc.text[q.start:q.end] == q.text
        assert 0.0 <= q.confidence <= 1.0
    return [(q.kind, q.text, q.speaker, q.cue) for q in doc._.pipeline_quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Our trade with the region has doubled,” said Farrukh Tashkentov.",
         [("direct", "Our trade with the region has doubled", "Farrukh Tashkentov", "said")]),
        ('Leila Mammadova said: "The border talks will resume in May."',
         [("direct", "The border talks will resume in May.", "Leila Mammadova", "said")]),
        ("‘Energy cooperation remains the core of our partnership,’ Dilnoza Rakhimova explained.",
         [("direct", "Energy cooperation remains the core of our partnership", "Dilnoza Rakhimova", "explained")]),
        ("Aliya Serikbayeva spoke at the forum. «The reforms will continue», she stressed.",
         [("direct", "The reforms will continue", "Aliya Serikbayeva", "stressed")]),
        ("“The region has changed since the ’90s, and people’s expectations have grown,” Azimov added.",
         [("direct", "The region has changed since the ’90s, and people’s expectations have grown", "Azimov",
           "added")]),
    ],
)
def test_attribution_direct_quote_styles(nlp, text, expected):
    assert _rows(nlp, text) == expected


def test_attribution_direct_interrupted_quote_gives_two_rows(nlp):
    text = '"We are not against cooperation," Bakyt Osmonov said. "But it must respect our sovereignty."'
    assert _rows(nlp, text) == [
        ("direct", "We are not against cooperation", "Bakyt Osmonov", "said"),
        ("direct", "But it must respect our sovereignty.", "Bakyt Osmonov", "said"),
    ]


def test_attribution_scare_quotes_and_titles_are_not_quotes(nlp):
    text = ("Minister of Energy Sardor Umarov praised the country’s ‘Green Corridor’ initiative and the "
            "\"New Silk Road\" format.")
    assert [r for r in _rows(nlp, text) if r[0] == "direct"] == []


def test_attribution_fragment_in_reported_speech_gives_both_rows(nlp):
    text = 'Sanjar Valiev called the agreement "a historic step" for the region.'
    assert _rows(nlp, text) == [
        ("indirect", 'the agreement "a historic step" for the region', "Sanjar Valiev", "called"),
        ("direct", "a historic step", "Sanjar Valiev", "called"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("According to Gulnara Temirova, the dam project will be completed by 2027.",
         ("indirect", "the dam project will be completed by 2027", "Gulnara Temirova", "According to")),
        ("Nodir Yusupov is convinced that the region needs a common water strategy.",
         ("indirect", "the region needs a common water strategy", "Nodir Yusupov", "is convinced")),
        ("Alisher Karimov noted that regional trade grew by ten percent last year.",
         ("indirect", "regional trade grew by ten percent last year", "Alisher Karimov", "noted")),
        ("Elena Volkova spoke about the security situation on the Tajik-Afghan border.",
         ("indirect", "the security situation on the Tajik-Afghan border", "Elena Volkova", "spoke about")),
        ("Marat Seitkali drew particular attention of the participants to the role of transport corridors.",
         ("indirect", "the role of transport corridors", "Marat Seitkali", "drew particular attention to")),
        ("Aigerim Bekova pointed to the growing influence of China in the region.",
         ("indirect", "the growing influence of China in the region", "Aigerim Bekova", "pointed to")),
        ("Timur Aliyev turned the conversation to energy security.",
         ("indirect", "energy security", "Timur Aliyev", "turned the conversation to")),
        ("The question of labour migration was then taken up by Zarina Nurova, head of the migration department.",
         ("indirect", "labour migration", "Zarina Nurova", "taken up by")),
        ("The ministry's spokesman, Ruslan Akhmetov, said the talks would continue in Astana.",
         ("indirect", "the talks would continue in Astana", "Ruslan Akhmetov", "said")),
        ("Kamila Rashidova, who heads the Centre for Regional Studies, opened the session by noting that the "
         "region had become more connected.",
         ("indirect", "the region had become more connected", "Kamila Rashidova", "noting")),
        ("The new corridor, Rustam Azimov said, would cut transit times by half.",
         ("indirect", "The new corridor, Rustam Azimov said, would cut transit times by half", "Rustam Azimov",
          "said")),
        ("Bakhtiyor Saidov listed the main threats facing the region: drought, extremism and unemployment.",
         ("indirect", "the main threats facing the region: drought, extremism and unemployment", "Bakhtiyor Saidov",
          "listed")),
    ],
)
def test_attribution_indirect_patterns(nlp, text, expected):
    assert _rows(nlp, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The participants noted that water scarcity is a shared challenge.",
         [("indirect", "water scarcity is a shared challenge", "", "noted")]),
        ("The Cabinet of Ministers pledges to expand trade with neighbouring states.",
         [("indirect", "to expand trade with neighbouring states", "", "pledges")]),
        ("The strategy states that the country will pursue a balanced foreign policy.", []),
    ],
)
def test_attribution_unnamed_sources_and_documents(nlp, text, expected):
    assert _rows(nlp, text) == expected


def test_attribution_resolves_pronouns_and_role_nouns(nlp):
    text = ("Rustam Azimov underlined the importance of regional water diplomacy. He stressed that Afghanistan "
            "must be included in regional projects.\n\n"
            "“Water is our common wealth,” the expert said.")
    assert _rows(nlp, text) == [
        ("indirect", "the importance of regional water diplomacy", "Rustam Azimov", "underlined"),
        ("indirect", "Afghanistan must be included in regional projects", "Rustam Azimov", "stressed"),
        ("direct", "Water is our common wealth", "Rustam Azimov", "said"),
    ]


def test_attribution_surname_resolves_to_full_name(nlp):
    text = ("Dmitri Orlov, a senior fellow at the Baltic Policy Institute, addressed the panel.\n\n"
            "According to Orlov, sanctions have changed the region's trade routes.")
    assert _rows(nlp, text) == [
        ("indirect", "sanctions have changed the region's trade routes", "Dmitri Orlov", "According to"),
    ]


def test_attribution_lexicon_round_trip(nlp, tmp_path):
    component = nlp.get_pipe("pipeline_attribution")
    component.to_disk(tmp_path)
    before = component.lexicon
    component.from_disk(tmp_path)
    assert component.lexicon == before
    assert "say" in component.lexicon.speech_verbs
