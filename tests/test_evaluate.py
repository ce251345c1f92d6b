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


def _claims_run(tmp_path: Path) -> tuple[Path, Path]:
    """A gold folder with one document's claims and an output folder with its claims.csv and entities.csv."""
    import json

    import pandas as pd

    from pipeline.schemas import SCHEMAS
    from pipeline.tables import write_tables

    gold, out = tmp_path / "gold", tmp_path / "out"
    gold.mkdir()
    (gold / "d.json").write_text(json.dumps({"doc_id": "d", "annotated": [], "countries": ["KAZ"],
                                             "organizations": ["CSTO"], "claims": [
        {"text": "Kazakhstan will leave the alliance next year", "claimant": "Aigerim Bekova",
         "kind": "prediction", "hedged": False, "about": ["KAZ"]},
        {"text": "the CSTO may expand its peacekeeping mandate", "claimant": "Ministry of Defence",
         "kind": "prediction", "hedged": True, "about": ["CSTO"]},
        {"text": "The treaty was signed in Dushanbe in 1992", "claimant": None, "kind": "fact", "hedged": False,
         "about": []}]}), encoding="utf-8")
    rows = [("c1", "Aigerim Bekova", "Kazakhstan will leave the alliance next year", "country:KAZ", "prediction",
             "false"),
            ("c2", "Ministry of Defence", "the CSTO may expand its peacekeeping mandate", "org:csto", "opinion",
             "true"),
            ("c3", "", "Trade with China doubled in 2023", "", "fact", "false")]
    claims = pd.DataFrame([{"doc_id": "d", "claim_id": f"d#{cid}", "claimant_id": "", "claimant": who,
                            "quote_id": "", "text": text, "about": about, "start": 0, "end": 1, "kind": kind,
                            "hedged": hedged, "kind_cue": "", "hedge": ""}
                           for cid, who, text, about, kind, hedged in rows])
    entities = pd.DataFrame([{"entity_id": "org:csto", "label": "ORG", "code": "CSTO", "aliases": "CSTO",
                              "name": "Collective Security Treaty Organization", "n_mentions": 1, "n_docs": 1}])
    frames = {name: schema.empty() for name, schema in SCHEMAS.items()}
    frames["claims"] = SCHEMAS["claims"].coerce(claims)
    frames["entities"] = SCHEMAS["entities"].coerce(entities)
    write_tables(frames, out)
    return gold, out


def test_evaluate_claims_figures(tmp_path: Path) -> None:
    gold, out = _claims_run(tmp_path)
    scores = score(gold, out)
    assert scores.as_dict()["claims"] == {"p": 0.667, "r": 0.667, "f1": 0.667, "tp": 2, "fp": 1, "fn": 1}
    assert scores.as_dict()["claims_about"]["f1"] == 1.0  # KAZ by code, CSTO through entities.csv
    assert scores.figures == {"attribution_accuracy": None, "claims_claimant": 1.0, "claims_kind": 0.5,
                              "claims_kind_macro_f1": 0.333, "claims_hedged": 1.0}


def test_evaluate_claims_figures_agree_with_the_shared_scorer(shared: Path, tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("shared_score", shared / "tools" / "score.py")
    reference = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(reference)
    gold, out = _claims_run(tmp_path)
    theirs = reference.score(str(gold), str(out))
    ours = score(gold, out)
    assert {k: v for k, v in ours.as_dict().items() if k.startswith("claims")} == {
        k: v for k, v in theirs.items() if k.startswith("claims") and isinstance(v, dict)}
    assert {k: v for k, v in ours.figures.items() if k.startswith("claims")} == {
        k: v for k, v in theirs.items() if k.startswith("claims") and not isinstance(v, dict)}
