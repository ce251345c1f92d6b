"""The priority-sentence model of pipeline_policy: its features, training, saved form and use."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
import spacy
from spacy.tokens import Doc

from pipeline.components.policy import Policy
from pipeline.components.policy.lexicon import DATA_DIR
from pipeline.components.policy.sentence_features import ContextWords, doc_features, sentence_parts
from pipeline.components.policy.sentence_model import (
    FILE_NAME,
    SentenceModel,
    TrainingOptions,
    best_threshold,
    sentence_scores,
    train,
)
from pipeline.evaluate import model_sentences
from pipeline.training_sets import LIST_FILE, read_training_sets

ROOT = Path(__file__).resolve().parent.parent
WORDS = ContextWords(frozenset({"strategy", "concept"}), frozenset({"priority", "priorities"}), ("priorit",))


@pytest.fixture(scope="module")
def blank():
    """Tokenizer and sentencizer: the features read words and sentences only."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def _tiny_corpus() -> tuple[list[list[str]], list[int]]:
    positive = [["w:priority", "w:trade", "ctx:cur_prio=1"], ["w:priority", "w:energy", "ctx:cur_prio=1"],
                ["w:goals", "w:trade", "ctx:cur_prio=1"]]
    negative = [["w:police", "w:road", "ctx:cur_prio=0"], ["w:said", "w:road", "ctx:cur_prio=0"],
                ["w:police", "w:said", "ctx:cur_prio=0"], ["w:weather", "w:said", "ctx:cur_prio=0"]]
    return positive + negative, [1] * len(positive) + [0] * len(negative)


def test_sentence_features_of_a_real_sentence(blank):
    doc = blank("The Concept of 2023 sets out four priorities: trade, energy, water and jobs. Police said so.")
    (start, end, feats), (start2, _, after) = doc_features(doc, WORDS)
    assert (start, start2) == (0, doc.text.index("Police"))
    assert feats[:4] == ["w:the", "w:concept", "w:of", "w:<num>"]
    assert {"b:sets_out", "b:four_priorities", "ctx:cur_doc=1", "ctx:cur_prio=1", "ctx:year=1", "ctx:semi=1",
            "ctx:commas=2", "ctx:pos=0", "ctx:next_doc=0"} <= set(feats)
    assert {"ctx:prev_doc=1", "ctx:prev_prio=1", "prev:concept", "prev:priorities", "ctx:cur_doc=0"} <= set(after)
    assert len(feats) == len(set(feats))


def test_sentence_features_bullet_and_quote(blank):
    words = ["Its", "priorities", ":", "\n\n", "1.", "closer", "ties", "with", "“", "partners", "”"]
    spaces = [True, False, False, False, True, True, True, True, False, False, False]
    doc = Doc(blank.vocab, words=words, spaces=spaces, sent_starts=[k in (0, 4) for k in range(len(words))])
    (_, _, lead), (start, _, item) = doc_features(doc, WORDS)
    assert start == doc.text.index("1.")
    assert {"ctx:bullet=1", "ctx:quote=1", "ctx:prev_prio=1", "prev:priorities"} <= set(item)
    assert "ctx:bullet=0" in lead and item[0] == "w:<num>"  # the number of the item is a number


def test_sentence_model_training_is_deterministic():
    examples, labels = _tiny_corpus()
    options = TrainingOptions(steps=50, min_count=1)
    first = train(examples, labels, WORDS, options)
    assert first.as_dict() == train(examples, labels, WORDS, options).as_dict()
    assert first.score(["w:priority", "w:energy"]) > 0.5 > first.score(["w:police", "w:road"])


def test_sentence_model_save_load_round_trip(tmp_path):
    examples, labels = _tiny_corpus()
    model = train(examples, labels, WORDS, TrainingOptions(steps=50, min_count=1), threshold=0.4)
    model.save(tmp_path / FILE_NAME)
    loaded = SentenceModel.load(tmp_path / FILE_NAME)
    assert loaded is not None and loaded == model
    assert [loaded.score(x) for x in examples] == [model.score(x) for x in examples]
    assert SentenceModel.load(tmp_path / "missing.json") is None


def test_sentence_model_scores_parts_as_their_features(nlp, blank):
    """score_parts (the component's path: no feature names spelt) gives the very float score gives the names."""
    model = nlp.get_pipe("pipeline_policy").sentence_model
    assert model is not None
    doc = blank("The Concept of 2023 sets out four priorities: trade, energy, trade and jobs. Police said so. "
                "“Its priorities are clear,” he said; the strategy, the strategy and the plan focus on 2, 3 and 4.")
    parts = sentence_parts(doc, model.context)
    assert len(parts) == 3
    for part, (_, _, feats) in zip(parts, doc_features(doc, model.context), strict=True):
        assert model.score_parts(part) == model.score(feats)


def test_sentence_model_best_threshold():
    assert best_threshold([0.9, 0.8, 0.7, 0.2], [1, 1, 0, 0]) == 0.8
    assert best_threshold([0.9, 0.5, 0.5, 0.5, 0.1], [1, 1, 0, 0, 0]) == 0.9  # equal F1: the higher threshold


def test_sentence_model_trained_ranks_a_priority_above_news(nlp, blank):
    """The model assembled from the repository's gold sets (as `make models` trains it)."""
    model = nlp.get_pipe("pipeline_policy").sentence_model
    assert model is not None
    priority = sentence_scores(blank("The strategy gives priority to closer ties with the European Union."), model)
    news = sentence_scores(blank("Police said the road was closed on Tuesday."), model)
    assert priority[0][2] > news[0][2]
    assert priority[0][2] >= model.threshold > news[0][2]


def test_sentence_model_none_flags_nothing(blank, tmp_path):
    policy = Policy("pipeline_policy")
    doc = blank("The strategy gives priority to closer ties with the European Union.")
    assert policy.sentence_model is None  # created and never initialized with a pipeline: no model
    assert policy.flagged_sentences(doc) == frozenset() and policy.sentence_scores(doc) == []
    data = tmp_path / "policy"
    shutil.copytree(DATA_DIR, data, ignore=shutil.ignore_patterns(LIST_FILE.name))
    policy.initialize(nlp=blank, data_dir=data)  # no training_sets.txt (an installed package): no model either
    assert policy.sentence_model is None and policy.flagged_sentences(doc) == frozenset()


def test_sentence_model_training_sets_absent_are_skipped(tmp_path):
    listed = tmp_path / "training_sets.txt"
    listed.write_text("# a comment\nabsent/folder\nsets/news negatives\nsets/gold\n", encoding="utf-8")
    (tmp_path / "sets" / "news").mkdir(parents=True)
    (tmp_path / "sets" / "gold").mkdir(parents=True)
    sets = read_training_sets(listed, root=tmp_path)
    assert [(s.folder.name, s.negatives) for s in sets] == [("news", True), ("gold", False)]


def test_sentence_model_evaluate_counts_flagged_sentences(tmp_path):
    text = "The concept lists two priorities: trade and energy. Police said the road was closed.\nIt is cold."
    (tmp_path / "kz.txt").write_text(text, encoding="utf-8")
    (tmp_path / "kz.json").write_text(json.dumps({"doc_id": "kz", "policy_priorities": [
        {"text": "trade"}, {"text": "energy"}]}), encoding="utf-8")
    flagged = list(range(text.index("It is cold")))  # the first line
    found = model_sentences(tmp_path, lambda t: flagged if t == text else [])
    # "The concept lists two priorities: " and "Police said ..." are no gold sentences; "trade and energy." is
    assert (found.tp, found.fp, found.fn) == (1, 2, 0)


def test_a_changed_training_gold_file_makes_the_saved_pipeline_stale(tmp_path: Path) -> None:
    """The saved pipeline's source fingerprint covers the gold sets the model is trained on: an edited gold file
    retrains (build_nlp rebuilds a pipeline whose fingerprint differs)."""
    from pipeline.fingerprint import source_fingerprint

    package, gold = tmp_path / "pipeline", tmp_path / "tests/data/set"
    (package / "components").mkdir(parents=True)
    (package / "data/policy").mkdir(parents=True)
    (package / "data/policy/training_sets.txt").write_text("tests/data/set\n", encoding="utf-8")
    gold.mkdir(parents=True)
    (gold / "d1.txt").write_text("The strategy gives priority to trade.", encoding="utf-8")
    (gold / "d1.json").write_text('{"policy_priorities": []}', encoding="utf-8")
    before = source_fingerprint(package, package / "data")
    (gold / "d1.json").write_text('{"policy_priorities": [{"text": "trade"}]}', encoding="utf-8")
    assert source_fingerprint(package, package / "data") != before
