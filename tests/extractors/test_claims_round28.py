"""Claims, round 28: the kind of an intention that describes rather than announces (an embedded question, a reason,
a generic agent, a wish in a relative clause) and of "is also to" + verb."""

from __future__ import annotations

import pytest

from pipeline.extractors.claims import claims


def _kinds(nlp, text: str) -> list[tuple[str, str]]:
    return [(c.kind, c.text) for c in claims(nlp(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ("Trade with the coastal states is also to be expanded under the new plan.",
     ("prediction", "Trade with the coastal states is also to be expanded under the new plan")),
    ("Under the plan, Ghana is also to open two consulates in Asia.",
     ("prediction", "Under the plan, Ghana is also to open two consulates in Asia")),
])
def test_claims_is_also_to_is_a_plan(nlp, text, expected):
    assert expected in _kinds(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    # an embedded question: what the text sets out, not a plan announced
    ("The white paper sets out how the government plans to finance the new ports.",
     ("fact", "The white paper sets out how the government plans to finance the new ports")),
    # a wish in a relative clause describes the noun
    ("The report lists the markets that the ministry wants to enter.",
     ("fact", "The report lists the markets that the ministry wants to enter")),
    # a pledge in a relative clause still is a plan
    ("The cabinet adopted a programme that commits 40 million dollars to rural roads.",
     ("prediction", "The cabinet adopted a programme that commits 40 million dollars to rural roads")),
])
def test_claims_an_intention_in_an_embedded_clause(nlp, text, expected):
    assert expected in _kinds(nlp, text)


@pytest.mark.parametrize(("text", "expected"), [
    ("“Nobody wants to depend on one buyer for ever,” said Ana Lopes, a coffee trader in Santos.",
     ("opinion", "Nobody wants to depend on one buyer for ever")),
    ("“Every ministry wants to show that the money is working,” said Ana Lopes, a coffee trader in Santos.",
     ("opinion", "Every ministry wants to show that the money is working")),
    ("“Growers are not selling because they want to leave,” said Ana Lopes, a coffee trader in Santos.",
     ("opinion", "Growers are not selling because they want to leave")),
])
def test_claims_a_generic_or_explained_intention_is_no_plan(nlp, text, expected):
    assert expected in _kinds(nlp, text)
