"""Stage 5 (write): schemas, typed frames, atomic deterministic CSVs, the loader."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from pipeline.errors import PipelineError
from pipeline.schemas import QUOTES, SCHEMAS
from pipeline.tables import load_tables, read_table, write_tables

CONTRACT_COLUMNS = {
    "documents": "doc_id, path, title, published, n_chars, n_words, sha256, status, error",
    "mentions": "doc_id, mention_id, entity_id, label, text, start, end, sentence_start, extractor",
    "entities": "entity_id, label, name, code, aliases, n_mentions, n_docs",
    "speakers": "doc_id, speaker_id, name, role, organization, country, n_quotes",
    "affiliations": "doc_id, person_id, person, role, organization_id, organization, country, start, end, evidence",
    "quotes": "doc_id, quote_id, speaker_id, speaker, source_id, source, kind, cue, text, start, end, confidence",
    "claims": "doc_id, claim_id, claimant_id, claimant, quote_id, kind, hedged, text, about, start, end",
    "countries": "doc_id, iso3, name, n_mentions, surface_forms, first_start",
    "organizations": "doc_id, organization_id, name, acronym, n_mentions, surface_forms",
    "policy_priorities": "doc_id, priority_id, owner_iso3, document, period_start, period_end, adopted, rank, "
    "priority, partner, partner_code, relation, speaker_id, start, end",
}


@pytest.mark.parametrize("name", sorted(CONTRACT_COLUMNS))
def test_tables_schema_keeps_the_contract_columns_in_order(name: str) -> None:
    contract = [c.strip() for c in CONTRACT_COLUMNS[name].split(",")]
    assert SCHEMAS[name].column_names[: len(contract)] == contract


@pytest.mark.shared
def test_tables_schema_keeps_the_shared_contracts_columns_in_order(shared: Path) -> None:
    """Every table of the shared CONTRACT.md, its columns in its order, leads our schema."""
    rows = [line.split("|") for line in (shared / "CONTRACT.md").read_text(encoding="utf-8").splitlines()
            if line.startswith("| ") and ".csv |" in line]
    contract = {cells[1].strip().removesuffix(".csv"): re.sub(r"\s*\(.*?\)", "", cells[3]) for cells in rows}
    assert contract, "no table rows found in CONTRACT.md"
    for name, columns in contract.items():
        expected = [c.strip() for c in columns.split(",")]
        assert SCHEMAS[name].column_names[: len(expected)] == expected, name


def test_tables_all_ten_tables_are_declared() -> None:
    assert sorted(SCHEMAS) == sorted(CONTRACT_COLUMNS)


def _quote_rows() -> pd.DataFrame:
    return pd.DataFrame(
        [
            {"doc_id": "b", "quote_id": "b#q1", "speaker_id": "", "speaker": "", "source_id": "org:eu",
             "source": "European Union", "kind": "indirect", "cue": "noted",
             "text": "Trade, it said, grew", "start": 5, "end": 25, "confidence": 0.5},
            {"doc_id": "a", "quote_id": "a#q1", "speaker_id": "person:x", "speaker": "X", "source_id": "",
             "source": "", "kind": "direct", "cue": "said", "text": "We agree.", "start": 1, "end": 10,
             "confidence": 0.9},
        ]
    )


def test_tables_coerce_types_and_empty_cells() -> None:
    frame = QUOTES.coerce(_quote_rows())
    QUOTES.validate(frame)
    assert str(frame["start"].dtype) == "Int64"
    assert str(frame["confidence"].dtype) == "Float64"
    assert frame.loc[0, "speaker_id"] is pd.NA


def test_tables_validate_rejects_duplicate_keys() -> None:
    frame = QUOTES.coerce(pd.concat([_quote_rows(), _quote_rows()]))
    with pytest.raises(ValueError, match="duplicate key"):
        QUOTES.validate(frame)


def test_tables_write_then_load_roundtrips_dtypes(tmp_path: Path) -> None:
    frame = QUOTES.coerce(_quote_rows()).sort_values(QUOTES.sort_by).reset_index(drop=True)
    write_tables({"quotes": frame, "documents": SCHEMAS["documents"].empty()}, tmp_path)
    text = (tmp_path / "quotes.csv").read_text(encoding="utf-8")
    assert text.splitlines()[0] == ",".join(QUOTES.column_names)
    assert '"Trade, it said, grew"' in text
    loaded = load_tables(tmp_path)
    assert set(loaded) == {"quotes", "documents"}
    pd.testing.assert_frame_equal(loaded["quotes"], frame)
    assert list(tmp_path.glob("*.tmp")) == [] and list(tmp_path.glob(".*")) == []


def test_tables_write_is_byte_identical_twice(tmp_path: Path) -> None:
    frame = QUOTES.coerce(_quote_rows())
    write_tables({"quotes": frame}, tmp_path / "one")
    write_tables({"quotes": frame}, tmp_path / "two")
    assert (tmp_path / "one" / "quotes.csv").read_bytes() == (tmp_path / "two" / "quotes.csv").read_bytes()


def test_tables_failed_write_leaves_previous_table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    frame = QUOTES.coerce(_quote_rows())
    write_tables({"quotes": frame}, tmp_path)
    before = (tmp_path / "quotes.csv").read_bytes()

    def boom(*args, **kwargs):
        raise OSError("disk full")

    monkeypatch.setattr("pipeline.tables.os.replace", boom)
    with pytest.raises(OSError):
        write_tables({"quotes": frame.iloc[:1]}, tmp_path)
    assert (tmp_path / "quotes.csv").read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["quotes.csv"]


def test_tables_read_unknown_table_as_strings(tmp_path: Path) -> None:
    (tmp_path / "treaties.csv").write_text("doc_id,treaty,year\na,Treaty of X,1992\n")
    frame = read_table(tmp_path / "treaties.csv")
    assert frame.loc[0, "year"] == "1992"


def _damaged_out(tmp_path: Path, csv_text: str) -> Path:
    write_tables({"quotes": QUOTES.empty()}, tmp_path)
    (tmp_path / "quotes.csv").write_text(csv_text, encoding="utf-8")
    return tmp_path


def test_tables_damaged_csv_names_table_and_line(tmp_path: Path) -> None:
    header = ",".join(QUOTES.column_names)
    row = ",".join(["d"] * len(QUOTES.column_names)).replace("d", "1")
    out = _damaged_out(tmp_path, f"{header}\n{row}\n{row},extra,cells\n")
    with pytest.raises(PipelineError, match=r"^E043 table quotes \(.*quotes.csv\) is damaged at line 3: "):
        load_tables(out)


def test_tables_non_number_in_a_number_column_names_the_line(tmp_path: Path) -> None:
    cols = QUOTES.column_names
    good = {c: "1" for c in cols}
    bad = {**good, "start": "twelve"}
    lines = [",".join(cols), *(",".join(r[c] for c in cols) for r in (good, good, bad))]
    out = _damaged_out(tmp_path, "\n".join(lines) + "\n")
    with pytest.raises(PipelineError, match=r"^E043 table quotes .* at line 4: column start: "):
        load_tables(out)


def test_tables_cli_report_on_a_damaged_table_is_exit_2(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from pipeline.cli import app

    out = _damaged_out(tmp_path, "doc_id,quote_id\n\"unterminated\n")
    res = CliRunner().invoke(app, ["report", str(out)])
    assert res.exit_code == 2 and "E043 table quotes" in " ".join(res.output.split())
    assert "Traceback" not in res.output


@pytest.mark.parametrize(("value", "written"), [("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")"), ("+7 701", "'+7 701"),
                                                 ("-1 said", "'-1 said"), ("@SUM(A1)", "'@SUM(A1)"),
                                                 ("Astana", "Astana")])
def test_tables_excel_safe_prefixes_formula_cells(tmp_path: Path, value: str, written: str) -> None:
    from pipeline.tables import TableWriter

    for safe, expected in ((False, value), (True, written)):
        with TableWriter(tmp_path, [SCHEMAS["documents"]], excel_safe=safe) as writer:
            writer.append("documents", [{"doc_id": "d", "title": value, "n_chars": 5, "status": "ok"}])
            writer.commit()
        frame = pd.read_csv(tmp_path / "documents.csv", dtype="string", keep_default_na=False)
        assert frame.loc[0, "title"] == expected and frame.loc[0, "n_chars"] == "5"
