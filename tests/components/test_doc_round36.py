"""pipeline_policy, round 36: the documents and the scope of a minister's statement. "his foreign policy" after a
foreign minister the sentence names is that minister's country's statement; a name a president launches is a title
though the recogniser reads it as a person; the speaker of a statement is the name apposed to its subject or the only
person its sentence names, and "the minister" goes on with it; an ordinal item named by any noun ("The third pillar
groups ...") continues the document. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.components.policy.continuity import ordinal_opener, pronoun_speaker, statement_speaker

from ..table_rows import policy_rows

HIS = ("Ortega Puts the Neighbours First\n\nQUITO, 21 August 2024 — Ecuador's foreign minister-designate, Luis "
       "Ortega, told parliament on Wednesday that relations with neighbouring countries would come first in his "
       "foreign policy.\n\nThe neighbourhood, he said, stands at the top: ties with Colombia are to be expanded.\n")
LAUNCHED = ("A fair hearing for Brazil's new industrial policy\n\nBy Ana Ruiz\n\nWhen President Luiz Inácio Lula da "
            "Silva launched Nova Indústria Brasil in January 2024, many economists were sceptical.\n\nThe plan, "
            "approved by the national council, runs from 2024 to 2033. It gives priority to trade with Argentina.\n")
ORDINAL = ("Panama's plan\n\nPANAMA CITY, 3 March 2024 — Panama's Strategic Plan 2030 sets out five axes. The first "
           "concerns trade with Colombia. The second commitment is the modernisation of ports.\n")


@pytest.mark.model
def test_doc_round36_minister_possessive(nlp):
    """"Ecuador's foreign minister-designate, Luis Ortega, told parliament that ... in his foreign policy": the
    statement is Ecuador's, and what he said goes on with it."""
    doc = nlp(HIS)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == [("ECU", "")]
    assert policy_rows(doc) == [("ECU", "", "neighbourhood, he said"), ("ECU", "", "relations"),
                                ("ECU", "COL", "ties with Colombia are to be expanded")]


@pytest.mark.model
def test_doc_round36_launched_name_read_as_person(nlp):
    """"President X launched Nova Indústria Brasil ... The plan, approved by ...": nobody launches a person, so the
    name the recogniser reads as one is the plan's title."""
    doc = nlp(LAUNCHED)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == [("BRA", "Nova Indústria Brasil")]
    assert policy_rows(doc) == [("BRA", "ARG", "trade")]


@pytest.mark.model
def test_doc_round36_ordinal_items(nlp):
    """"The first concerns ...", "The second commitment is ...": the items of the axes the plan sets out."""
    doc = nlp(ORDINAL)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == [("PAN", "Strategic Plan")]
    assert policy_rows(doc) == [("PAN", "", "modernisation of ports"), ("PAN", "COL", "trade")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The fifth objective, to preserve life on the planet, carries over the language of the previous plan.", True),
    ("The third pillar groups education and health.", True),
    ("The first principle, the minister said, is respect for sovereignty.", True),
    ("The first phase happened.", False),
    ("The second did not.", False),
])
def test_doc_round36_ordinal_opener(text, expected):
    assert ordinal_opener(text) is expected


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), [
    ("The Minister of Foreign Affairs, Radosław Sikorski, presented the tasks of Polish foreign policy.",
     "Radosław Sikorski"),
    ("Security will be the first task of Cambodia's foreign policy this year, Minister of Foreign Affairs Sok Chenda "
     "Sophea told the annual meeting of ambassadors on Tuesday.", "Chenda Sophea"),
])
def test_doc_round36_statement_speaker(nlp, text, speaker):
    """The name apposed to the statement's subject, else the only person its sentence names."""
    doc = nlp(text)
    assert statement_speaker(doc, next(iter(doc.sents))) == speaker


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), [
    ("The minister also pledged to revitalise Mercosur.", "Vieira"),
    ("A minister also pledged to revitalise Mercosur.", ""),
    ("The ministers also pledged to revitalise Mercosur.", ""),
])
def test_doc_round36_definite_person_goes_on(nlp, text, speaker):
    """"The minister" as the subject goes on with the statement's speaker; "a minister", "the ministers" do not."""
    doc = nlp(text)
    lexicon = nlp.get_pipe("pipeline_policy").lexicon
    assert pronoun_speaker(next(iter(doc.sents)), "Vieira", lexicon.person_nouns) == speaker
