"""The sample corpus that ships in data/raw, its gold (tests/gold/sample) and a full run over it.

Gold checks need no model; the run checks build the full pipeline once (session
``nlp`` fixture) and run :func:`pipeline.run` on ``data/raw`` once per module.
"""

from __future__ import annotations

import json
from pathlib import Path

import pycountry
import pytest

from pipeline import api
from pipeline.config import RAW, Settings
from pipeline.corpus import iter_documents
from pipeline.evaluate import score
from pipeline.schemas import SCHEMAS
from pipeline.tables import load_tables

GOLD = Path(__file__).resolve().parent / "gold" / "sample"

# F1 floors on the sample corpus: modest on purpose (the extractors are still growing);
# raise them as the scores improve. Priorities have no floor yet.
F1_FLOORS = {
    "countries": 0.8,
    "speakers": 0.75,
    "quotes_direct": 0.8,
    "quotes_indirect": 0.6,
    "organizations": 0.5,
    "affiliations": 0.6,
}


def _gold() -> dict[str, dict]:
    docs = {}
    for path in sorted(GOLD.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        docs[gold["doc_id"]] = gold
    return docs


def _texts() -> dict[str, str]:
    return {d.doc_id: d.text for d in iter_documents(RAW, Settings())}


GOLD_DOCS = _gold()
NO_CACHE = Settings(cache=False)  # every run really processes the documents


# ----------------------------------------------------------------------------- the corpus itself


def test_sample_corpus_layout():
    texts = _texts()
    assert len(texts) == 10
    assert any("/" in doc_id for doc_id in texts), "doc_ids with sub-folders are exercised"
    assert any(p.suffix == ".md" for p in RAW.rglob("*") if p.is_file())
    for doc_id, text in texts.items():
        assert 250 <= len(text.split()) <= 600, doc_id


def test_sample_corpus_has_one_gold_file_per_document():
    assert sorted(GOLD_DOCS) == sorted(_texts())
    for path in GOLD.glob("*.json"):
        doc_id = json.loads(path.read_text(encoding="utf-8"))["doc_id"]
        assert path.stem == doc_id.replace("/", "__")


@pytest.mark.parametrize("doc_id", sorted(GOLD_DOCS))
def test_sample_gold_spans_are_in_the_text(doc_id):
    text, gold = _texts()[doc_id], GOLD_DOCS[doc_id]
    speakers = {s["name"] for s in gold["speakers"]}
    for quote in gold["quotes"]:
        assert quote["kind"] in {"direct", "indirect"}
        assert quote["text"] in text, quote["text"]
        assert quote["speaker"] is None or quote["speaker"] in speakers, quote["speaker"]
        if quote["kind"] == "direct":
            assert quote["text"][-1] != ",", "the attribution's comma is not part of a direct quote"
    for speaker in gold["speakers"]:
        assert speaker["name"] in text
        assert speaker["organization"] is None or speaker["organization"] in text
    for org in gold["organizations"]:
        assert org in text, org
    for priority in gold["policy_priorities"]:
        assert priority["text"] in text, priority["text"]


@pytest.mark.parametrize("doc_id", sorted(GOLD_DOCS))
def test_sample_gold_codes_are_iso3(doc_id):
    gold = GOLD_DOCS[doc_id]
    codes = list(gold["countries"]) + [s["country"] for s in gold["speakers"] if s["country"]]
    codes += [p["owner"] for p in gold["policy_priorities"]]
    for code in codes:
        assert pycountry.countries.get(alpha_3=code) is not None, code
    assert len(set(gold["countries"])) == len(gold["countries"])


# ----------------------------------------------------------------------------- a full run


@pytest.fixture(scope="module")
def corpus_run(nlp, tmp_path_factory):
    out = tmp_path_factory.mktemp("sample-run")
    result = api.run(RAW, out, nlp=nlp, settings=NO_CACHE)
    return result, out


def test_sample_run_every_document_ok(corpus_run):
    result, _ = corpus_run
    docs = result.tables["documents"]
    assert len(docs) == 10
    assert set(docs["status"]) == {"ok"}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_sample_run_tables_validate(corpus_run, name):
    result, out = corpus_run
    SCHEMAS[name].validate(result.tables[name])
    SCHEMAS[name].validate(load_tables(out)[name])


def test_sample_run_is_byte_identical(corpus_run, nlp, tmp_path):
    _, out = corpus_run
    api.run(RAW, tmp_path, nlp=nlp, settings=NO_CACHE)
    first = {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}
    second = {p.name: p.read_bytes() for p in sorted(tmp_path.glob("*.csv"))}
    assert sorted(first) == sorted(second)
    for name in first:
        assert first[name] == second[name], name


def test_sample_run_direct_quotes_are_text_spans(corpus_run):
    result, _ = corpus_run
    texts = _texts()
    quotes = result.tables["quotes"]
    direct = quotes[quotes["kind"] == "direct"]
    assert len(direct) > 0
    for row in direct.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text, (row.doc_id, row.text)


def test_sample_run_mentions_are_text_spans(corpus_run):
    result, _ = corpus_run
    texts = _texts()
    mentions = result.tables["mentions"]
    assert len(mentions) > 0
    for row in mentions.itertuples():
        assert texts[row.doc_id][row.start:row.end] == row.text, (row.doc_id, row.text)


def test_sample_run_bylines_are_not_speakers(corpus_run):
    result, _ = corpus_run
    docs, speakers = result.tables["documents"], result.tables["speakers"]
    for row in docs.dropna(subset=["byline"]).itertuples():
        names = set(speakers.loc[speakers["doc_id"] == row.doc_id, "name"].dropna())
        assert row.byline not in names, (row.doc_id, row.byline)


@pytest.fixture(scope="module")
def corpus_scores(corpus_run):
    _, out = corpus_run
    return score(GOLD, out).as_dict()


@pytest.mark.parametrize(("metric", "floor"), sorted(F1_FLOORS.items()))
def test_sample_run_scores_above_floor(corpus_scores, metric, floor):
    assert corpus_scores[metric]["f1"] >= floor, corpus_scores[metric]
