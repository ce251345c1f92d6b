"""Collecting entity summaries while results stream in gives the same resolution as normalizing the results."""

import pickle
import random

import pytest

from pipeline.benchmarks.synthetic_names import synthetic_corpus
from pipeline.normalize import normalize
from pipeline.normalize.collect import DocEntities, EntityCollector
from pipeline.normalize.resolve import resolve
from pipeline.records import DocResult, Document, Mention


@pytest.fixture(scope="module")
def corpus():
    return synthetic_corpus(n_persons=40, n_orgs=20, n_docs=60, seed=7)


def test_collect_in_any_arrival_order_resolves_like_normalize(corpus):
    expected = normalize(corpus.results, overrides=None)
    shuffled = list(corpus.results)
    random.Random(3).shuffle(shuffled)
    collected = EntityCollector()
    for result in shuffled:  # cached documents arrive before parsed ones
        collected.add(pickle.loads(pickle.dumps(DocEntities.of(result))))  # as a worker sends it
    collected.in_order(r.document.doc_id for r in corpus.results)
    got = resolve(collected, overrides=None)
    assert got.index == expected.index
    assert got.entities == expected.entities


def test_doc_entities_keep_each_mention_and_each_reference_once():
    doc = Document(doc_id="d", path="d.txt", text="Ms Karimova met Karimova.", sha256="x")
    result = DocResult(doc, (("mentions", (
        Mention("PERSON", "Karimova", 3, 11, 0, "speakers", "Karimova"),
        Mention("PERSON", "Karimova", 16, 24, 0, "speakers", "Karimova"),
    )),))
    entities = DocEntities.of(result)
    assert entities.mentions == (("PERSON", "Karimova", "Karimova"), ("PERSON", "Karimova", "Karimova"))
    assert entities.refs == (("PERSON", "Karimova"),)
