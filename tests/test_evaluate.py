"""Our evaluate() agrees with the shared scorer, metric by metric."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

import pipeline
from pipeline.config import Settings
from pipeline.evaluate import overlap, same_org, same_person, score


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [("Trump", "Donald Trump", True), ("Dr. Ravshan Nazarov", "Ravshan Nazarov", True),
     ("Kassym-Jomart Tokayev", "Kassym-Zhomart Tokayev", True), ("Ravshan Nazarov", "Rustam Nazarov", False)],
)
def test_evaluate_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same


def test_evaluate_same_org_and_overlap() -> None:
    assert same_org("the European Union", "European Union")
    assert not same_org("NATO", "OSCE")
    assert overlap("a b c d", "a b x") == (0.5, 2 / 3)


@pytest.mark.parametrize("gold_set", ["seeds", "devset/policy"])
def test_evaluate_agrees_with_the_shared_scorer(shared: Path, gold_set: str, tmp_path: Path, nlp) -> None:
    spec = importlib.util.spec_from_file_location("shared_score", shared / "tools" / "score.py")
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    gold = shared / gold_set
    pipeline.run(gold, tmp_path, nlp=nlp, settings=Settings(suffixes=(".txt",), cache=False))
    ours = score(gold, tmp_path)
    theirs = reference.score(str(gold), str(tmp_path))
    assert ours.as_dict() == {k: v for k, v in theirs.items() if isinstance(v, dict)}
    assert ours.figures == {k: v for k, v in theirs.items() if not isinstance(v, dict | list)}
