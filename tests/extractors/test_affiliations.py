"""affiliations extractor: stated person-role-organization(-country) relations."""

from __future__ import annotations

import pytest

from pipeline.extractors.affiliations import affiliations

from ..table_rows import affiliation_rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Laura Bennett, researcher at the Centre for Eastern Policy of the Polish Academy of Sciences, "
         "said the talks had stalled.",
         [("Laura Bennett", "researcher", "Centre for Eastern Policy of the Polish Academy of Sciences", "")]),
        ("Oleg Marchenko, associate professor at the Department of Political Science at Odessa National "
         "University, disagreed with that view.",
         [("Oleg Marchenko", "associate professor", "Odessa National University", "")]),
        ("Kamila Ismoilova, associate professor at the Samarkand branch of Moscow State Linguistic University, "
         "took part in the debate.",
         [("Kamila Ismoilova", "associate professor", "Moscow State Linguistic University", "")]),
        ("CSIS Director Peter Holm opened the session with a review of the year.",
         [("Peter Holm", "director", "CSIS", "")]),
        ("CSIS\u2019s Senior Fellow Maria Ortega noted that sanctions had changed trade routes.",
         [("Maria Ortega", "senior fellow", "CSIS", "")]),
        ("Alisher Karimov (UWED) noted that water is becoming scarce in the region.",
         [("Alisher Karimov", "", "UWED", "")]),
        ("Daniyar Seitkali, who heads the Astana Policy Institute, stressed that transit is a priority.",
         [("Daniyar Seitkali", "head", "Astana Policy Institute", "")]),
        ("Sergei Volkov from the Valdai Discussion Club argued that the region needs its own agenda.",
         [("Sergei Volkov", "", "Valdai Discussion Club", "")]),
        ("Aigul Bekova, head of the Europe department at the Institute of World Economy, said that exports would grow.",
         [("Aigul Bekova", "head", "Institute of World Economy", "")]),
        ("Oxford University Professor Helen Park said the summit was a turning point.",
         [("Helen Park", "professor", "Oxford University", "")]),
        ("Uzbek political scientist Bakhtiyor Ergashev believes that the reforms will continue.",
         [("Bakhtiyor Ergashev", "political scientist", "", "UZB")]),
        ("Marat Abenov, Kazakhstani political scientist, noted that the elections were calm.",
         [("Marat Abenov", "political scientist", "", "KAZ")]),
        ("Turkish President Kemal Aydin said the corridor would open next year.",
         [("Kemal Aydin", "president", "", "TUR")]),
        ("Azerbaijan\u2019s Foreign Minister Elnur Mammadli said the talks were constructive.",
         [("Elnur Mammadli", "foreign minister", "", "AZE")]),
        ("Moldova is revising its defence doctrine, the secretary of the country\u2019s Supreme Security Council, "
         "Ion Rusu, told reporters on Monday.",
         [("Ion Rusu", "secretary", "Supreme Security Council", "MDA")]),
        ("Ambassador Isabel Moreno, Mexico's Permanent Representative to the United Nations, said the treaty "
         "now has seventy states parties.",
         [("Isabel Moreno", "ambassador", "", ""),
          ("Isabel Moreno", "permanent representative", "United Nations", "MEX")]),
        ("Nino Beridze, senior researcher at the Tbilisi-based Caucasus Institute for Economic Policy, warned "
         "that the ports are full.",
         [("Nino Beridze", "senior researcher", "Caucasus Institute for Economic Policy", "")]),
    ],
)
def test_affiliations_patterns(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


def test_affiliations_evidence_is_exact_text(nlp):
    text = "Yes. Laura Bennett, researcher at the Minsk Policy Institute, said so."
    doc = nlp(text)
    (row,) = list(affiliations(doc))
    assert text[row.start:row.end] == row.evidence == "Laura Bennett, researcher at the Minsk Policy Institute"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a minister's portfolio is part of the role, not an organization; the possessive ties him to his country
        ("Uzbekistan’s Minister of Foreign Affairs, Bakhtiyor Saidov, on Monday presented the new concept.",
         [("Bakhtiyor Saidov", "minister of foreign affairs", "", "UZB")]),
    ],
)
def test_affiliations_minister_portfolio(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


def test_affiliations_place_is_no_person():
    """A name the country ruler reads as a place ("Presenting the paper in Astana, Kazakhstan's Deputy
    Minister …" taken for "Astana, Deputy Minister") gives no affiliation."""
    import spacy
    from spacy.tokens import Span

    from pipeline.annotations import PersonAffiliation, register_extensions

    register_extensions()
    doc = spacy.blank("en")("Presenting the paper in Astana , Kazakhstan ’s Deputy Minister of Defence said so .")
    doc.spans["places"] = [Span(doc, 4, 5, label="PLACE", kb_id="KAZ")]
    doc._.pipeline_affiliations = [PersonAffiliation("Astana", "deputy minister", "Defence", "KAZ", 24, 71,
                                            "Astana , Kazakhstan ’s Deputy Minister of Defence")]
    assert affiliation_rows(doc) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an organization in the possessive owns the role; the name is in apposition to it
        ("The Eurasian Council's secretary general, Martin Vale, said the plan was ready.",
         [("Martin Vale", "secretary general", "Eurasian Council", "")]),
        ("The Baltic Policy Forum\u2019s chief economist, Tomas Rudd, warned that growth would slow.",
         [("Tomas Rudd", "chief economist", "Baltic Policy Forum", "")]),
        # "its" refers to the organization named in the previous sentence
        ("Talks opened at the Security Council of Freedonia. Its state secretary, Ana Lis, told reporters "
         "the vote was close.",
         [("Ana Lis", "state secretary", "Security Council of Freedonia", "")]),
        # ... or to the topic named two sentences earlier, the sentence between naming none (round 24)
        ("The Security Council of Freedonia met on Monday. The talks went on. Its state secretary, Ana Lis, "
         "told reporters the vote was close.",
         [("Ana Lis", "state secretary", "Security Council of Freedonia", "")]),
        # ... but not when a state is named between them: the role alone
        ("The Security Council of Freedonia met on Monday. Hungary stayed away. Its state secretary, Ana Lis, "
         "told reporters the vote was close.",
         [("Ana Lis", "state secretary", "", "")]),
        # the compact form: organization, role, name
        ("Northbridge Institute deputy director Li Wen said the report would be published in May.",
         [("Li Wen", "deputy director", "Northbridge Institute", "")]),
        # a possessive organization with a role, but the name is elsewhere: no relation
        ("The Northbridge Institute's director said the report was late. Martin Vale disagreed.", []),
    ],
)
def test_affiliations_possessive_owner(nlp, text, expected):
    assert affiliation_rows(nlp(text)) == expected


def test_affiliations_its_evidence_starts_at_pronoun(nlp):
    """The organization "its" refers to is named a sentence earlier; the evidence is the apposition."""
    doc = nlp("Talks opened at the Security Council of Freedonia. Its state secretary, Ana Lis, told reporters so.")
    (row,) = list(affiliations(doc))
    assert row.evidence == "Its state secretary, Ana Lis"
