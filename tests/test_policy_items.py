"""pipeline_policy: the items read inside sentences the rules read (their boundaries and partners). Sentences from
the development sets, in texts written for these tests; exact rows (owner, partner, partner code, relation). Where a
sentence is read only because the sentence model flags it, ``Policy.sentence_marks`` is replaced by one that flags
the sentences holding a given phrase (the model is not part of these tests)."""

from __future__ import annotations

import pytest

from .policy_flags import flag_sentences, policy_rows

HEAD = ("China Issues Its Arctic Policy\n\n"
        "BEIJING, 26 January 2018 — China issued its first white paper on the Arctic on Friday.\n\n"
        "The document, titled China's Arctic Policy, says China's policy goals are to understand and protect the "
        "Arctic. ")
GOALS = [("CHN", "", "", "understand"), ("CHN", "", "", "protect the Arctic")]




@pytest.mark.parametrize(("sentence", "expected"), [
    pytest.param("Fisheries, tourism and scientific research are listed as further areas of cooperation.",
                 # one item per conjunct since round 41 (a ranked subject opening with a capitalised word splits)
                 [("CHN", "", "", "Fisheries"), ("CHN", "", "", "tourism"), ("CHN", "", "", "scientific research")],
                 id="passive-subject-ends-before-its-verb"),
])
def test_flagged_sentence_items(nlp, monkeypatch, sentence, expected):
    flag_sentences(monkeypatch, sentence[:20])
    assert policy_rows(nlp(HEAD + sentence + "\n")) == GOALS + expected


SPEECH = ("Brazil's Foreign Minister Sets Out Priorities\n\n"
          "BRASILIA, 2 January 2023 — Brazil will strengthen its ties with the developing world, Ana Souza said on "
          "Monday as she took office as foreign minister.\n\n"
          "In a speech in the capital, the minister set out the priorities of the new government. ")


def test_name_cut_short_before_its_acronym(nlp):
    """The parser's "Community of Latin American" is the first part of the name CELAC abbreviates: no partner of its
    own; the whole name is the partner (the organizations' gazetteer knows it)."""
    text = SPEECH + ("Brazil intends to rejoin the Community of Latin American and Caribbean States (CELAC), to "
                     "revitalise Mercosur and to revive regional integration with its neighbours.\n")
    rows = policy_rows(nlp(text))
    assert rows[-3:] == [
        ("BRA", "Community of Latin American and Caribbean States", "CELAC",
         "rejoin the Community of Latin American and Caribbean States (CELAC)"),
        ("BRA", "Mercosur", "Mercosur", "revitalise Mercosur"),
        ("BRA", "neighbours", "", "regional integration")]
    assert not any(r[1] == "Community of Latin American" for r in rows)
