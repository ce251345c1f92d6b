"""Corpus-wide resolution: quality on a synthetic corpus with known truth, stable ids, overrides, countries."""

import pytest

from pipeline.benchmarks.pairwise import pairwise_scores
from pipeline.benchmarks.synthetic_names import synthetic_corpus
from pipeline.normalize import normalize
from pipeline.normalize.clusters import read_overrides
from pipeline.records import CountryRef, DocResult, Document, Mention


@pytest.fixture(scope="module")
def corpus():
    return synthetic_corpus(n_persons=90, n_orgs=45, n_docs=120, seed=13)


@pytest.fixture(scope="module")
def resolution(corpus):
    return normalize(corpus.results, overrides=None)


def test_resolve_synthetic_corpus_is_big_enough(corpus):
    assert len(corpus.variants("PERSON") | corpus.variants("ORG")) >= 300
    assert len(corpus.entities("PERSON")) >= 80 and len(corpus.entities("ORG")) >= 40


def test_resolve_pairwise_precision_recall(corpus, resolution):
    scores = pairwise_scores(corpus.truth, {k: resolution.index.get(k, "") for k in corpus.truth})
    for label in ("PERSON", "ORG", "ALL"):
        assert scores[label]["precision"] >= 0.97, (label, scores[label])
        assert scores[label]["recall"] >= 0.95, (label, scores[label])


def test_resolve_same_ids_on_every_run(corpus, resolution):
    again = normalize(corpus.results, overrides=None)
    assert again.index == resolution.index
    assert again.entities == resolution.entities


def test_resolve_new_document_does_not_renumber_others(corpus, resolution):
    doc = DocResult(Document("zz-new", "zz-new.txt", "", ""),
                    (("mentions", (Mention("PERSON", "Quillon Vabbertz", 0, 16, 0, "test", "Quillon Vabbertz"),)),))
    grown = normalize((*corpus.results, doc), overrides=None)
    assert {k: v for k, v in grown.index.items() if k[1] != "zz-new"} == dict(resolution.index)
    assert grown.index[("PERSON", "zz-new", "Quillon Vabbertz")] == "person:quillon-vabbertz"


def _doc(doc_id, *names):
    mentions = tuple(Mention("PERSON", n, 0, len(n), 0, "test", n) for n in names)
    return DocResult(Document(doc_id, f"{doc_id}.txt", "", ""), (("mentions", mentions),))


def test_resolve_override_file_merges_and_splits(tmp_path):
    docs = [_doc("a", "Ravshan Nazarov", "Nazarov"), _doc("b", "Ravshan Nazarow"), _doc("c", "Rav Nazarov")]
    auto = normalize(docs, overrides=None)
    assert auto.index[("PERSON", "b", "Ravshan Nazarow")] == "person:ravshan-nazarov"
    assert auto.index[("PERSON", "c", "Rav Nazarov")] == "person:rav-nazarov"
    path = tmp_path / "aliases.csv"
    path.write_text("# comment\nalias,canonical,label\nRav Nazarov,Ravshan Nazarov,PERSON\n"
                    "Ravshan Nazarow,!separate,PERSON\n", encoding="utf-8")
    forced = normalize(docs, overrides=path)
    assert forced.index[("PERSON", "c", "Rav Nazarov")] == "person:ravshan-nazarov"
    assert forced.index[("PERSON", "b", "Ravshan Nazarow")] == "person:ravshan-nazarow"
    assert forced.index[("PERSON", "a", "Nazarov")] == "person:ravshan-nazarov"


def test_resolve_read_overrides_conventions(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text("alias,canonical,label\nKISS,Kazakhstan Institute for Strategic Studies,ORG\n"
                    "Ravshan Nazarova,Ravshan Nazarova,\n", encoding="utf-8")
    rules = read_overrides(path)
    assert rules.canonical_for("ORG", "kiss") == "Kazakhstan Institute for Strategic Studies"
    assert rules.canonical_for("PERSON", "KISS") is None
    assert rules.is_separate("PERSON", "RAVSHAN NAZAROVA") and rules.is_separate("ORG", "Ravshan Nazarova")


def test_resolve_committed_override_file_parses():
    from pipeline.config import MODELS

    assert not read_overrides(MODELS / "aliases.csv")


@pytest.mark.parametrize(("iso3", "name"), [("KAZ", "Kazakhstan"), ("BOL", "Bolivia"), ("RUS", "Russian Federation")])
def test_resolve_country_entity_named_by_pycountry(iso3, name):
    doc = DocResult(Document("a", "a.txt", "", ""), (
        ("mentions", (Mention("COUNTRY", "x", 0, 1, 0, "test", iso3, iso3),)),
        ("countries", (CountryRef(iso3, "x", 1, ("x",), 0),)),
    ))
    (entity,) = normalize([doc], overrides=None).entities
    assert (entity.entity_id, entity.name, entity.code, entity.n_mentions, entity.n_docs) == (
        f"country:{iso3}", name, iso3, 1, 1)


def test_resolve_entity_counts_and_aliases():
    docs = [_doc("a", "Ravshan Nazarov", "Nazarov", "Nazarov"), _doc("b", "NAZAROV Ravshan")]
    (entity,) = normalize(docs, overrides=None).entities
    assert (entity.name, entity.aliases, entity.n_mentions, entity.n_docs) == (
        "Ravshan Nazarov", ("NAZAROV Ravshan", "Nazarov"), 4, 2)
