"""pipeline_attribution, round 38: a heading line the parser ran into the sentence under it names no speaker
("Reactions⏎Shura member X said", "Points to note⏎- A government adviser, X, told"), nor does the cue on it
report the line below ("What officials said⏎- X said …"); a quotation's cue is never on the next line ("…,” he said.
“…”⏎3.3 The operator said …"); a role's phrase closed by a name between commas names that person also when the
parser makes the name a conjunct of the place before it ("Its representative in Cyprus, X, told") or the office
ends in a word after its role noun ("Senegal's consul general in Tunis, X, told"); of a subject's appositions, the
person ("Her host, Trinidad and Tobago's Minister …, X, said"); an inverted subject's hyphenated office is one phrase
("said its vice-president, X")."""

from __future__ import annotations

import pytest


def _quotes(nlp, text: str, kind: str = "indirect") -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.speaker or "", q.source, q.text) for q in doc._.pipeline_quotes if q.kind == kind]


@pytest.mark.parametrize(("text", "needle", "expected"), [
    ("The plan is due in May.\n\nReactions\nShura member Fatima Rashid said the minister had given the "
     "committee a clear map.", "the minister had", "Fatima Rashid"),
    ("The review was published in June.\n\nPoints to note\n- A government adviser, Litia Nawaqa, told us in "
     "December that the review would not change the strategy.", "the review would", "Litia Nawaqa"),
    ("The policy was launched in January.\n\nWhat officials said\n- Imran Khan said at the launch that the country "
     "could not be secure as long as large parts of the population were poor.", "the country could",
     "Imran Khan"),
    ("The session lasted three hours.\n\n3. Reply by the Second Minister\nSecond Minister for Foreign Affairs "
     "Maliki Osman spoke on the ministry's consular work and its engagement with the Middle East.",
     "the ministry's consular", "Maliki Osman"),
])
def test_attribution_heading_line_names_no_speaker_round38(nlp, text, needle, expected):
    found = [(s, src) for s, src, t in _quotes(nlp, text) if t.startswith(needle)]
    assert found == [(expected, "")]


def test_attribution_quotation_cue_not_on_next_line_round38(nlp):
    text = ("3.2 Stelios Charalambous, a senior fellow at the Levant Energy Observatory, argued that the solar "
            "target was modest. \"We are throwing away clean power on sunny afternoons,\" he said. \"Batteries are "
            "cheaper than the fuel oil we burn at night.\"\n3.3 The Transmission System Operator said in a written "
            "submission that curtailment of solar plants had risen every year since 2018.")
    found = {t: (s, src) for s, src, t in _quotes(nlp, text, "direct")}
    assert found["Batteries are cheaper than the fuel oil we burn at night."] == ("Stelios Charalambous", "")


@pytest.mark.parametrize(("text", "needle", "expected"), [
    ("Senegal's consul general in Tunis, Aïssatou Ba, told the news site Carthage Daily that the decision showed "
     "the value of quiet diplomacy.", "the decision", "Aïssatou Ba"),
    ("Her host, Trinidad and Tobago's Minister of Trade and Industry, Keith Ramnarine, said the government wanted "
     "Costa Rican investors in its special economic zones.", "the government", "Keith Ramnarine"),
])
def test_attribution_role_phrase_closed_by_name_round38(nlp, text, needle, expected):
    found = [(s, src) for s, src, t in _quotes(nlp, text) if t.startswith(needle)]
    assert found == [(expected, "")]


def test_attribution_inverted_hyphenated_office_round38(nlp):
    text = ("The National Council of Employers said the local-content pledges were overdue. “For the first time, a "
            "plan tells Senegalese companies that the oil and gas contracts are for them too,” said its "
            "vice-president, Mariama Sow.")
    assert [(s, src) for s, src, _ in _quotes(nlp, text, "direct")] == [("Mariama Sow", "")]
