"""pipeline_attribution, round 37: subjects the parser split out of one noun phrase are that phrase's last word (a
hyphenated office, "Its vice-chairman, X, told"; an office's capitalised words before its holder, "Foreign Affairs
and … Minister X argued"); a role resolves to the first person, in order of likelihood, whom its qualifiers fit ("the
Prime Minister" after a minister of the environment is the prime minister named before); a name the entity
recogniser reads as a place wherever it is written is no one a later "he" or "the minister" refers to."""

from __future__ import annotations

import pytest


def _quotes(nlp, text: str, kind: str = "indirect") -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.speaker or "", q.source, q.text) for q in doc._.pipeline_quotes if q.kind == kind]


@pytest.mark.parametrize(("text", "needle", "expected"), [
    ("The provincial committee said the plant would create jobs. Its vice-chairman, Trần Văn Lộc, told local media "
     "the licence carried strict conditions.", "the licence", "Trần Văn Lộc"),
    ("Japan's vice-minister of defence, Takeshi Nakahara, told parliament that Japan would deepen missile-defence "
     "cooperation.", "Japan would deepen", "Takeshi Nakahara"),
    ("Foreign Affairs and East African Cooperation Minister Mahmoud Thabit Kombo argued that the country had not "
     "written a new policy.", "the country had not", "Mahmoud Thabit Kombo"),
])
def test_attribution_split_subject_phrase_round37(nlp, text, needle, expected):
    speakers = [s for s, _, t in _quotes(nlp, text) if t.startswith(needle)]
    assert speakers == [expected]


def test_attribution_role_takes_the_holder_its_qualifiers_fit_round37(nlp):
    text = ("The strategy was presented in the presence of Prime Minister Dr. Mostafa Madbouly.\n\n"
            "Minister of Environment Yasmine Fouad said the strategy would help the country attract climate "
            "finance.\n\n"
            "The Prime Minister, for his part, stressed that the launch reflected the state's commitment to its "
            "international obligations.")
    speakers = [s for s, _, t in _quotes(nlp, text) if t.startswith("the launch")]
    assert speakers == ["Mostafa Madbouly"]


def test_attribution_place_is_no_antecedent_round37(nlp):
    text = ("South Africa's Minister of International Relations, Ronald Lamola, said Pretoria would keep pushing "
            "for free trade in Africa.\n\n"
            "On the Middle East, the minister said Pretoria would continue to support the Palestinian people. "
            "Economic diplomacy, he added, must bring investment and jobs home.")
    found = {t.split()[0]: s for s, _, t in _quotes(nlp, text)}
    assert found["Pretoria"] == "Ronald Lamola"
    assert found["Economic"] == "Ronald Lamola"
