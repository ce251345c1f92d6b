"""pipeline_policy: the partners of the rows given for priorities (development sets' sentences in texts written for
these tests; exact rows: owner, partner, partner code, relation)."""

from __future__ import annotations

from .policy_flags import policy_rows

HEAD = ("Poland Adopts New Security Strategy\n\n"
        "WARSAW, 12 May 2020 — President Andrzej Duda on Tuesday approved Poland's National Security Strategy, the "
        "first update of the document since 2014.\n\n")


def test_with_that_names_no_partner(nlp):
    """"together with their aspirations" names no partner: the names the item holds are its partners."""
    text = HEAD + ("In the east, the strategy lists supporting the independence, sovereignty and territorial integrity "
                   "of Ukraine, Georgia and Moldova, together with their European and Euro-Atlantic aspirations.\n")
    relation = ("supporting the independence, sovereignty and territorial integrity of Ukraine, Georgia and Moldova, "
                "together with their European and Euro-Atlantic aspirations")
    assert policy_rows(nlp(text)) == [("POL", "Ukraine", "UKR", relation), ("POL", "Georgia", "GEO", relation),
                                      ("POL", "Moldova", "MDA", relation)]


def test_acronym_with_digits_in_brackets(nlp):
    """"the Bucharest Nine (B9)": the bracketed acronym after a name is the partner, and the item keeps its bracket."""
    text = HEAD + ("The strategy also calls for cooperation within the Bucharest Nine (B9) and within the Three Seas "
                   "Initiative (3SI).\n")
    relation = "cooperation within the Bucharest Nine (B9) and within the Three Seas Initiative (3SI)"
    assert policy_rows(nlp(text)) == [("POL", "B9", "B9", relation), ("POL", "3SI", "3SI", relation)]
