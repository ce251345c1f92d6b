"""pipeline_attribution: the speaker of a direct quote named before its cue verb where the parse gives
the verb no subject or a wrong one (a parenthesis or words set off by commas after the name, a word that
is not a noun, "as X put it", "X issued a statement saying"), and a signature after a dash."""

from __future__ import annotations

import pytest


def _direct(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words set off by commas between the name and the verb
        ("Senator Ruth Harlow, exasperated, famously responded: “What difference does it make at this point?”",
         [("What difference does it make at this point?", "Ruth Harlow", "")]),
        ("The Ledger reports the mayor’s last press briefing was held on Dec. 4.\n\nLedger columnist Margo "
         "Sutter, in an attempt to draw attention to the mayor’s silence, wrote, “The mayor answered a grand "
         "total of six questions that day.”",
         [("The mayor answered a grand total of six questions that day.", "Margo Sutter", "")]),
        # a parenthesis after the name
        ("Tuesday on a local radio show, while discussing a flyer from the incumbent featuring his rival's "
         "face, money and a padlock, Council President Rep. Ana Ruiz (D-NM) said “images like that have no "
         "place in a city race.”",
         [("images like that have no place in a city race.", "Ana Ruiz", "")]),
        # a preposition the parser took for the subject ("Of the governor, …")
        ("Of the governor, Paula Hendricks, who has donated to his rival, said, “He is out of touch with this "
         "state. I think he is a decent man, but he is not ready.”",
         [("He is out of touch with this state. I think he is a decent man, but he is not ready.",
           "Paula Hendricks", "")]),
    ],
)
def test_attribution_direct_name_before_verb(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as X put it", the name hung on "as"
        ("As Priya Natarajan, professor of tax law at Cornell and author of ''The Hidden Ledger,'' put it, "
         "''State lawmakers should remember that a modest levy today may be far better for them than the cuts "
         "they may face later.''",
         [("State lawmakers should remember that a modest levy today may be far better for them than the cuts "
           "they may face later.", "Priya Natarajan", "")]),
        # the participle describes the statement its subject issued; the day is not the speaker
        ("Gov. Ellen Marsh, who said last week that the judge was biased, issued a statement Tuesday saying, "
         "“I do not believe the ruling will stand for long.”",
         [("I do not believe the ruling will stand for long.", "Ellen Marsh", "")]),
        # a name hung on the verb speaks, not the subject of the clause above
        ("When a woman in the crowd yelled, “Lower taxes,” Pruett quipped, again using a mock drawl, “Amen, "
         "sister! Come on up and sign the pledge!”",
         [("Lower taxes", "Pruett", ""), ("Amen, sister! Come on up and sign the pledge!", "Pruett", "")]),
    ],
)
def test_attribution_direct_subject_of_the_idiom_or_statement(nlp, text, expected):
    assert _direct(nlp, text) == expected


def test_attribution_direct_signature_after_dash(nlp):
    text = ("“Great speech. She is tested. She is ready. She never quits.”\n\n-President Alma Reyes, tweeting "
            "after the speech.\n\n“The whole idea of a crooked council is something we hear about all the time, "
            "and it needs to stop.”\n\n-Dana Fulton, Philadelphia.")
    assert _direct(nlp, text) == [
        ("Great speech. She is tested. She is ready. She never quits.", "Alma Reyes", ""),
        ("The whole idea of a crooked council is something we hear about all the time, and it needs to stop.",
         "Dana Fulton", ""),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a digest's headline, a dash and who is cited, before the colon: a person (or the last of two) ...
        ("TURNOUT FELL IN EVERY COUNTY - Nora Bale and Tim Oduya: “We found that turnout fell in every county "
         "we surveyed, and most sharply among young voters.”",
         [("We found that turnout fell in every county we surveyed, and most sharply among young voters.",
           "Tim Oduya", "")]),
        # ... or an organization, the source
        ("FARM STATES TURN AWAY FROM THE TARIFF - Ames Policy Institute: “All the samples we evaluated show more "
         "concern about prices than about jobs, and the gap is widening.”",
         [("All the samples we evaluated show more concern about prices than about jobs, and the gap is "
           "widening.", "", "Ames Policy Institute")]),
        # a lower-case word after the dash is no signature
        ("The council met on Tuesday - briefly: “We will return to the budget next week,” the chair said.",
         [("We will return to the budget next week", "", "chair")]),
    ],
)
def test_attribution_direct_signed_after_dash_before_colon(nlp, text, expected):
    assert _direct(nlp, text) == expected
