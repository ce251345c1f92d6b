"""pipeline_attribution on news: who speaks when the parser hangs the name elsewhere, names the text
shows are no person's, quoted words inside reported speech, a colon after a noun of saying, and the
second half of a split quotation."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str, str]]:
    doc = nlp(text)
    return [(q.kind, q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name between commas closes the role's phrase; the parser hangs it on the last noun
        ("The fire was put out by morning. The head of the Harbour Authority, Osama Rabie, said 55 ships had "
         "changed course since November.",
         [("indirect", "55 ships had changed course since November", "said", "Osama Rabie", "")]),
        ("Councillor Jane Morrow said the road was dangerous. The company’s operations manager for Ireland, "
         "Ciarán Dolan, said the firm would cooperate with the investigation.",
         [("indirect", "the road was dangerous", "said", "Jane Morrow", ""),
          ("indirect", "the firm would cooperate with the investigation", "said", "Ciarán Dolan", "")]),
    ],
)
def test_role_with_closing_apposition(nlp, text, expected):
    assert _rows(nlp, text) == expected


def test_pronoun_after_role_and_name_subject(nlp):
    # "councillor Peter Keane took": the parser's subject is the role, the name its apposition; "he" is Keane
    text = ("Councillor Niamh Ó Briain said the council had been warning for two years. “We have asked again "
            "and again,” she said.\n\nFianna Fáil councillor Peter Keane took a different view. The problem, he "
            "argued, was not the road but riders who ignored the rules.")
    rows = _rows(nlp, text)
    assert rows[-1] == ("indirect", "The problem, he argued, was not the road but riders who ignored the rules",
                        "argued", "Peter Keane", "")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capital letter outside ASCII opens a name: "the Élysée Palace" is the organization, not "Palace"
        ("In a statement shortly after the announcement, the Élysée Palace said the agreement remained "
         "unacceptable.",
         [("indirect", "the agreement remained unacceptable", "said", "", "Élysée Palace")]),
        # one word after its own "the"
        ("The Houthis say they are acting in solidarity with the Palestinians in Gaza.",
         [("indirect", "they are acting in solidarity with the Palestinians in Gaza", "say", "", "Houthis")]),
        # "which" after the name
        ("Halsey Polymers, which owns the plant, said all 120 employees had been accounted for.",
         [("indirect", "all 120 employees had been accounted for", "said", "", "Halsey Polymers")]),
        # the name after its kind ("bloc")
        ("The regional bloc Igad called for a peaceful resolution.",
         [("indirect", "a peaceful resolution", "called for", "", "Igad")]),
    ],
)
def test_names_that_are_no_person(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the fragment's own subject ("the trust") is a word of the statement reported around it
        ("The hospital’s chief executive, Martin Shaw, said he regretted that talks had broken down. In his "
         "words, the trust had offered “everything we can afford within our budget”.",
         [("indirect", "he regretted that talks had broken down", "said", "Martin Shaw", ""),
          ("indirect", "the trust had offered “everything we can afford within our budget”", "In his words",
           "Martin Shaw", ""),
          ("direct", "everything we can afford within our budget", "In his words", "Martin Shaw", "")]),
        ("Foreign Minister Penny Wong said the two countries had agreed to keep talking, but that Australia "
         "would “continue to speak up” on human rights.",
         [("indirect", "the two countries had agreed to keep talking, but that Australia would “continue to "
           "speak up” on human rights", "said", "Penny Wong", ""),
          ("direct", "continue to speak up", "said", "Penny Wong", "")]),
    ],
)
def test_fragments_inside_reported_speech(nlp, text, expected):
    assert _rows(nlp, text) == expected


def test_possessor_of_a_noun_of_saying_before_a_colon(nlp):
    text = ("Sarah Whitfield, who owns a bakery on Harbor Avenue, was not persuaded. Her message to the council "
            "was blunt: “You are solving a problem for a few people and creating one for all of us.”")
    assert [(k, t, s) for k, t, _, s, _ in _rows(nlp, text)] == [
        ("direct", "You are solving a problem for a few people and creating one for all of us.", "Sarah Whitfield")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the second half of a split quotation goes with the first, not with a cue in the speaker's description
        ("Councilman David Reyes said the council had ignored small businesses. “We are going to lose "
         "customers,” said Reyes, one of the two members who voted no, “and some of these shops will not "
         "survive it.”",
         [("indirect", "the council had ignored small businesses", "said", "David Reyes", ""),
          ("direct", "We are going to lose customers", "said", "David Reyes", ""),
          ("direct", "and some of these shops will not survive it.", "said", "David Reyes", "")]),
    ],
)
def test_second_half_of_a_split_quotation(nlp, text, expected):
    assert _rows(nlp, text) == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the last speaker is known as the mayor: "the minister" is someone else (the role as the source)
        ("Mayor Anne Kowalski said the town would rebuild. Asked about the funding, the minister said: “It will "
         "come.”",
         [("indirect", "the town would rebuild", "said", "Anne Kowalski", ""),
          ("direct", "It will come.", "said", "", "minister")]),
        # "the official" (general_roles) may be anyone: the last speaker
        ("The secretary of the Security Council, Armen Grigoryan, told a press conference the strategy would be "
         "ready by the end of the year. “Armenia is now in the Eurasian Economic Union,” the official noted.",
         [("indirect", "the strategy would be ready by the end of the year", "told", "Armen Grigoryan", ""),
          ("direct", "Armenia is now in the Eurasian Economic Union", "noted", "Armen Grigoryan", "")]),
        # "the scholar" is a descriptor, no office: the senior lecturer who spoke last
        ("Merdan Annayev, senior lecturer at the Academy of Diplomacy, said that continuity is its main feature. "
         "“Neutrality has served us for almost thirty years,” the scholar noted.",
         [("indirect", "continuity is its main feature", "said", "Merdan Annayev", ""),
          ("direct", "Neutrality has served us for almost thirty years", "noted", "Merdan Annayev", "")]),
    ],
)
def test_role_is_not_the_last_speaker_with_another_office(nlp, text, expected):
    assert _rows(nlp, text) == expected
