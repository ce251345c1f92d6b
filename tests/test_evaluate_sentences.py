"""pipeline.evaluate.priority_sentences: whether a policy miss is a sentence never read or an item read wrongly."""

from __future__ import annotations

import json
from pathlib import Path

import pipeline
from pipeline.config import Settings
from pipeline.evaluate import priority_sentences, sentence_bounds

TEXT = (
    "Kazakhstan adopted its Foreign Policy Concept in March 2020. Among its priorities the concept lists alliance"
    " relations with Russia and a comprehensive strategic partnership with China.\n\n"
    "The document also calls for closer ties with the European Union. Cooperation with Mongolia, meanwhile, gets"
    " a paragraph of its own.\n\n"
    "The weather in Astana was cold.\n"
)


def _priority(partner: str, code: str, relation: str, text: str) -> dict:
    return {"owner": "KAZ", "document": "Foreign Policy Concept", "period_start": None, "period_end": None,
            "adopted": "2020-03", "partner": partner, "partner_code": code, "relation": relation, "text": text}


def test_sentence_bounds_cut_at_end_punctuation_and_line_breaks() -> None:
    text = "It sets two goals: growth and jobs. Next.\nEnd"
    assert [text[a:b] for a, b in sentence_bounds(text)] == ["It sets two goals: ", "growth and jobs. ", "Next.\n",
                                                               "End"]
    assert sentence_bounds("") == []


def test_priority_sentences_counts_sentences_not_rows(tmp_path: Path, nlp) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "kz.txt").write_text(TEXT, encoding="utf-8")
    (gold / "kz.json").write_text(json.dumps({"doc_id": "kz", "policy_priorities": [
        _priority("Russia", "RUS", "alliance relations", "alliance relations with Russia"),
        _priority("China", "CHN", "comprehensive strategic partnership",
                  "a comprehensive strategic partnership with China"),
        _priority("European Union", "EU", "closer ties", "closer ties with the European Union"),
        _priority("Mongolia", "MNG", "cooperation", "Cooperation with Mongolia"),
    ]}), encoding="utf-8")
    pipeline.run(gold, tmp_path / "out", nlp=nlp, settings=Settings(suffixes=(".txt",), cache=False))

    found = priority_sentences(gold, tmp_path / "out")

    # three rows in two sentences (Russia and China share one); the Mongolia sentence is never read
    assert (found.tp, found.fp, found.fn) == (2, 0, 1)
    assert round(found.recall, 3) == 0.667
