"""pipeline_attribution, round 36: a one-word place the entity recogniser tags as one (and the text writes in no
person's name) is a source, not a speaker ("Beijing, for its part, rejected …"); a city's plan stays a statement
("Philadelphia plans to …"); "the Pope" after "Pope Francis" is that person; a role resolves to the person whose
office, written before the name, holds it ("Vice-Minister of Planning Rodrigo Quispe … the vice-minister said")."""

from __future__ import annotations

import pytest


def _quotes(nlp, text: str, kind: str = "indirect") -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.speaker or "", q.source, q.text) for q in doc._.pipeline_quotes if q.kind == kind]


@pytest.mark.parametrize(("text", "expected"), [
    ("John Healey, the shadow defence secretary, said the extra money did not make up for the cuts. Beijing, for "
     "its part, rejected the description of China as a challenge, saying that London should view the country's "
     "development objectively.",
     ("", "Beijing", "the description of China as a challenge")),
    ("The commission will meet again in September. Baku, however, insists that the treaty cannot be signed until "
     "Armenia removes a preamble reference to territorial claims.",
     ("", "Baku", "the treaty cannot be signed until Armenia removes a preamble reference to territorial claims")),
    ("Philadelphia plans to give rallies more leeway.", ("", "Philadelphia", "to give rallies more leeway")),
])
def test_attribution_place_is_a_source_round36(nlp, text, expected):
    assert expected in _quotes(nlp, text)


@pytest.mark.parametrize(("text", "needle", "expected"), [
    ("Pope Francis, hoarse from a cold, handed much of the reading to an aide. The Pope asked rich countries to "
     "forgive the debts of the poorest nations.", "rich countries", "Pope Francis"),
    ("The plan is a plan \"to produce, not only to export\", Vice-Minister of Planning Rodrigo Quispe told members "
     "of a chamber in La Paz. On trade, the vice-minister said the plan aims at deeper integration with Mercosur.",
     "the plan aims", "Rodrigo Quispe"),
])
def test_attribution_role_speakers_round36(nlp, text, needle, expected):
    speakers = [s for s, _, t in _quotes(nlp, text) if t.startswith(needle)]
    assert speakers == [expected]
