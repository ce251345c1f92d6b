"""affiliations extractor on news phrasing: roles tied to an organization named before them."""

from __future__ import annotations

import pytest

from ..table_rows import affiliation_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare role opening the sentence after the organization spoke
        ("The Coastal Power Authority said repairs would take a week. Spokesman Ravi Patel told reporters the "
         "grid was stable.",
         [("Ravi Patel", "spokesman", "Coastal Power Authority", "")]),
        ("The Bureau of Statistics revised its estimate on Monday. Senior economist Clara Voss said the "
         "downturn was milder than feared.",
         [("Clara Voss", "senior economist", "Bureau of Statistics", "")]),
        # the organization one paragraph up, a sentence in between
        ("The Riverside Fire Service said it was called at midnight. Nobody was hurt.\n\nStation manager Joe "
         "Kerr said crews would stay for two days.",
         [("Joe Kerr", "manager", "Riverside Fire Service", "")]),
        # sentences whose subject refers back to it ("It said", "the company said") keep the organization
        ("The Marlow Coach Company said it was disappointed. In a statement, the company said its offer was "
         "fair. It said some routes would run. Managing director Paul Odell said the firm was struggling.",
         [("Paul Odell", "managing director", "Marlow Coach Company", "")]),
        # "Union president": the head noun alone refers to the union named before
        ("The Northfield Teachers Association, which represents about 300 teachers, opposed the plan. Union "
         "president Mark Dale said members were angry.",
         [("Mark Dale", "president", "Northfield Teachers Association", "")]),
        # a union local and its "Local president"
        ("Greenvale Transit Workers Local 412 said the offer was too low. Local president Sam Ortiz said talks "
         "would continue.",
         [("Sam Ortiz", "local president", "Greenvale Transit Workers Local 412", "")]),
        # ... however far back the local was named
        ("Members of Transit Workers Local 12 voted to strike. The vote does not mean a strike is imminent. Talks "
         "resume on Monday.\n\nLocal president Sam Ortiz said wages were the main issue.",
         [("Sam Ortiz", "local president", "Transit Workers Local 12", "")]),
        # the organization named before its kind ("the Unite union"), then as the role's owner
        ("The Unite union said most drivers backed the strike. Unite regional officer Karen Hill said the offer "
         "was too low.",
         [("Karen Hill", "regional officer", "Unite", "")]),
        # an organization without a head noun, recognised because the text calls it "which"
        ("Unison, which represents many of the hospital's nurses, said the report vindicated staff. Regional "
         "organiser Dan Kell said morale was low.",
         [("Dan Kell", "regional organiser", "Unison", "")]),
        # "Its <role>, Dr X": the title between the comma and the name
        ("The Harbourside Nurses Association said the cuts were reckless. Its president, Dr Anna Kowal, said "
         "staff were exhausted.",
         [("Anna Kowal", "president", "Harbourside Nurses Association", "")]),
        # "A spokesperson, X,"
        ("The Dunmore Rail Company confirmed the delays. A spokesperson, Laura Evans, said trains would run "
         "hourly.",
         [("Laura Evans", "spokesperson", "Dunmore Rail Company", "")]),
    ],
)
def test_affiliations_topic_organization(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an office of a state is not the organization's
        ("The Pacific Trade Council met on Tuesday. President Elena Moreau said the tariffs would stay.",
         [("Elena Moreau", "president", "", "")]),
        # a board member, a campaign's or a portfolio's role: not the organization's staff
        ("The Pine Hill School Board met on Monday. Board member Ann Cole said the vote was rushed.",
         [("Ann Cole", "member", "", "")]),
        ("The Daily Courier broke the story. Campaign chief Leo Brandt said it was false.",
         [("Leo Brandt", "campaign chief", "", "")]),
        ("The Atlantic Defence Forum opened on Monday. Defense Secretary Ray Cole said budgets would grow.",
         [("Ray Cole", "defense secretary", "", "")]),
        # a place after the role is not an organization
        ("Tom Reed, a Green Party delegate from Houston, said the vote was fair.",
         [("Tom Reed", "delegate", "Green Party", "")]),
        # an office with its portfolio
        ("The Rapid Response Forces refused to withdraw. Information Minister Omar Saleh said talks would "
         "resume.",
         [("Omar Saleh", "information minister", "", "")]),
        # the end of a longer title: "Home Secretary"
        ("The Refugee Welfare Association criticised the bill, but Home Secretary Paul Dunn said it would pass.",
         [("Paul Dunn", "secretary", "", "")]),
        # a modifier the role did not take: "presidential aide"
        ("The Northern Policy Forum hosted the debate, where presidential aide Igor Lenz said sanctions had failed.",
         [("Igor Lenz", "aide", "", "")]),
        # the organization three sentences up is too far
        ("The Lakeside Water Board issued a warning. Residents queued for bottles. Shops ran out. Spokesman Paul "
         "Gray said the pumps had failed.",
         [("Paul Gray", "spokesman", "", "")]),
    ],
)
def test_affiliations_topic_organization_refused(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the <noun>'s": the organization named before with that noun
        ("The Westbrook Regional Police Service warned of a scam. \"Call us first,\" said Det. Const. Lena Park "
         "of the service's fraud unit.",
         [("Lena Park", "", "Westbrook Regional Police Service", "")]),
        ("Dunmore City Council will repair the block. \"We are sorry,\" said Councillor Asha Khan, the "
         "council's lead member for housing.",
         [("Asha Khan", "councillor", "", ""), ("Asha Khan", "lead member", "Dunmore City Council", "")]),
        ("The Pima County Department of Public Health published the report. \"It is progress,\" said Dr. Owen "
         "Tate, who leads the department's surveillance team.",
         [("Owen Tate", "head", "Pima County Department of Public Health", "")]),
    ],
)
def test_affiliations_definite_reference(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organization before the role in the apposition
        ("\"Every day counts,\" said Mara Lind, the U.N. refugee coordinator for Chad.",
         [("Mara Lind", "refugee coordinator", "U.N.", "TCD")]),
        ("An RSF spokesman, Idris Musa, said the fighters would withdraw.",
         [("Idris Musa", "spokesman", "RSF", "")]),
        # a capitalized region before the role, the institution after it
        ("Tom Reed, a Horn of Africa researcher at the London-based Chatham House think tank, said talks had "
         "stalled.",
         [("Tom Reed", "researcher", "Chatham House", "")]),
        # an MP's constituency is not an organization
        ("Jane Holt, the MP for Eastfield, said she had written to the minister.",
         [("Jane Holt", "mp", "", "")]),
    ],
)
def test_affiliations_organization_before_role(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause of work names the institution
        ("Maria Ortiz, who studies rural labour markets at the University of Lakeside, said the jobs would not "
         "come back.",
         [("Maria Ortiz", "", "University of Lakeside", "")]),
        ("Ben Adler, who teaches economics at Northgate College, disagreed.",
         [("Ben Adler", "", "Northgate College", "")]),
        # ... but not a place
        ("Ben Adler, who works at a bakery in Leeds, disagreed.", []),
    ],
)
def test_affiliations_work_clause(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


def test_affiliations_its_after_definite_reference(nlp):
    """"Its" two sentences after the name, the sentence between refers to it as "the trust"."""
    doc = nlp("Eastmoor Hospitals NHS Trust said it accepted the findings. The trust added that beds were full. "
              "Its chief executive, Dr Helen Shaw, said the problem was social care.")
    assert affiliation_rows(doc) == [("Helen Shaw", "chief executive", "Eastmoor Hospitals NHS Trust", "")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organization the NER knows owns the role, the role with its portfolio
        ("Yarra Valley Water's general manager of operations, Sam Reid, said the pipes were clean.",
         [("Sam Reid", "general manager of operations", "Yarra Valley Water", "")]),
        ("Northern Rail's managing director, Kim Lowe, said the trains had been checked.",
         [("Kim Lowe", "managing director", "Northern Rail", "")]),
        # ... a name the NER reads as a person's is not taken
        ("Aurora Freight's head of safety, Kim Lowe, said the trucks had been checked.",
         [("Kim Lowe", "head of safety", "", "")]),
    ],
)
def test_affiliations_entity_owner(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected
