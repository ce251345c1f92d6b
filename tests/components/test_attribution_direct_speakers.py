"""pipeline_attribution: the speaker of a direct quote in news constructions (participles,
subordinate clauses after the quote, colon introductions, subjects inside quotations)."""

from __future__ import annotations

import pytest


def _direct(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(q.text, q.speaker) for q in doc._.pipeline_quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle at the end of a long clause speaks for the main clause's subject
        ("Senator Laura Whitfield, for whom Mr. Dorsey once worked, privately complained that Mr. Dorsey "
         "was not interested in policy, telling one aide: \"It's all theater.\"",
         [("It's all theater.", "Laura Whitfield")]),
        ("Governor Ray Holloway criticized the budget that the legislature passed, saying: "
         "\"This plan will bankrupt our schools.\"",
         [("This plan will bankrupt our schools.", "Ray Holloway")]),
    ],
)
def test_attribution_direct_participle_main_subject(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "…,” when X blasted him": the clause after the quote is not its attribution
        ("The ad ends with footage of Carl Benson saying during the forum, “That makes me a winner,” "
         "when Nora Quist attacked him for skipping the vote.",
         [("That makes me a winner", "Carl Benson")]),
    ],
)
def test_attribution_direct_subordinate_clause_after_quote(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a colon closes a clause whose subject is a person, with no verb of saying
        ("On March 3, Senator Paul Ridley made the following comment:\n\n“For young workers who lost "
         "their jobs last year, the recovery has not yet begun.”",
         [("For young workers who lost their jobs last year, the recovery has not yet begun.", "Paul Ridley")]),
        ("Governor Elena Marsh is rolling out a new campaign message: \"It's about us.\"",
         [("It's about us.", "Elena Marsh")]),
    ],
)
def test_attribution_direct_colon_introduction(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a one-word answer set off by a comma after the verb of saying is a quote, not a title
        ("When asked whether this included every voter, Daniel Ortiz said, “Every.”",
         [("Every.", "Daniel Ortiz")]),
    ],
)
def test_attribution_direct_short_spoken_answer(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the only subject of "adding" is inside the quotation: the quote goes on with the last speaker
        ("Filmmaker Michael Reyes spoke to reporters on Monday.\n\n"
         "Reyes said he felt his supporters were telling him, “We’re safe now. It’s over,” adding, "
         "“And this was not the time to relax. It was the time to work twice as hard.”",
         [("We’re safe now. It’s over", ""),
          ("And this was not the time to relax. It was the time to work twice as hard.", "Michael Reyes")]),
    ],
)
def test_attribution_direct_subject_inside_quote(nlp, text, expected):
    got = _direct(nlp, text)
    assert got[-1] == expected[-1]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a short sentence after a kept quote of the same paragraph is speech, even in title case
        ("''We are not a burden on this country,'' the governor added. ''We're Ohio.''",
         [("We are not a burden on this country", ""), ("We're Ohio.", "")]),
        # a show or programme named in title case is not a quote
        ("“We will see a fair hearing,” she said on “Face the Nation.”",
         [("We will see a fair hearing", "")]),
        ("The pledge was part of the party's 1994 “Contract with America.” It was never passed.", []),
    ],
)
def test_attribution_direct_titles_and_short_sentences(nlp, text, expected):
    assert [t for t, _ in _direct(nlp, text)] == [t for t, _ in expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name given through a naming verb is the words of the verb's subject
        ("Senator Ella Brandt sent the memo to the governor (who she dubbed “the Chief”) on Monday.",
         [("the Chief", "Ella Brandt")]),
        ("Director Paul Keane angered voters by referring to those opposing the levy as “tax terrorists.”",
         [("tax terrorists.", "Paul Keane")]),
        ("When the fact-checkers examined the mayor’s statement, it was labeled “Half True.”",
         [("Half True.", "")]),
    ],
)
def test_attribution_direct_naming_verbs(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation paragraph named by the next paragraph
        ("FULL TEXT.\n\n\"You had a lot of people saying you should have merged a horse with a fish.\"\n\n"
         "That was how Martin Greaves, the chief executive of Orion Media, once described the failed merger.",
         [("You had a lot of people saying you should have merged a horse with a fish.", "Martin Greaves")]),
    ],
)
def test_attribution_direct_named_by_next_paragraph(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a first name that is also a country word does not make the speaker a group
        ("The college released a statement. Its Press Spokesman Jordan Pell wrote:\n\n"
         "“The anthem is a moment to reflect on the freedoms we hold sacred.”",
         [("The anthem is a moment to reflect on the freedoms we hold sacred.", "Jordan Pell")]),
    ],
)
def test_attribution_direct_country_word_first_name(nlp, text, expected):
    assert _direct(nlp, text) == expected


def test_attribution_direct_lexicon_round_trip(nlp, tmp_path):
    pipe = nlp.get_pipe("pipeline_attribution")
    pipe.to_disk(tmp_path)
    assert (tmp_path / "direct" / "naming_verbs.txt").is_file()
    before = pipe.direct
    pipe.from_disk(tmp_path)
    assert pipe.direct == before and "dub" in pipe.direct.naming_verbs


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "she"/"he" skip the persons the text marks with the other gender
        ("Ms. Laura Finch met Mr. Tom Adler on Monday. “We did not agree on much,” she said.",
         [("We did not agree on much", "Laura Finch")]),
        ("Spokeswoman Dana Reyes spoke after Mr. Carl Obst left the room. “The vote is delayed,” she said.",
         [("The vote is delayed", "Dana Reyes")]),
        # a person named inside a quotation is spoken about, not speaking
        ("Senator Ron Mayhew spoke first. “I never met Ivan Petrenko,” he said.",
         [("I never met Ivan Petrenko", "Ron Mayhew")]),
    ],
)
def test_attribution_direct_pronoun_antecedent(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted phrase inside a noun phrase is not governed by a verb of saying further up
        ("During his usual takedown of the “crooked press” in Ohio, Senator Jim Vale criticized the moderators.",
         []),
    ],
)
def test_attribution_direct_fragment_inside_noun_phrase(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "she" prefers the subject of the recent clause over a person named as its object
        ("Nora Quist, who led in the latest poll, was openly dismissive of Carl Benson over the weekend, "
         "telling reporters that she no longer answered his attacks. \"I debated him for three hours,\" she said.",
         [("I debated him for three hours", "Nora Quist")]),
        # a name glued to a newspaper's name before a verb without a subject is the known person
        ("Carl Benson spoke in Ohio. In a meeting with the editorial board of the Daily Ledger Benson said, "
         "“We cannot afford to do this anymore.”",
         [("We cannot afford to do this anymore.", "Carl Benson")]),
    ],
)
def test_attribution_direct_subject_antecedent_and_glued_surname(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation paragraph without attribution speaks for the subject the previous paragraph ends on
        ("Mayor Ellen Park said the budget would pass.\n\nGovernor Tom Reid, a Republican, disagreed sharply "
         "with the plan on Tuesday.\n\n“This budget is a fantasy. It will never pass the legislature.”",
         [("This budget is a fantasy. It will never pass the legislature.", "Tom Reid")]),
        # a short quote right after an attributed one in the same paragraph continues it
        ("“We are going to win this state,” Carl Benson told supporters in Tampa on Monday. “Believe me.”",
         [("We are going to win this state", "Carl Benson"), ("Believe me.", "Carl Benson")]),
        # "according to" after the quote; a verb inside the quote never attributes it
        ("“The numbers do not add up,” according to Jason Furlow, the chairman of the council.",
         [("The numbers do not add up", "Jason Furlow")]),
    ],
)
def test_attribution_direct_discourse_continuation(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised role word stands for the name in its phrase or apposition
        ("«We support the initiative of our neighbours», – noted the Minister of Foreign Affairs of Uzbekistan "
         "Bakhtiyor Saidov.",
         [("We support the initiative of our neighbours", "Bakhtiyor Saidov")]),
        ("Speaking at the forum, Akylbek Japarov, Chairman of the Cabinet of Ministers, said: "
         "“Kyrgyzstan is open to investors.”",
         [("Kyrgyzstan is open to investors.", "Akylbek Japarov")]),
        # "according to X" before the quote, "this is how X assessed" after it
        ("According to Farhod Tolipov, director of the Bilim Karvoni school, «the region needs its own "
         "security architecture».",
         [("the region needs its own security architecture", "Farhod Tolipov")]),
        ("“The partnership with China is strategic,” – this is how Deputy Minister Anvar Nasirov assessed the talks.",
         [("The partnership with China is strategic", "Anvar Nasirov")]),
    ],
)
def test_attribution_direct_policy_news_constructions(nlp, text, expected):
    assert _direct(nlp, text) == expected


def test_attribution_direct_according_to_cue(nlp):
    doc = nlp("“The numbers do not add up,” according to Jason Furlow, the chairman of the council.")
    direct = [(q.cue, q.speaker) for q in doc._.pipeline_quotes if q.kind == "direct"]
    assert direct == [("according to", "Jason Furlow")]
