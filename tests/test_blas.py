"""pipeline/blas.py: the model multiplies through numpy's BLAS, on one thread, with the same annotations."""

from __future__ import annotations

import pytest
from threadpoolctl import threadpool_info
from typer.testing import CliRunner

from pipeline.cache import code_fingerprint
from pipeline.components.base_model.blas import cpu_layers, one_blas_thread, use_blas, uses_numpy_blas
from pipeline.config import Settings
from pipeline.engines import process_documents
from pipeline.records import Document
from pipeline.registry import load_registry

TEXTS = [
    "Tatiana Kotyukova, researcher at the Institute of General History, noted that Kazakhstan's Foreign "
    "Policy Concept names Russia and China first. \"The region needs water deals,\" she said in Almaty on "
    "Tuesday.",
    "The European Union pledged 12 million euros to the programme, a spokesman for the Commission told "
    "reporters in Brussels, while Uzbek officials declined to comment.",
]


def _blas_threads() -> list[int]:
    return [lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"]


def _annotations(doc):
    return [(t.tag_, t.pos_, t.morph.key, t.lemma_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start)
            for t in doc]


@pytest.fixture(scope="module")
def own_base(base_nlp):
    """A second copy of the base model, free to change (the session fixtures stay as spaCy ships them)."""
    import spacy

    from pipeline.nlp import base_model_name

    return spacy.load(base_model_name(Settings()))


def test_use_blas_switches_every_layer_and_back(own_base):
    use_blas(own_base, "numpy")
    layers = list(cpu_layers(own_base))
    assert len(layers) > 20 and not any(node.ops.use_blis for node in layers)
    assert uses_numpy_blas(own_base)
    use_blas(own_base, "blis")
    assert all(node.ops.use_blis for node in cpu_layers(own_base))
    assert not uses_numpy_blas(own_base)


def test_use_blas_rejects_an_unknown_name(own_base):
    with pytest.raises(ValueError, match="unknown BLAS 'mkl'"):
        use_blas(own_base, "mkl")


def test_numpy_blas_gives_spacys_annotations(own_base, base_nlp):
    use_blas(own_base, "numpy")
    with one_blas_thread():
        ours = list(own_base.pipe(TEXTS))
    theirs = list(base_nlp.pipe(TEXTS))
    assert [_annotations(d) for d in ours] == [_annotations(d) for d in theirs]
    assert [(e.text, e.label_) for e in ours[0].ents][:2] == [("Tatiana Kotyukova", "PERSON"),
                                                             ("the Institute of General History", "ORG")]


def test_build_nlp_multiplies_through_numpy_unless_told_blis():
    from pipeline.nlp import build_nlp

    assert uses_numpy_blas(build_nlp(Settings()))
    assert not uses_numpy_blas(build_nlp(Settings(blas="blis")))


def test_one_blas_thread_inside_the_block_only():
    before = _blas_threads()
    assert before, "numpy's BLAS is loaded"
    with one_blas_thread():
        assert _blas_threads() == [1] * len(before)
    assert _blas_threads() == before


def test_documents_are_processed_on_one_blas_thread(nlp):
    seen = []
    docs = [Document(doc_id=f"d{i}", path=f"d{i}.txt", text=text, sha256=str(i)) for i, text in enumerate(TEXTS)]
    for result in process_documents(nlp, load_registry().select(["quotes"]), docs, batch_size=2):
        seen.append(_blas_threads())
        assert result.document.status != "error"
    assert seen and all(set(threads) == {1} for threads in seen)


def test_the_blas_is_part_of_the_cache_key():
    extractors = load_registry().select(None)
    assert code_fingerprint(Settings(blas="numpy"), extractors) != code_fingerprint(Settings(blas="blis"), extractors)


def test_cli_rejects_an_unknown_blas(tmp_path):
    from pipeline.cli import app

    res = CliRunner().invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "out"), "--blas", "mkl"])
    assert res.exit_code == 2
    assert "unknown BLAS 'mkl'" in res.output
