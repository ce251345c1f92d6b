"""Claims, round 26: the training sets only the claims-kind model reads (``FOLDER claims-only``)."""

from __future__ import annotations

import json

from pipeline.components.claim_kinds.training import gold_claims
from pipeline.training_sets import read_training_sets


def _one_set(tmp_path, options: str):
    (tmp_path / "sets/gold").mkdir(parents=True)
    (tmp_path / "sets/gold/d1.txt").write_text("The harbour will reopen in May.", encoding="utf-8")
    (tmp_path / "sets/gold/d1.json").write_text(json.dumps({"claims": [
        {"text": "The harbour will reopen in May", "kind": "prediction"}]}), encoding="utf-8")
    listed = tmp_path / "training_sets.txt"
    listed.write_text(f"sets/gold {options}\n", encoding="utf-8")
    (training_set,) = read_training_sets(listed, root=tmp_path)
    return training_set


def test_a_set_listed_claims_only_is_read_by_the_kind_model_alone(tmp_path):
    training_set = _one_set(tmp_path, "claims-only")
    assert (training_set.claims, training_set.priorities, training_set.negatives) == (True, False, False)
    assert [g.claims for g in gold_claims(training_set)] == [(("The harbour will reopen in May", "prediction"),)]


def test_a_set_listed_without_options_is_read_by_both_models(tmp_path):
    training_set = _one_set(tmp_path, "")
    assert (training_set.claims, training_set.priorities, training_set.negatives) == (True, True, False)


def test_a_set_listed_no_claims_is_read_by_the_priority_model_alone(tmp_path):
    training_set = _one_set(tmp_path, "no-claims")
    assert (training_set.claims, training_set.priorities) == (False, True)
    assert list(gold_claims(training_set)) == []
