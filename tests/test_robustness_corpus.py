"""A mixed, partly broken corpus: good documents give rows, bad ones a status and a clear message."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.api import run
from pipeline.config import Settings

from .test_readers import PAGE, make_pdf

GOOD_TXT = (
    "Ministers Meet in Astana\n\n"
    "ASTANA, 3 May 2024. Kazakhstan and China agreed to expand transit, "
    "Foreign Minister Aliya Serikova said. \u201cThe corridor is our priority,\u201d Serikova told reporters.\n"
)
RU = "Министр иностранных дел Казахстана заявил, что Астана готова к диалогу.\n"
UTF16 = "Talks in Tashkent\n\nUzbekistan and Kyrgyzstan signed a water agreement on Friday.\n"
PDF_LINES = ["Armenia and France discussed security cooperation in Yerevan."]


@pytest.fixture(scope="module")
def mixed_run(nlp, tmp_path_factory) -> tuple[dict, Path]:
    raw = tmp_path_factory.mktemp("mixed-raw")
    files = {
        "good.txt": GOOD_TXT.encode("utf-8"),
        "news/page.html": PAGE.encode("utf-8"),
        "ru/cp1251.txt": RU.encode("cp1251"),
        "utf16.md": UTF16.encode("utf-16"),
        "report.pdf": make_pdf(PDF_LINES),
        "broken/truncated.pdf": make_pdf(PDF_LINES)[:250],
        "broken/junk.txt": bytes(range(256)) * 8,
        "broken/empty.txt": b"",
        "big.txt": b"Kazakhstan " * 400,
    }
    for rel, data in files.items():
        (raw / rel).parent.mkdir(parents=True, exist_ok=True)
        (raw / rel).write_bytes(data)
    out = tmp_path_factory.mktemp("mixed-out")
    settings = Settings(max_bytes=3000, jobs=1, cache=False)
    result = run(raw, out, settings=settings, nlp=nlp)
    return result.tables, out


@pytest.mark.parametrize(
    ("doc_id", "status", "encoding", "message"),
    [
        ("good", "ok", "utf-8", ""),
        ("news/page", "ok", "utf-8", ""),
        ("ru/cp1251", "ok", "cp1251", ""),
        ("utf16", "ok", "utf-16", ""),
        ("report", "ok", "pdf", ""),
        ("broken/truncated", "error", "", "broken PDF"),
        ("broken/junk", "error", "", "binary content"),
        ("broken/empty", "error", "", "empty file"),
        ("big", "skipped", "", "over the limit of 3,000"),
    ],
)
def test_robustness_corpus_document_status(mixed_run, doc_id, status, encoding, message):
    docs = mixed_run[0]["documents"].set_index("doc_id")
    row = docs.loc[doc_id]
    assert row["status"] == status
    assert ("" if pd.isna(row["encoding"]) else row["encoding"]) == encoding
    if message:
        assert message in row["error"] and doc_id in row["error"]


@pytest.mark.parametrize(
    ("doc_id", "iso3"),
    [("good", {"KAZ", "CHN"}), ("news/page", {"KAZ", "CHN"}), ("utf16", {"UZB", "KGZ"}), ("report", {"ARM", "FRA"})],
)
def test_robustness_corpus_good_documents_have_rows(mixed_run, doc_id, iso3):
    countries = mixed_run[0]["countries"]
    assert iso3 <= set(countries.loc[countries["doc_id"] == doc_id, "iso3"])


def test_robustness_corpus_offsets_point_into_decoded_text(mixed_run):
    from pipeline.corpus import read_document

    tables, _ = mixed_run
    raw_dir = None
    mentions = tables["mentions"]
    assert len(mentions)
    for doc_id, group in mentions.groupby("doc_id"):
        path = tables["documents"].set_index("doc_id").loc[doc_id, "path"]
        raw_dir = raw_dir or _raw_root(mixed_run)
        text = read_document(raw_dir / path, raw_dir, Settings()).text
        for m in group.itertuples():
            assert text[m.start:m.end] == m.text


def _raw_root(mixed_run) -> Path:
    import json

    return Path(json.loads((mixed_run[1] / "run.json").read_text())["raw_dir"])


def test_robustness_corpus_report_lists_failures(mixed_run, tmp_path):
    from pipeline.report import write_report

    html = write_report(mixed_run[1], _raw_root(mixed_run), tmp_path / "r.html").read_text(encoding="utf-8")
    for doc_id in ("broken/truncated", "broken/junk", "broken/empty", "big"):
        assert f'data-doc-id="{doc_id}"' in html
    assert "over the limit of 3,000" in html
