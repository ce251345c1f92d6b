"""pipeline_attribution on news constructions: evaluations, infinitive commitments, paragraphs."""

from __future__ import annotations

import pytest


def _rows(nlp, text: str) -> list[tuple[str, str, str, str]]:
    doc = nlp(text)
    for q in doc._.pipeline_quotes:
        assert doc.text[q.start:q.end] == q.text
    return [(q.kind, q.text, q.speaker, q.cue) for q in doc._.pipeline_quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Maria Delgado attacked the governor for his handling of the flood relief.",
         [("indirect", "the governor for his handling of the flood relief", "Maria Delgado", "attacked")]),
        ("Governor Tom Riley accused the agency of hiding the audit results.",
         [("indirect", "the agency of hiding the audit results", "Tom Riley", "accused")]),
        ("The ambassador, Peter Lindqvist, urged Congress to approve the aid package before the recess.",
         [("indirect", "Congress to approve the aid package before the recess", "Peter Lindqvist", "urged")]),
        ("Former congressman Dan Hollis endorsed Maria Delgado on Tuesday.",
         [("indirect", "Maria Delgado", "Dan Hollis", "endorsed")]),
    ],
)
def test_attribution_news_evaluation_with_object(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mayor Luis Ortega has agreed to testify before the committee next week.",
         [("indirect", "to testify before the committee next week", "Luis Ortega", "agreed")]),
        ("Donald Trump has repeatedly pledged to ban all visitors from entering the U.S.",
         [("indirect", "to ban all visitors from entering the U.S.", "Donald Trump", "pledged")]),
    ],
)
def test_attribution_news_infinitive_commitments(nlp, text, expected):
    assert _rows(nlp, text) == expected


def test_attribution_news_statement_stays_in_its_paragraph():
    from pipeline.components.attribution.content import clip_to_paragraph
    from pipeline.components.attribution.marks import paragraphs

    text = ('“The vote is rigged.”\n\n'
            "In a later interview, the senator, Ms. Delgado said, would seek a recount.")
    cue = text.index("said")
    s, e = clip_to_paragraph(text, list(paragraphs(text)), text.index("rigged"), len(text) - 1, cue)
    assert text[s:e] == "In a later interview, the senator, Ms. Delgado said, would seek a recount"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Maria Delgado Says Border Deal Is Dead\n\nThe senator spoke in Austin on Monday.",
         [("indirect", "Border Deal Is Dead", "Maria Delgado", "Says")]),
        ("Maria Delgado: ‘We Will Not Back Down’\n\nThe senator spoke in Austin on Monday.",
         [("indirect", "‘We Will Not Back Down’", "Maria Delgado", ":")]),
    ],
)
def test_attribution_news_headline(nlp, text, expected):
    assert _rows(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "International Experts Have Discussed the Region’s Security in the New Realities\n\n12 May 2023",
        "Gulf Capital and Central Asia: Experts Debate a New Partnership\n\nThe forum opened in Doha.",
        "Former Party Chairman Calls For New Primary Rules\n\nThe chairman spoke in Austin on Monday.",
    ],
)
def test_attribution_news_headline_without_source_is_no_statement(nlp, text):
    assert _rows(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Hopefully,” the senator said, “the vote will come before the recess.”",
         [("direct", "Hopefully", "", "said"), ("direct", "the vote will come before the recess.", "", "said")]),
        ("“Crimea is off the table,” he exclaimed.", [("direct", "Crimea is off the table", "", "exclaimed")]),
        ("Maria Delgado appeared on “Meet the Press” on Sunday and defended the plan.", []),
        ("Her book, “Failure to Adjust: How Workers Got Left Behind in the Global Economy,” sold well, said Tom Riley.",
         []),
    ],
)
def test_attribution_news_short_quotes_and_work_titles(nlp, text, expected):
    assert [r for r in _rows(nlp, text) if r[0] == "direct"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In response, the university released a statement. Its media coordinator, Dane Lisser, wrote:\n\n"
         "“The national anthem is an opportunity to reflect on the freedom we hold sacred.”",
         [("direct", "The national anthem is an opportunity to reflect on the freedom we hold sacred.", "Dane Lisser",
           "wrote")]),
        ("“He told him he did what he felt he needed to do,”\u00a0assistant athletic director Bryan Marshall said.",
         [("direct", "He told him he did what he felt he needed to do", "Bryan Marshall", "said")]),
        ("“We’re still talking about that guy during an election?” Ms. Maloney fumed.",
         [("direct", "We’re still talking about that guy during an election?", "Maloney", "fumed")]),
        ("''It has the virtue of being fiscally responsible,'' Leonard E. Burman, director of the centrist "
         "Tax Policy Center and a professor at the Maxwell School of Syracuse University, said.",
         [("direct", "It has the virtue of being fiscally responsible", "Leonard E. Burman", "said")]),
    ],
)
def test_attribution_news_direct_attribution_forms(nlp, text, expected):
    assert [r for r in _rows(nlp, text) if r[0] == "direct"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Critics call it a state-financed mouthpiece.",
         [("indirect", "it a state-financed mouthpiece", "", "call")]),
        ("Senator Ann Keller told her aides to find a way around the committee.",
         [("indirect", "her aides to find a way around the committee", "Ann Keller", "told")]),
        ("Rep. Adam Whitfield called on the administration to retaliate against the hackers.",
         [("indirect", "the administration to retaliate against the hackers", "Adam Whitfield", "called on")]),
        ("Speaker Tom Riley said he would no longer defend the nominee, which has sparked a feud between the two.",
         [("indirect", "he would no longer defend the nominee", "Tom Riley", "said")]),
    ],
)
def test_attribution_news_objects_infinitives_and_asides(nlp, text, expected):
    assert _rows(nlp, text) == expected


def test_attribution_news_prediction_in_relative_clause_stays(nlp):
    text = ("According to Tatiana Kotyukova, the second option is closer ties between the two states, "
            "which will make it possible to overcome old phobias.")
    assert _rows(nlp, text) == [
        ("indirect", "the second option is closer ties between the two states, which will make it possible to "
                     "overcome old phobias", "Tatiana Kotyukova", "According to")]


def test_attribution_news_plural_group_is_no_speaker_and_clause_stays_in_paragraph(nlp):
    text = ('"There are many districts where we will run ads about that. In many districts, it is a very, very '
            'potent weapon to use against a Democratic candidate."\n\n'
            "Republicans fear Mr. Trump will do grievous damage to the party unless he can close the gap with "
            "Mrs. Clinton.")
    assert [r for r in _rows(nlp, text) if r[0] == "indirect"] == [
        ("indirect", "Mr. Trump will do grievous damage to the party unless he can close the gap with Mrs. Clinton",
         "", "fear")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Professor Sara Lindqvist placed the talks in a wider context. In her view, the monarchies are hedging "
         "against a future with less American attention.",
         [("indirect", "the monarchies are hedging against a future with less American attention", "Sara Lindqvist",
           "In her view")]),
        ("Rustam Aliyev spoke next. In his opinion, the pipeline remains the main obstacle.",
         [("indirect", "the pipeline remains the main obstacle", "Rustam Aliyev", "In his opinion")]),
    ],
)
def test_attribution_news_in_her_view(nlp, text, expected):
    assert [r for r in _rows(nlp, text) if r[3].startswith("In ")] == expected


def test_attribution_news_according_to_a_summary_is_no_quote(nlp):
    text = "According to the official summary, the programme rests on the status of permanent neutrality."
    assert _rows(nlp, text) == []


def test_attribution_news_quoted_modifier_is_a_term(nlp):
    text = ("Deputy Minister Farhod Rahmonov said that the concept keeps the \"open door\" policy as its "
            "foundation.")
    assert _rows(nlp, text) == [
        ("indirect", 'the concept keeps the "open door" policy as its foundation', "Farhod Rahmonov", "said")]


def test_attribution_news_called_it_fragment_gives_both_rows(nlp):
    text = 'Asked about the border deal, Deputy Minister Farhod Rahmonov called it "a historic step".'
    assert _rows(nlp, text) == [
        ("indirect", 'it "a historic step"', "Farhod Rahmonov", "called"),
        ("direct", "a historic step", "Farhod Rahmonov", "called"),
    ]
