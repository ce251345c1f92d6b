"""loading.failed_documents: the documents that did not come out ``ok``, from a CSV or a Parquet table."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.schemas import SCHEMAS


def _documents() -> pd.DataFrame:
    rows = [("a", "ok", ""), ("bad", "error", 'E001 [bad] empty file, "no text"\nsecond line'), ("c", "skipped", "")]
    frame = pd.DataFrame({c: [""] * len(rows) for c in SCHEMAS["documents"].column_names})
    frame["doc_id"], frame["status"], frame["error"] = zip(*rows, strict=True)
    frame["n_chars"] = frame["n_words"] = 0
    return frame


@pytest.mark.parametrize("fmt", ["csv", "parquet"])
def test_failed_documents_lists_status_id_and_error_in_table_order(tmp_path: Path, fmt: str) -> None:
    from pipeline.loading import failed_documents

    path = tmp_path / f"documents.{fmt}"
    frame = _documents()
    if fmt == "csv":
        frame.to_csv(path, index=False)
    else:
        SCHEMAS["documents"].coerce(frame).to_parquet(path)
    assert list(failed_documents(path)) == [
        ("error", "bad", 'E001 [bad] empty file, "no text"\nsecond line'),
        ("skipped", "c", ""),
    ]
