"""pipeline_attribution, reported speech on news: nested reports, wishes, knowledge, stances."""

from __future__ import annotations

import pytest


def _indirect(nlp, text: str) -> list[tuple[str, str]]:
    doc = nlp(text)
    return [(q.text, q.cue) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The senator said she expects the committee to approve the bill next week.",
         [("she expects the committee to approve the bill next week", "said")]),
        ("Analysts said they believe the central bank will hold rates steady.",
         [("they believe the central bank will hold rates steady", "said")]),
    ],
)
def test_attribution_indirect_nested_report_is_one_row(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor also wants to expand the state's paid leave program.",
         [("to expand the state's paid leave program", "wants")]),
        ("The minister knows that the reform will be unpopular in the provinces.",
         [("the reform will be unpopular in the provinces", "knows")]),
    ],
)
def test_attribution_indirect_wishes_and_knowledge(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Petrov likened the new tariffs to a declaration of economic war.",
         [("the new tariffs to a declaration of economic war", "likened")]),
        ("The senator cited a list of endorsements from 40 retired judges.",
         [("a list of endorsements from 40 retired judges", "cited")]),
        ("The governor praised the mayor in a radio interview.",
         [("the mayor", "praised")]),
        ("The minister acknowledged the scale of the crisis, which makes him an outlier in his party.",
         [("the scale of the crisis", "acknowledged")]),
    ],
)
def test_attribution_indirect_object_extent(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Senator Ruth Vance said her party had tested the message and found it effective in rural districts.",
         [("her party had tested the message and found it effective in rural districts", "said")]),
        ("Ms. Okafor argued that the plan would fail and drew attention to the cost of the new border posts.",
         [("the plan would fail", "argued"), ("the cost of the new border posts", "drew attention to")]),
    ],
)
def test_attribution_indirect_conjoined_verbs(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the parser hangs the "that" clause on the object as a relative clause
        (("In Geneva last week, he told a meeting of island leaders that few people understood the stakes "
         "of rising seas better than they did."),
         [("few people understood the stakes of rising seas better than they did", "told")]),
        # a finite clause after the verb taken for an adverbial one
        ("Mr. Hale said after the vote he would not accept the committee's findings.",
         [("after the vote he would not accept the committee's findings", "said")]),
        # "records" taken for a compound of "show"
        (("Dozens of donors have helped fund the leading super PAC working on her behalf, "
         "Federal Election Commission records show."),
         [("Dozens of donors have helped fund the leading super PAC working on her behalf", "show")]),
        # the clause after the verb, not one before a semicolon
        ("It is an extremely unlikely scenario; her campaign says she will continue her tour later this week.",
         [("she will continue her tour later this week", "says")]),
        # "…, it said." of a company or a newspaper is a report ("it states" of a document is not)
        ("The strength of the dollar also held back exports of manufactured goods, it said.",
         [("The strength of the dollar also held back exports of manufactured goods", "said")]),
    ],
)
def test_attribution_indirect_misparsed_sources(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Stocks fell after news that the regulator had reopened its inquiry into the bank.",
         [("the regulator had reopened its inquiry into the bank", "news")]),
        ("The party acted amid fears that his behavior might undermine its campaign.",
         [("his behavior might undermine its campaign", "fears")]),
        ("The idea that the tax could be cut is popular.", []),
        # a document's hope is not a quote
        (("The concept insists on sovereignty. It expresses the hope that Western states will accept a "
         "multipolar world."), []),
    ],
)
def test_attribution_indirect_speech_nouns(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Analysts regard the merger as a risk to competition.",
         [("the merger as a risk to competition", "regard")]),
        ("She considers the deal a mistake.", [("the deal a mistake", "considers")]),
        ("The Senate will consider the bill next week.", []),
        # one row for a cue read two ways ("call out X", "call for Y")
        ("During a rally in Miami on Wednesday, the governor called out the press for being biased.",
         [("the press for being biased", "called out")]),
        ("The senator has now called for the network to release the full interview.",
         [("the network to release the full interview", "called for")]),
    ],
)
def test_attribution_indirect_views_and_calls(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In advance of the vote, the Fed is not expected to change rates.",
         [("the Fed is not expected to change rates", "is not expected")]),
        ("The senator is said to have made his peace with the scandal long ago.",
         [("The senator is said to have made his peace with the scandal long ago", "is said")]),
        # an expectation reported by nobody named, whatever the subject (news corpora mark it)
        ("The project is expected to cost around 4 billion dollars.",
         [("The project is expected to cost around 4 billion dollars", "is expected")]),
        ("The area is known to flood in spring.", []),  # 'know' only with a named subject
    ],
)
def test_attribution_indirect_passive_reports(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hamm supports Trump.", [("Trump", "supports")]),
        ("The senator has defended his record on trade.", [("his record on trade", "defended")]),
        # an aim listed in a policy, not a stance
        (("The country will pursue a foreign policy aimed at protecting its borders, supporting economic "
         "development and protecting the rights of citizens abroad."), []),
        # a state's plan in a policy document is not a quote
        ("Bishkek also intends to establish diplomatic relations with further states.", []),
    ],
)
def test_attribution_indirect_stances(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As the newspaper reported on Tuesday, the committee will double its advertising.",
         [("the committee will double its advertising", "reported")]),
        ("As he said this, the crowd cheered.", []),
        ("The official, who spoke on the condition of anonymity, said the talks had stalled.",
         [("the talks had stalled", "said")]),
    ],
)
def test_attribution_indirect_as_clauses_and_circumstances(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Durham has denied wrongdoing.", [("wrongdoing", "denied")]),
        ("Analysts have predicted an unusually weak quarter for the company.",
         [("an unusually weak quarter for the company", "predicted")]),
        ("The campaign issued a warning about the new voting rules.",
         [("a warning about the new voting rules", "issued")]),
        ("He said a few words.", []),
        # a source of findings as subject: its plain object is reported too
        ("The poll shows Clinton with 42 percent support from respondents.",
         [("Clinton with 42 percent support from respondents", "shows")]),
    ],
)
def test_attribution_indirect_speech_verbs_with_objects(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In an interview, the general made it clear he had major misgivings about the budget.",
         [("he had major misgivings about the budget", "made it clear")]),
        ("The minister made clear that Astana would not join the sanctions.",
         [("Astana would not join the sanctions", "made clear")]),
        ("They made it clear.", []),
    ],
)
def test_attribution_indirect_made_clear(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A commission will coordinate the work, the council secretary told reporters on Friday.",
         [("A commission will coordinate the work", "told")]),
        # a verb of saying inside a relative clause or with an object is no trailing attribution
        ("He took over the debts of Walter Energy, another mining company that had declared bankruptcy.", []),
        ("It was the latest controversy for the network, originally known as Russia Today.", []),
    ],
)
def test_attribution_indirect_trailing_attribution(nlp, text, expected):
    assert _indirect(nlp, text) == expected
