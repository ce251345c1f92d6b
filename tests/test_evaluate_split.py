"""pipeline.evaluate.split_half: the tuning/checking halves of a training set, as code."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from pipeline.evaluate import select_half, split_half


@pytest.mark.parametrize(("doc_id", "half"), [("a", "check"), ("c", "tune"), ("news/2024-05-03_trade", "check")])
def test_evaluate_split_half_is_the_parity_of_the_doc_ids_sha256(doc_id: str, half: str) -> None:
    assert split_half(doc_id) == half
    assert (int(hashlib.sha256(doc_id.encode()).hexdigest(), 16) % 2 == 0) == (half == "tune")


def test_evaluate_split_half_divides_a_set_about_evenly() -> None:
    halves = [split_half(f"doc{i:04d}") for i in range(1000)]
    assert 400 < halves.count("tune") < 600


def test_evaluate_select_half_copies_the_gold_documents_of_one_half(tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    for doc_id in ("a", "c", "d"):
        (gold / f"{doc_id}.txt").write_text("Text.", encoding="utf-8")
        (gold / f"{doc_id}.json").write_text("{}", encoding="utf-8")
    (gold / "e.txt").write_text("No gold.", encoding="utf-8")
    out = select_half(gold, "tune", tmp_path / "tune")
    assert sorted(p.name for p in out.iterdir()) == ["c.json", "c.txt", "d.json", "d.txt"]


@pytest.mark.shared
def test_evaluate_split_half_of_polnear_train(shared: Path) -> None:
    train = shared / "benchmarks" / "polnear" / "train"
    if not train.is_dir():
        pytest.skip("no polnear/train in ../shared")
    halves = [split_half(p.stem) for p in train.glob("*.json")]
    assert (halves.count("tune"), halves.count("check")) == (446, 394)


def test_evaluate_cli_half_must_be_tune_or_check(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    result = CliRunner().invoke(app, ["evaluate", str(tmp_path), "--half", "both"])
    assert result.exit_code == 2
    assert "use tune or check" in result.output
