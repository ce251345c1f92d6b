"""Claims: the learned kind model -- its features, training, saved form, and where the extractor uses it (only
for the claims its rules leave a fact)."""

from __future__ import annotations

import json

import pytest

from pipeline.claims.kind import Kind
from pipeline.claims.kind_model import FILE_NAME, KINDS, KindModel, TrainingOptions, claim_features, train
from pipeline.components.claim_kinds import ClaimKinds
from pipeline.components.claim_kinds.training import GoldClaims, gold_claims, matched
from pipeline.extractors.claims import claims, ruled_claims
from pipeline.matching import same_text


def test_features_of_a_writers_verdict(nlp):
    span = nlp("The weakness is money.")[0:4]
    assert claim_features(span, Kind("fact"), "") == [
        "rule=fact", "cue=", "rulecue=fact|", "spoken=", "root=be", "roottag=VBZ", "rootpos=AUX", "first=the",
        "w=the", "w=weakness", "w=be", "pred=money", "w=money"]


def test_features_name_the_verb_that_reports_the_claim(nlp):
    doc = nlp("The mayor argued that the bridge is too narrow.")
    span, report = doc[4:9], doc[2:3]
    assert span.text == "the bridge is too narrow" and report.text == "argued"
    features = claim_features(span, Kind("opinion", "too"), "indirect", report)
    assert features[4:8] == ["root=be", "roottag=VBZ", "rootpos=AUX", "report=argue"]


def test_features_mask_names_and_numbers_and_keep_modals(nlp):
    doc = nlp("Tallinn will spend 2 billion euros.")
    features = claim_features(doc[0:6], Kind("prediction", "will"), "indirect")
    assert features[:4] == ["rule=prediction", "cue=will", "rulecue=prediction|will", "spoken=indirect"]
    assert [f for f in features if f.startswith(("w=", "md="))] == [
        "w=<PROPN>", "md=will", "w=will", "w=spend", "w=<NUM>", "w=<NUM>", "w=euro"]


def _tiny() -> tuple[list[list[str]], list[str]]:
    rows = [(["w=weakness", "w=be"], "opinion"), (["w=weakness", "w=seem"], "opinion"),
            (["w=sign", "w=treaty"], "fact"), (["w=sign", "w=deal"], "fact"),
            (["md=will", "w=rise"], "prediction"), (["md=will", "w=fall"], "prediction"),
            (["md=should", "w=act"], "recommendation"), (["md=should", "w=wait"], "recommendation")]
    return [f for f, _ in rows], [k for _, k in rows]


def test_training_learns_the_kinds_of_its_examples():
    features, kinds = _tiny()
    model = train(features, kinds, TrainingOptions(min_count=1))
    assert [model.kind(f) for f in features] == kinds
    assert model.kind(["md=will", "w=unknown"]) == "prediction"
    assert model.about == {"claims": 8, "features": 12}


def test_training_is_deterministic_and_the_saved_model_decides_alike(tmp_path):
    features, kinds = _tiny()
    model = train(features, kinds, TrainingOptions(min_count=1))
    assert train(features, kinds, TrainingOptions(min_count=1)) == model
    model.save(tmp_path / FILE_NAME)
    loaded = KindModel.load(tmp_path / FILE_NAME)
    assert loaded == model
    assert [loaded.kind(f) for f in features] == kinds


def test_a_model_of_another_format_or_none_is_not_read(tmp_path):
    assert KindModel.load(tmp_path / FILE_NAME) is None
    (tmp_path / FILE_NAME).write_text(json.dumps({"format": 0, "kinds": list(KINDS)}), encoding="utf-8")
    assert KindModel.load(tmp_path / FILE_NAME) is None


def test_same_text_is_the_scorers_half_the_words_both_ways():
    assert same_text("the weakness is money", "The weakness, they say, is money")
    assert not same_text("the weakness is money", "The weakness is money and the lack of staff and of time")


def test_gold_claims_match_the_rules_claims_once(nlp):
    doc = nlp("The weakness is money. The plan names no partner.")
    ruled = list(ruled_claims(doc, _lexicon()))
    gold = GoldClaims(doc.text, (("The weakness is money", "opinion"), ("The weakness is money", "fact"),
                                 ("The plan names no partner", "fact")))
    assert [(r.span.text, kind) for r, kind in matched(gold, ruled)] == [
        ("The weakness is money", "opinion"), ("The plan names no partner", "fact")]


def test_a_set_listed_no_claims_gives_the_model_no_claims(tmp_path):
    from pipeline.training_sets import read_training_sets

    (tmp_path / "sets/gold").mkdir(parents=True)
    (tmp_path / "sets/gold/d1.txt").write_text("The weakness is money.", encoding="utf-8")
    (tmp_path / "sets/gold/d1.json").write_text(json.dumps({"claims": [
        {"text": "The weakness is money", "kind": "opinion"}]}), encoding="utf-8")
    listed = tmp_path / "training_sets.txt"
    listed.write_text("sets/gold\nsets/gold no-claims\n", encoding="utf-8")
    both, priorities_only = read_training_sets(listed, root=tmp_path)
    assert (both.claims, priorities_only.claims) == (True, False)
    assert [g.claims for g in gold_claims(both)] == [(("The weakness is money", "opinion"),)]
    assert list(gold_claims(priorities_only)) == []


def _lexicon():
    from pipeline.claims.lexicon import default_lexicon

    return default_lexicon()


def _always(kind: str) -> KindModel:
    """A model that says ``kind`` whatever the claim."""
    return KindModel({}, tuple(1.0 if k == kind else 0.0 for k in KINDS))


def _kinds(doc):
    return [(c.text, c.kind, c.kind_cue) for c in claims(doc)]


def test_the_model_decides_only_what_the_rules_leave_a_fact(nlp):
    doc = nlp("The harbour was closed for a week. Prices will rise next year.")
    doc._.pipeline_kind_model = _always("opinion")
    assert _kinds(doc) == [("The harbour was closed for a week", "opinion", ""),
                           ("Prices will rise next year", "prediction", "will")]
    doc._.pipeline_kind_model = _always("fact")
    assert _kinds(doc)[0] == ("The harbour was closed for a week", "fact", "")


def test_without_a_model_the_rules_decide(nlp):
    doc = nlp("The harbour was closed for a week.")
    doc._.pipeline_kind_model = None
    assert _kinds(doc) == [("The harbour was closed for a week", "fact", "")]


def test_the_component_hands_its_model_to_each_doc_and_saves_it(nlp, tmp_path):
    component = ClaimKinds("kinds")
    component.model = _always("recommendation")
    doc = component(nlp.make_doc("The harbour was closed."))
    assert doc._.pipeline_kind_model is component.model
    component.to_disk(tmp_path)
    assert ClaimKinds("kinds").from_disk(tmp_path).model == component.model
    assert ClaimKinds("kinds").from_disk(tmp_path / "absent").model is None


def test_the_assembled_pipeline_trained_a_model_on_the_gold_sets(nlp):
    pytest.importorskip("numpy")
    model = nlp.get_pipe("pipeline_claim_kinds").model
    if model is None:
        pytest.skip("no gold sets in this checkout")
    assert model.about["claims"] > 1000 and set(model.bias) != {0.0}


def test_claims_kind_model_total_does_not_depend_on_feature_order() -> None:
    # summed left to right, 1e16 + 1 - 1e16 is 0 or 1 depending on which feature comes first; the set of
    # features has the order the process's hash seed gives it, so only an exactly rounded sum is the same in
    # every worker
    model = KindModel({"a": (1e16, 0.0, 0.0, 0.0), "b": (1.0, 0.0, 0.0, 0.0), "c": (-1e16, 0.0, 0.0, 0.0)},
                      (0.0, 0.3, 0.0, 0.0))
    assert all(model.kind(order) == KINDS[0] for order in (["a", "b", "c"], ["c", "a", "b"], ["b", "c", "a"]))
