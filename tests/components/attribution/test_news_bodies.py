"""pipeline_attribution on news: the body behind a statement (#14 items 2 and 3).

A definite description inside a sentence ("the utility", "the company") goes back to the body that spoke
last (at a sentence's start it stays as written); a
spokesperson or official of a named body speaks for it; "the statement said" continues the statement
before; a subject set off from its verb by a participle phrase keeps its verb; a quoted fragment inside
reported speech is the reporting speaker's; two rank titles before a name.
"""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str, str]]:
    doc = nlp(text)
    return [(q.kind, q.text, q.cue, q.speaker, q.source) for q in doc._.pipeline_quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kestrel Energy said on Monday that the outage had been caused by a faulty transformer. By Tuesday, "
         "the utility said power would be restored by Wednesday.",
         [("indirect", "the outage had been caused by a faulty transformer", "said", "", "Kestrel Energy"),
          ("indirect", "power would be restored by Wednesday", "said", "", "Kestrel Energy")]),
        # opening the sentence, the description stays as written (PolNeAR's annotators keep it)
        ("Kestrel Energy said on Monday that the outage had been caused by a faulty transformer. The utility "
         "said power would be restored by Wednesday.",
         [("indirect", "the outage had been caused by a faulty transformer", "said", "", "Kestrel Energy"),
          ("indirect", "power would be restored by Wednesday", "said", "", "utility")]),
        # the description and "it" after it
        ("Harbourside Hospitals Trust said it had cancelled 40 operations. In a statement, the trust said staff "
         "were working to clear the backlog. It said no patient had been harmed.",
         [("indirect", "it had cancelled 40 operations", "said", "", "Harbourside Hospitals Trust"),
          ("indirect", "staff were working to clear the backlog", "said", "", "Harbourside Hospitals Trust"),
          ("indirect", "no patient had been harmed", "said", "", "Harbourside Hospitals Trust")]),
        # in the next paragraph
        ("Brannock Rail Services said its drivers would not cross the picket line.\n\nOn Friday the company said "
         "the dispute was costing it £200,000 a day.",
         [("indirect", "its drivers would not cross the picket line", "said", "", "Brannock Rail Services"),
          ("indirect", "the dispute was costing it £200,000 a day", "said", "", "Brannock Rail Services")]),
        # a company name ending in a word of companies (org_words.txt) is no person's name
        ("Tarn Valley Buses said it was disappointed by the result. In a statement, the company said its offer "
         "was fair.",
         [("indirect", "it was disappointed by the result", "said", "", "Tarn Valley Buses"),
          ("indirect", "its offer was fair", "said", "", "Tarn Valley Buses")]),
        # a description with words of its own names its own body
        ("Saudi Arabia and the United States said the two delegations had agreed to a pause. The army-aligned "
         "government in Port Sudan said it welcomed the pause.",
         [("indirect", "the two delegations had agreed to a pause", "said", "", "Saudi Arabia"),
          ("indirect", "it welcomed the pause", "said", "", "army-aligned government")]),
    ],
)
def test_description_is_the_body_that_spoke_last(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kazakhstan's Energy Ministry spokesman said the pipeline would reopen next week.",
         [("indirect", "the pipeline would reopen next week", "said", "", "Kazakhstan's Energy Ministry")]),
        ("A Dutch government spokeswoman said the embassy would stay open.",
         [("indirect", "the embassy would stay open", "said", "", "Dutch government")]),
        ("A senior Treasury official said the figures would be published in May.",
         [("indirect", "the figures would be published in May", "said", "", "Treasury")]),
        ("A Labor Department spokesman said the report would be released on Friday.",
         [("indirect", "the report would be released on Friday", "said", "", "Labor Department")]),
        # the body named before, by the word of its name
        ("Greyfield District Council approved the plan in March. A council spokeswoman said the work would "
         "start in June.",
         [("indirect", "the work would start in June", "said", "", "Greyfield District Council")]),
    ],
)
def test_spokesperson_speaks_for_the_body(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Foreign Office, contacted by reporters, said it was in contact with the families.",
         [("indirect", "it was in contact with the families", "said", "", "Foreign Office")]),
        ("The central bank, pressed on the timing, said rates would stay on hold until the autumn.",
         [("indirect", "rates would stay on hold until the autumn", "said", "", "central bank")]),
    ],
)
def test_subject_before_a_participle_phrase(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # not the noun "statement" nor the passive inside the clause: the reporting verb's speaker
        ("The ministry said in a statement that the shelling was \"a gross violation of the truce\" by the rebels.",
         [("indirect", "the shelling was \"a gross violation of the truce\" by the rebels", "said", "", "ministry"),
          ("direct", "a gross violation of the truce", "said", "", "ministry")]),
        ("Opposition leader Ana Ferris said families were being told to wait \"longer and longer for less and "
         "less\".",
         [("indirect", "families were being told to wait \"longer and longer for less and less\"", "said",
           "Ana Ferris", ""),
          ("direct", "longer and longer for less and less", "said", "Ana Ferris", "")]),
    ],
)
def test_fragment_is_the_reporting_speakers(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In a statement on Tuesday, the airport said flights would resume at noon. \"Safety comes first,\" "
         "the statement said.",
         [("indirect", "flights would resume at noon", "said", "", "airport"),
          ("direct", "Safety comes first", "said", "", "airport")]),
        # a statement with its owner named is that owner's, not the last speaker's
        ("The mayor said the review was over. The campaign's statement then declares \"the matter is now "
         "concluded.\"",
         [("indirect", "the review was over", "said", "", "mayor"),
          ("direct", "the matter is now concluded.", "declares", "", "campaign's statement")]),
    ],
)
def test_the_statement_continues_the_statement_before(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("\"Nobody was hurt and the building was empty,\" said Det. Sgt. Ellen Marsh of the arson unit.",
         [("direct", "Nobody was hurt and the building was empty", "said", "Ellen Marsh", "")]),
        ("\"We are looking for two men in a grey van,\" said Insp. Supt. Robert Kwan.",
         [("direct", "We are looking for two men in a grey van", "said", "Robert Kwan", "")]),
    ],
)
def test_two_rank_titles_before_the_name(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the second and third verb phrases on "said": they stay in the statement
        ("She said the district had raised starting pay for drivers to $24 an hour, offered a $2,000 signing "
         "bonus and covered the cost of training.",
         [("indirect", "the district had raised starting pay for drivers to $24 an hour, offered a $2,000 signing "
           "bonus and covered the cost of training", "said", "", "")]),
        ("He said the company had hired 40 engineers, opened a plant in Ohio and doubled its research budget.",
         [("indirect", "the company had hired 40 engineers, opened a plant in Ohio and doubled its research "
           "budget", "said", "", "")]),
        # a list of places the parser cut after its first item
        ("The City of Greater Geelong said it had set up three free water stations, at the Corio Village shopping "
         "centre, the Lara Lake reserve and the Norlane community hub.",
         [("indirect", "it had set up three free water stations, at the Corio Village shopping centre, the Lara "
           "Lake reserve and the Norlane community hub", "said", "", "City of Greater Geelong")]),
        # a second cue verb of the speaker's own act is its own statement
        ("Aigerim Sadykova said her government was ready to resume the talks and praised the mediators for their "
         "patience.",
         [("indirect", "her government was ready to resume the talks", "said", "Aigerim Sadykova", ""),
          ("indirect", "the mediators for their patience", "praised", "Aigerim Sadykova", "")]),
    ],
)
def test_statement_runs_over_what_the_parser_split_off(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Syria's state news agency SANA reported that the talks had ended.",
         [("indirect", "the talks had ended", "reported", "", "SANA")]),
        ("Russia's state news agency TASS reported that the plane had landed safely.",
         [("indirect", "the plane had landed safely", "reported", "", "TASS")]),
        ("The opposition party Likud said the vote was rigged.",
         [("indirect", "the vote was rigged", "said", "", "Likud")]),
    ],
)
def test_body_named_after_its_kind(nlp, text, expected):
    """The parser gives the verb two subjects, the kind and the name: the name is the source."""
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the tagger takes "vindicated" for a participle before "staff": the clause is still the statement
        ("Unison, which represents many of the hospital's nurses and porters, said the report vindicated staff "
         "who had raised concerns for more than a year.",
         [("indirect", "the report vindicated staff who had raised concerns for more than a year", "said", "",
           "Unison")]),
        ("The union said the report vindicated nurses who had raised concerns.",
         [("indirect", "the report vindicated nurses who had raised concerns", "said", "", "union")]),
        # a participle that modifies its noun stays one
        ("Police said the stolen car was found in a field.",
         [("indirect", "the stolen car was found in a field", "said", "", "Police")]),
    ],
)
def test_past_form_tagged_as_participle(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinton said the plan was reckless, citing its cost.",
         [("indirect", "the plan was reckless", "said", "Clinton", ""),
          ("indirect", "its cost", "citing", "Clinton", "")]),
        ("The mayor said the bridge would reopen in May, adding that tolls would not rise.",
         [("indirect", "the bridge would reopen in May", "said", "", "mayor"),
          ("indirect", "tolls would not rise", "adding", "", "mayor")]),
        # the participle's own row is the speaker's, not the reported clause's subject's
        ("Morimoto said both countries faced new threats, pointing to the missile tests.",
         [("indirect", "both countries faced new threats", "said", "Morimoto", ""),
          ("indirect", "the missile tests", "pointing to", "Morimoto", "")]),
        # a participle that is no act of saying stays in the statement
        ("She said prices rose sharply, forcing families to cut back.",
         [("indirect", "prices rose sharply, forcing families to cut back", "said", "", "")]),
    ],
)
def test_trailing_participle_of_saying_is_the_speakers_act(nlp, text, expected):
    assert _rows(nlp, text) == expected
