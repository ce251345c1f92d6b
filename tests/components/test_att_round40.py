"""pipeline_attribution, round 40: a message's issuer speaks its report ("X released a statement saying …"), a
quantifier pronoun that opens a report is its source ("Others say …"), and a name before an aside the parser took
for a clause is the speaker ("Jeffrey Salkin, a rabbi helping to organize the boycott, said …")."""

from __future__ import annotations

import pytest


def _indirect(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.speaker or "", q.source or "", q.text) for q in doc._.pipeline_quotes if q.kind == "indirect"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Trump's campaign released a statement saying that the rally was cancelled.",
     [("", "Trump's campaign", "the rally was cancelled")]),
    ("Phoenix Mayor Greg Stanton wrote a letter asking the Justice Department to investigate the delays.",
     [("Greg Stanton", "", "the Justice Department to investigate the delays")]),
    ("Sen. Rand Paul has released a Web video that accuses Cruz of being welcoming to refugees.",
     [("Rand Paul", "", "Cruz of being welcoming to refugees")]),
])
def test_attribution_message_issuer(nlp, text, expected):
    assert _indirect(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Some economists expect a cut in June. Others say a recalibration is overdue.",
     [("", "Others", "a recalibration is overdue")]),
    ("Both think Obama advanced this agenda.", [("", "Both", "Obama advanced this agenda")]),
    ("Many thought Republicans would have a serious discussion about why they had lost.",
     [("", "Many", "Republicans would have a serious discussion about why they had lost")]),
])
def test_attribution_quantifier_sources(nlp, text, expected):
    assert _indirect(nlp, text) == expected


def test_attribution_name_before_misparsed_aside(nlp):
    text = ("Jeffrey Salkin, a Hollywood, Fla., rabbi helping to organize the boycott, said he and other rabbis "
            "were alarmed about the rhetoric.")
    assert _indirect(nlp, text) == [("Jeffrey Salkin", "", "he and other rabbis were alarmed about the rhetoric")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Bernie Sanders and Donald Trump often blame trade deals for lost jobs. Sanders and his aides "
     "believe the race is not over.",
     [("", "Sanders and his aides", "the race is not over")]),
])
def test_attribution_coordinated_subjects(nlp, text, expected):
    assert [r for r in _indirect(nlp, text) if r[2] == expected[0][2]] == expected


def test_attribution_agency_dateline_place_is_no_source(nlp):
    text = ("SKOPJE, 9 January 2025 (Vardar Press Agency) — North Macedonia’s foreign minister, Timčo Mucunski, told "
            "the country’s ambassadors on Thursday that membership of the European Union remained the goal.")
    assert _indirect(nlp, text) == [
        ("Timčo Mucunski", "", "membership of the European Union remained the goal")]
