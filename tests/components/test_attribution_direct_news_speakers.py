"""pipeline_attribution: who speaks a direct quote in news constructions of the PolNeAR kind (a name
before a colon, the verb after a quote that ends its sentence, long subjects, inverted "said X" without
a comma, a relative clause or a reported clause between a quote and its continuation, shows named
after a possessive, a dash that signs a quotation in the next paragraph)."""

from __future__ import annotations

import pytest


def _direct(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.text, q.speaker, q.source) for q in doc._.pipeline_quotes if q.kind == "direct"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person's name alone before a colon, at the start of its line or after a dash
        ("The hearing ran for six hours.\n\nRep. Martha Quincy (D-Ore.): \"Who gave you that figure? "
         "Nobody in this committee has seen it.\"",
         [("Who gave you that figure? Nobody in this committee has seen it.", "Martha Quincy", "")]),
        ("VOTERS WANT A FIGHTER - Douglas Pereira: \"The numbers show that turnout rose in every county "
         "we surveyed this spring.\"",
         [("The numbers show that turnout rose in every county we surveyed this spring.", "Douglas Pereira",
           "")]),
        # the clause before the colon when the parser joins the quote to it
        ("Senator Ana Whitcombe has since apologized for the delay: \"Yes, I should have answered the "
         "letters sooner.\"",
         [("Yes, I should have answered the letters sooner.", "Ana Whitcombe", "")]),
    ],
)
def test_attribution_direct_name_or_clause_before_colon(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a question ends the quote's sentence; the speaker's name follows (the tagger may call it a noun)
        ("Harold Brandt, a retired welder, raised his hand.\n\n\"Did you get the names of everyone here?\" "
         "Kessler said. \"Good.\"",
         [("Did you get the names of everyone here?", "Kessler", ""), ("Good.", "Kessler", "")]),
        # the verb after the quote introduces the next quote, not this one
        ("Governor Lena Ortiz wrote to Paul Hemming: \"Why now? I was on my way to Denver?\" Paul Hemming "
         "then writes back, \"You look tired.\"",
         [("Why now? I was on my way to Denver?", "Lena Ortiz", ""), ("You look tired.", "Paul Hemming", "")]),
    ],
)
def test_attribution_direct_verb_after_sentence_end(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a long name between the quote and the verb, with no comma
        ("\"These are hard days for small farmers like my father,\" former Agriculture Department "
         "economist Walter J. Brennan wrote in a column.",
         [("These are hard days for small farmers like my father", "Walter J. Brennan", "")]),
        # "said X" right after a closing mark with no comma inside it
        ("\"For months we have watched leaks create a false story\" said Nora Pellham, a spokeswoman for "
         "the campaign.",
         [("For months we have watched leaks create a false story", "Nora Pellham", "")]),
        # a person named before a relative clause that holds the verb; a date after it is not the speaker
        ("\"Farmers need a plan for the drought,\" Lydia Varga, the analyst who founded the newsletter "
         "tweeted on Wednesday.",
         [("Farmers need a plan for the drought", "Lydia Varga", "")]),
    ],
)
def test_attribution_direct_subject_after_quote(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a reported clause inside the previous quote's attribution does not take over its continuation
        ("\"Managers who care about values know their partners,\" said Carla Benning, a business school "
         "professor who focuses on ethics. \"They know how their partners run a business.\"",
         [("Managers who care about values know their partners", "Carla Benning", ""),
          ("They know how their partners run a business.", "Carla Benning", "")]),
        # a cue in a relative clause of the sentence before does not introduce the next quote
        ("\"The county knows what the roads need,\" said Martin Oakes, a former county engineer who has "
         "advised Governor Tess Hamlin. \"He would repair the bridges first.\"",
         [("The county knows what the roads need", "Martin Oakes", ""),
          ("He would repair the bridges first.", "Martin Oakes", "")]),
        # a verb that already has its content ("assured X that ...") does not introduce the quote after it
        ("\"Your record is impressive,\" Mayor Dale Fenwick told Rita Osborne, after Osborne assured Fenwick "
         "that her members backed him. \"I will not let you down.\"",
         [("Your record is impressive", "Dale Fenwick", ""), ("I will not let you down.", "Dale Fenwick", "")]),
    ],
)
def test_attribution_direct_continuation_keeps_speaker(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle that modifies a noun ("a written statement") is not the cue
        ("Carter Lyle told the Tribune in a written statement, \"I will not seek the endorsement of the "
         "party, because it does not represent our town.\"",
         [("I will not seek the endorsement of the party, because it does not represent our town.",
           "Carter Lyle", "")]),
        # the main verb further back, when a comma sets the quote off
        ("Columnist Joan Ferris, in an attempt to draw attention to the empty seats at the hearing, wrote, "
         "\"The committee, famously slow, answered seven questions in four hours.\"",
         [("The committee, famously slow, answered seven questions in four hours.", "Joan Ferris", "")]),
    ],
)
def test_attribution_direct_cue_before_quote(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised name after a possessive or "on" is a show, even with a comma as after speech
        ("Friday on NBC’s “Morning Report,” Senator Gail Dunmore said she expected a vote in March.", []),
        ("\"I think she will win the state,\" Hale said on Fox News' \"Evening Edition,\" adding, \"She has "
         "the money.\"",
         [("I think she will win the state", "Hale", ""), ("She has the money.", "Hale", "")]),
    ],
)
def test_attribution_direct_show_titles(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation that fills its paragraph, signed by a dash and a name in the next one
        ("Quotes of the week.\n\n\"We found that voters care about courage more than about polls.\"\n\n"
         "- Miriam Castell.\n\nThe survey covered 2,000 adults.",
         [("We found that voters care about courage more than about polls.", "Miriam Castell", "")]),
    ],
)
def test_attribution_direct_signed_by_dash(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser gives the verb a second subject inside the quote; the one outside speaks
        ("\"I find, in conversation with other teachers, [Ms. Hale] can be very divisive,\" Dunbar said.",
         [("I find, in conversation with other teachers, [Ms. Hale] can be very divisive", "Dunbar", "")]),
        # a participle hanging on the name before a colon: the name speaks
        ("Senator Walter Greaves, the party's former nominee, tweeted in response: \"Important difference: "
         "our governors build roads; theirs cut ribbons.\"",
         [("Important difference: our governors build roads; theirs cut ribbons.", "Walter Greaves", "")]),
        # a statement whose sentence ends in its attribution, with no punctuation after the quote
        ("\"I have made it clear that the senator voted with the gun lobby many times\" and against the "
         "safety bill, Lambert said.",
         [("I have made it clear that the senator voted with the gun lobby many times", "Lambert", "")]),
    ],
)
def test_attribution_direct_subject_of_the_attribution(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised name after a preposition or a noun is a title, not a quote
        ("\"He is a decent man,\" Mr. Dorsey told the hosts of \"Evening Report,\" adding that he would vote.",
         [("He is a decent man", "Dorsey", "")]),
        ("The figure comes from his memoir \"The Long Road Home.\" He said a smaller plane would do.", []),
    ],
)
def test_attribution_direct_titles_after_prepositions_and_nouns(nlp, text, expected):
    assert _direct(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name right after the quote, set off by a comma, when the parse finds the subject in the quote
        ("\"We were wrong not to confront him from the start,\" Okafor, 58, told reporters in Lagos on Monday.",
         [("We were wrong not to confront him from the start", "Okafor", "")]),
        # a long possessive name between the quote and the verb
        ("\"Go Marta, go!!!,\" Spain's People's Party leader Carlos Ibarra wrote on Facebook.",
         [("Go Marta, go!!!", "Carlos Ibarra", "")]),
        # the sentence before a quotation: a cue with nothing to say of its own introduces it
        ("Tom Welles, the communications director for the state party, said in a statement. \"There are no "
         "paper ballots to recount. The caucuses were a unique event.\"",
         [("There are no paper ballots to recount. The caucuses were a unique event.", "Tom Welles", "")]),
        # an inverted subject: the head of the phrase after the verb, not its first modifier
        ("\"The debate is over,\" tweeted Ridley spokesman Alex Moreno.",
         [("The debate is over", "Alex Moreno", "")]),
        # "as X put it"
        ("As county auditor Jane Whitlow put it, \"There is no money left for the roads, and nobody wants "
         "to say so.\"",
         [("There is no money left for the roads, and nobody wants to say so.", "Jane Whitlow", "")]),
    ],
)
def test_attribution_direct_names_around_the_verb(nlp, text, expected):
    assert _direct(nlp, text) == expected


def test_attribution_direct_asked_person_does_not_speak(nlp):
    # the one asked hears the question; who asked is not named
    text = ("Harold Voss was asked, \"If you had known about the account, would you have told her to close "
            "it?\" He answered, \"I have no idea.\"")
    assert _direct(nlp, text) == [
        ("If you had known about the account, would you have told her to close it?", "", ""),
        ("I have no idea.", "Harold Voss", "")]
