"""pipeline_policy: the owner of a document the headline names beside another country, and a byline that names its
author (texts written for these tests; exact values)."""

from __future__ import annotations

from pipeline.components.policy.mentions import byline_range, find_mentions

from .policy_flags import flag_sentences, policy_rows

ARCTIC = ("Analysis | A Northern Plan Drafted in the Shadow of Ukraine\n\n"
          "By the Polar Studies Programme\n\n"
          "When the cabinet released its National Strategy for the High North in May 2023, the timing mattered. "
          "The document is meant to guide Oslo's choices for a decade, from Norway's ports to its research fleet.\n\n"
          "The strategy rests on three pillars: security, a green economy and research.\n")


def test_byline_range():
    """A short line that opens with "By" under the headline is the byline; a sentence opening with "By" is not."""
    assert byline_range("Plan Adopted\n\nBy the Policy Desk\n\nThe plan ...") == (14, 32)
    assert byline_range("Plan Adopted\n\nBy Decree of the President, the Concept was approved on Monday.\n") == (0, 0)
    assert byline_range("Plan Adopted\n\nThe plan, by the cabinet, ...") == (0, 0)


def test_byline_names_no_document(nlp):
    """"By the Polar Studies Programme": the author of the text, not a programme it reports on."""
    doc = nlp(ARCTIC)
    names = [doc[m.start:m.end].text for m in find_mentions(doc, nlp.get_pipe("pipeline_policy").lexicon)]
    assert "Polar Studies Programme" not in names
    assert names[0] == "National Strategy"


def test_headline_country_after_the_document_owns_nothing(nlp, monkeypatch):
    """"A Northern Plan Drafted in the Shadow of Ukraine": a country the headline names after its document is the
    document's concern; the text's own country owns the strategy."""
    flag_sentences(monkeypatch, "three pillars")
    assert policy_rows(nlp(ARCTIC)) == [("NOR", "", "", "security"), ("NOR", "", "", "green economy"),
                                        ("NOR", "", "", "research")]
