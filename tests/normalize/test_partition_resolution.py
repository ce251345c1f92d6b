"""Resolution from per-partition tallies: the same entities and ids as resolving the whole corpus at once."""

import pickle
import random

import pytest

from pipeline.benchmarks.synthetic_names import synthetic_corpus
from pipeline.normalize import normalize
from pipeline.normalize.collect import DocEntities
from pipeline.normalize.resolve import resolve_corpus
from pipeline.normalize.tally import PartitionTally, Tally
from pipeline.records import DocResult, Document, EntityRef, Mention, OrganizationRef


@pytest.fixture(scope="module")
def corpus():
    return synthetic_corpus(n_persons=40, n_orgs=20, n_docs=80, seed=11)


def _partitions(summaries, size, seed):
    """Tallies of partitions of ``size`` documents, merged in a shuffled order."""
    parts = [Tally.of(list(enumerate(summaries))[i:i + size]) for i in range(0, len(summaries), size)]
    random.Random(seed).shuffle(parts)
    tally = Tally()
    for part in parts:
        tally.merge(part)
    return tally


@pytest.mark.parametrize(("size", "seed"), [(1, 1), (7, 2), (1000, 3)])
def test_merged_partition_tallies_resolve_like_normalize(corpus, size, seed):
    expected = normalize(corpus.results, overrides=None)
    summaries = [DocEntities.of(r) for r in corpus.results]
    arrived = list(summaries)
    random.Random(seed).shuffle(arrived)  # the second pass may read the summaries in any order
    got = resolve_corpus(_partitions(summaries, size, seed), lambda: arrived, overrides=None)
    assert got.entities == expected.entities
    assert got.index == {}  # no per-document index is kept ...
    index = {}
    for result in corpus.results:  # ... each document's is computed when it is written
        index.update(got.scoped(result).index)
    assert index == dict(expected.index)


def test_partition_tallies_sent_by_workers_and_spooled_resolve_like_normalize(corpus):
    from pipeline.cache import Spool

    expected = normalize(corpus.results, overrides=None)
    numbered = list(enumerate(DocEntities.of(r) for r in corpus.results))
    parts = [PartitionTally.of(numbered[i:i + 9]) for i in range(0, len(numbered), 9)]
    random.Random(4).shuffle(parts)  # partitions finish in any order
    tally, spool = Tally(), Spool()
    spool.add(DocEntities.of(corpus.results[0]))  # a cached document: one summary, beside whole partitions
    for part in (pickle.loads(pickle.dumps(p)) for p in parts):  # what a Dask worker sends back
        tally.merge(part.tally)
        spool.add_pickled(part.summaries)
    spooled = list(spool)
    spool.close()
    assert spooled[0] == numbered[0][1]
    assert [e.doc_id for e in spooled[1:]] == [d for p in parts for d in p.doc_ids]  # as they came
    got = resolve_corpus(tally, lambda: spooled[1:], overrides=None)
    assert got.entities == expected.entities


def _doc(doc_id, *mentions, orgs=()):
    text = " ".join(m[1] for m in mentions)
    return DocResult(Document(doc_id=doc_id, path=f"{doc_id}.txt", text=text, sha256=doc_id), (
        ("mentions", tuple(Mention(label, key, 0, 1, 0, "persons", key) for label, key in mentions)),
        ("organizations", tuple(orgs)),
    ))


def test_short_name_joins_the_person_of_its_own_document():
    results = [
        _doc("a", ("PERSON", "Dilnoza Karimova"), ("PERSON", "Karimova")),
        _doc("b", ("PERSON", "Gulnora Karimova"), ("PERSON", "Karimova")),
        _doc("c", ("PERSON", "Karimova")),
    ]
    resolution = resolve_corpus(Tally.of(enumerate(DocEntities.of(r) for r in results)),
                                lambda: (DocEntities.of(r) for r in results), overrides=None)
    ids = [resolution.scoped(r).id(r.document.doc_id, EntityRef("PERSON", "Karimova")) for r in results]
    assert ids == ["person:dilnoza-karimova", "person:gulnora-karimova", "person:karimova"]
    assert resolution.entities == normalize(results, overrides=None).entities


def test_organization_named_by_documents_when_no_full_name_or_acronym():
    results = [_doc(d, ("ORG", key), orgs=[OrganizationRef(key, "", "", 1, ())]) for d, key in
               (("a", "the Lyceum"), ("b", "the lyceum"), ("c", "the lyceum"))]
    expected = normalize(results, overrides=None)
    assert [e.name for e in expected.entities] == ["the lyceum"]  # two documents against one
    summaries = [DocEntities.of(r) for r in results]
    got = resolve_corpus(_partitions(summaries, 1, 5), lambda: summaries, overrides=None)
    assert got.entities == expected.entities
