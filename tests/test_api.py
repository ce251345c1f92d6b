"""The orchestrator: run() end to end, failure isolation, determinism."""

from __future__ import annotations

from pathlib import Path

import pytest

import pipeline
from pipeline.engines import process_documents
from pipeline.records import Document
from pipeline.registry import Extractor, load_registry
from pipeline.schemas import SCHEMAS
from pipeline.tables import table_schemas

GOOD = (
    "Ministers Discuss Trade\n\n3 May 2024\n\n"
    "“Trade with China will grow,” said Aigerim Nurlanova, deputy minister at the Ministry of Trade of Kazakhstan.\n"
)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    raw = tmp_path_factory.mktemp("raw")
    (raw / "news").mkdir()
    (raw / "news" / "trade.txt").write_text(GOOD, encoding="utf-8")
    (raw / "empty.txt").write_bytes(b"")
    (raw / "junk.txt").write_bytes(b"\x7fELF\x02\x01\x01" + bytes(range(256)) * 8)
    (raw / "latin.txt").write_bytes("Le ministre a visité la Géorgie.\n".encode("latin-1"))
    return raw


@pytest.fixture(scope="module")
def result(corpus: Path, nlp, tmp_path_factory: pytest.TempPathFactory):
    return pipeline.run(corpus, tmp_path_factory.mktemp("out"), nlp=nlp)


def test_api_run_writes_every_contract_table(result) -> None:
    written = [s.name for s in table_schemas(list(load_registry()))]  # the contract's and extensions' tables
    assert set(SCHEMAS) <= set(written)
    assert sorted(p.stem for p in result.out_dir.glob("*.csv")) == sorted(written)
    assert [p.name for p in result.out_dir.iterdir() if p.name.startswith(".") and p.name != ".cache"] == []
    for name, schema in SCHEMAS.items():
        schema.validate(result.tables[name])


def test_api_bad_files_are_reported_and_the_rest_processed(result) -> None:
    docs = result.tables["documents"].set_index("doc_id")
    assert docs.loc["news/trade", "status"] == "ok"
    assert docs.loc["latin", "status"] == "ok"
    assert docs.loc["empty", "status"] == "error" and docs.loc["empty", "error"].startswith("E001")
    assert docs.loc["junk", "status"] == "error" and docs.loc["junk", "error"].startswith("E002")
    assert docs.loc["news/trade", "published"] == "2024-05-03"
    assert result.n_failed == 2
    countries = result.tables["countries"]
    assert set(countries[countries["doc_id"] == "news/trade"]["iso3"]) >= {"KAZ", "CHN"}


def test_api_two_runs_are_byte_identical(corpus: Path, nlp, result, tmp_path: Path) -> None:
    pipeline.run(corpus, tmp_path, nlp=nlp)
    for path in sorted(result.out_dir.glob("*.csv")):
        assert (tmp_path / path.name).read_bytes() == path.read_bytes(), path.name


def test_api_offsets_point_into_the_text(result, corpus: Path) -> None:
    text = (corpus / "news" / "trade.txt").read_text(encoding="utf-8")
    mentions = result.tables["mentions"]
    for _, m in mentions[mentions["doc_id"] == "news/trade"].iterrows():
        assert text[m["start"]:m["end"]] == m["text"]


def test_api_crashing_extractor_costs_only_its_rows(nlp) -> None:
    def broken(doc):
        raise RuntimeError("boom")
        yield  # pragma: no cover

    extractors = [*load_registry(plugins=False).select(["countries"]), Extractor("speakers", broken)]
    doc = Document("d", "d.txt", "Officials from Kazakhstan met.", "0" * 64)
    (res,) = process_documents(nlp, extractors, [doc], batch_size=4)
    assert res.document.status == "error"
    assert "E006 [d] extractor 'speakers' failed: RuntimeError: boom" in res.document.error
    assert [c.iso3 for c in res.table("countries")] == ["KAZ"]


def test_api_run_counts_rows_without_loading_the_tables(result) -> None:
    """The CLI's summary comes from counts kept while writing (and saved in run.json for up-to-date reruns)."""
    assert result.rows == {name: len(frame) for name, frame in result.tables.items()}
    assert result.rows["documents"] == 4 and result.rows["quotes"] >= 1
    assert pipeline.api.run_manifest(result.out_dir)["rows"] == result.rows
