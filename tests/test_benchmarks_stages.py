"""The stage-CPU benchmark (pipeline/benchmarks/stages.py): a saved parse read back, every stage timed."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.benchmarks.stages import parse_corpus, stage_seconds, summary
from pipeline.config import Settings
from pipeline.nlp import COMPONENTS
from pipeline.registry import load_registry

TEXTS = {
    "a.txt": "Kazakhstan and China signed a transit deal on Monday. "
             "\"Prices will rise,\" the analyst Marat Seitkali said.",
    "b.txt": "The ministry said the new strategy should strengthen ties with Uzbekistan.",
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    folder = tmp_path / "raw"
    folder.mkdir()
    for name, text in TEXTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_saved_parse_is_read_back_and_every_stage_is_timed(nlp, corpus, tmp_path, monkeypatch):
    settings = Settings(cache=False, jobs=1)
    saved = tmp_path / "parse.spacy"
    data = parse_corpus(nlp, corpus, settings, saved)
    assert saved.read_bytes() == data

    def no_parse(*args, **kwargs):
        raise AssertionError("parsed again")

    monkeypatch.setattr(nlp, "pipe", no_parse)
    assert parse_corpus(nlp, corpus, settings, saved) == data  # the same documents: the saved parse
    extractors = load_registry().select(None)
    seconds = stage_seconds(nlp, data, extractors, reps=2)
    expected = {f"component:{n}" for n in COMPONENTS if n in nlp.pipe_names} | {
        f"extractor:{e.name}" for e in extractors} | {"components", "extractors"}
    assert set(seconds) == expected
    assert all(len(values) == 2 and min(values) >= 0 for values in seconds.values())
    figures = summary(seconds)
    assert figures["components"]["min"] <= figures["components"]["median"]
