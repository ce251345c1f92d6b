"""pipeline_policy, round 34: the policy document side. A foreign minister's statement of priorities in a text that
names no document belongs to the state the title or the dateline gives; a capitalised name the government issues
and the text refers back to is a document; the words that give a document its name are one lexicon
(titling_words.txt). Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.components.policy.lexicon import PolicyLexicon

from ..table_rows import policy_rows

TITLE_OF = ("A conversation with the foreign minister\n\nThe Courier spoke with Ana Ruiz, Minister of Foreign Affairs "
            "of Uruguay, about the year ahead.\n\nCooperation with Brazil is to be deepened, she said. Our first "
            "priority is trade with China.\n")
DATELINE = ("Ruiz sets out the ministry's agenda\n\nMONTEVIDEO, 3 March 2025 — Foreign Minister Ana Ruiz told "
            "ambassadors that the first task of the ministry is to deepen cooperation with Brazil.\n\nRelations with "
            "China are to be expanded, she said.\n")
NAMED = ("Uruguay publishes its Trade Strategy\n\nMONTEVIDEO, 3 March 2025 — Foreign Minister Ana Ruiz presented the "
         "National Trade Strategy on Monday. The strategy gives priority to cooperation with Brazil.\n")
LAUNCHED = ("Uruguay's new aid policy at five\n\nWhen the government launched Open Horizons in March 2021, few "
            "expected much. The policy gives priority to cooperation with Paraguay and Bolivia.\n")
UNREFERRED = ("Uruguay's new aid policy at five\n\nWhen the government launched Open Horizons in March 2021, few "
              "expected much. Cooperation with Paraguay and Bolivia is to be deepened.\n")
APPOSED = ("Uruguay's aid policy at five\n\nI have reread Open Horizons, the development policy the Government "
           "published in 2021. The policy gives priority to cooperation with Paraguay and Bolivia.\n")
ACCORD = ("Uruguay's trade plans\n\nThe president signed the Montevideo Accord in 2021. The plan gives priority to "
          "cooperation with Paraguay.\n")
DUBBED = ("Uruguay's new plan\n\nThe cabinet adopted a ten-year plan, dubbed Green Horizon Forward, in May. The plan "
          "gives priority to cooperation with Paraguay.\n")
ENTITLED = ("Uruguay's new plan\n\nThe cabinet adopted a plan entitled “Building Forward Together” in May. The plan "
            "gives priority to cooperation with Paraguay.\n")


def test_policy_documents_round34_titling_words_read():
    """The verbs that name a document are read as lemmas and as participles, from one file."""
    words = PolicyLexicon.from_dir().titling_words
    assert {"dub", "dubbed", "entitle", "entitled", "call", "called"} <= words


@pytest.mark.model
@pytest.mark.parametrize(("text", "documents", "rows"), [
    (TITLE_OF, [("URY", "")], [("URY", "BRA", "Cooperation with Brazil is to be deepened"), ("URY", "CHN", "trade")]),
    (DATELINE, [("URY", "")], [("URY", "BRA", "cooperation"),
                               ("URY", "CHN", "Relations with China are to be expanded")]),
    (NAMED, [("URY", "National Trade Strategy")], [("URY", "BRA", "cooperation")]),
])
def test_policy_documents_round34_minister_statement(nlp, text, documents, rows):
    """A foreign minister stating priorities in a text that names no document speaks for the state of the title
    ("Minister of Foreign Affairs of Uruguay") or of the dateline ("MONTEVIDEO"); where the text names a document,
    that document is the one."""
    doc = nlp(text)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == documents
    assert policy_rows(doc) == rows


@pytest.mark.model
@pytest.mark.parametrize(("text", "documents", "rows"), [
    (LAUNCHED, [("URY", "Open Horizons")], [("URY", "BOL", "cooperation"), ("URY", "PRY", "cooperation")]),
    (APPOSED, [("URY", "Open Horizons")], [("URY", "BOL", "cooperation"), ("URY", "PRY", "cooperation")]),
    (UNREFERRED, [], []),
    (ACCORD, [], []),
])
def test_policy_documents_round34_issued_name(nlp, text, documents, rows):
    """A capitalised name the government launches, or that a policy the government published stands in apposition
    to, names the document "the policy" refers back to; not without that reference, nor an agreement's name."""
    doc = nlp(text)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == documents
    assert policy_rows(doc) == rows


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [(DUBBED, "Green Horizon Forward"), (ENTITLED, "Building Forward Together")])
def test_policy_documents_round34_titling_word(nlp, text, name):
    """A participle of the titling words names the plan it follows ("dubbed", and "entitled" read as an
    adjective)."""
    doc = nlp(text)
    assert [(p.owner_iso3, p.document) for p in doc._.pipeline_policies] == [("URY", name)]
    assert policy_rows(doc) == [("URY", "PRY", "cooperation")]
