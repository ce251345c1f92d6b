"""pipeline_attribution, round 35: the first words of an organization the text names in full are a source,
not a speaker; a
role resolves to the person named after it and their own titles ("Prime Minister Dr. X"), past an aside ("the
Prime Minister, for his part,"); an office with "without"/"for" in it ("Minister without Portfolio X") is held by
the name it closes."""

from __future__ import annotations

import pytest


def _quotes(nlp, text: str, kind: str = "indirect") -> list[tuple[str, str, str]]:
    doc = nlp(text)
    return [(q.speaker or "", q.source, q.text) for q in doc._.pipeline_quotes if q.kind == kind]


@pytest.mark.parametrize(("text", "expected"), [
    # the short form of an organization named in full before
    ("Brenntal Autoteile will close its plant, the company told workers on Monday. In a statement, Brenntal said "
     "falling orders from European carmakers had made the plant \"no longer viable\".",
     ("", "Brenntal", "falling orders from European carmakers had made the plant \"no longer viable\"")),
])
def test_attribution_place_or_body_is_a_source(nlp, text, expected):
    assert expected in _quotes(nlp, text)


@pytest.mark.parametrize(("text", "needle", "expected"), [
    ("The strategy was presented in the presence of Prime Minister Dr. Mostafa Madbouly and was prepared under the "
     "supervision of the National Council for Climate Change. The Minister of Environment spoke first. The Prime "
     "Minister, for his part, stressed that the launch reflected the state's commitment to its international "
     "obligations.", "the launch reflected", "Mostafa Madbouly"),
    ("Minister without Portfolio Edmond Ademi said the diaspora was the country's largest embassy in the world.",
     "the diaspora", "Edmond Ademi"),
    ("\"The scenario was built on what we actually see in the region,\" said Kadri Lepik, undersecretary for cyber "
     "policy at the Estonian Ministry of Defence. The undersecretary said the number of hostile operations had "
     "roughly tripled since 2022.", "the number of hostile", "Kadri Lepik"),
])
def test_attribution_role_speakers_round35(nlp, text, needle, expected):
    speakers = [s for s, _, t in _quotes(nlp, text) if t.startswith(needle)]
    assert len(speakers) == 1 and expected in speakers[0]
