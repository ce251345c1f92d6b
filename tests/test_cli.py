"""The CLI: every command has help; smoke runs through typer's CliRunner."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()
COMMANDS = ["run", "extract", "evaluate", "report", "tables", "extractors", "models"]


@pytest.mark.parametrize("command", COMMANDS)
def test_cli_every_command_has_help(command: str) -> None:
    res = runner.invoke(app, [command, "--help"])
    assert res.exit_code == 0
    assert "Usage" in res.output


def test_cli_tables_lists_contract_columns() -> None:
    res = runner.invoke(app, ["tables"])
    assert res.exit_code == 0
    assert "quotes.csv" in res.output and "speaker_id" in res.output


def test_cli_extractors_lists_builtins_with_versions() -> None:
    res = runner.invoke(app, ["extractors"])
    assert res.exit_code == 0
    for name in ("quotes", "countries", "policy_priorities"):
        assert name in res.output


def test_cli_run_missing_folder_is_a_message_not_a_traceback(tmp_path: Path) -> None:
    res = runner.invoke(app, ["run", str(tmp_path / "nope"), "--out", str(tmp_path / "out")])
    assert res.exit_code == 2
    assert "E010" in res.output and "Traceback" not in res.output


def test_cli_python_dash_m_works() -> None:
    res = subprocess.run([sys.executable, "-m", "pipeline", "--help"], capture_output=True, text=True, check=True)
    assert "run" in res.stdout and "evaluate" in res.stdout


@pytest.mark.usefixtures("nlp")
def test_cli_run_and_extract_smoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settled = []  # the collector settings are for a CLI process, not for the test session
    monkeypatch.setattr("pipeline.cli.settle_heap", lambda: settled.append(True))
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text("Officials from Uzbekistan met NATO envoys in Brussels.\n", encoding="utf-8")
    (raw / "bad.txt").write_bytes(b"")
    res = runner.invoke(app, ["run", str(raw), "--out", str(tmp_path / "out")])
    assert res.exit_code == 3, res.output  # tables written, one document failed
    assert "E001 [bad] empty file" in res.output
    assert "\na,UZB,Uzbekistan,1,Uzbekistan,15,country:UZB\n" in (tmp_path / "out" / "countries.csv").read_text()
    assert settled == [True]  # once the first document is done (the model is loaded by then)
    strict = runner.invoke(app, ["run", str(raw), "--out", str(tmp_path / "out2"), "--strict"])
    assert strict.exit_code == 1
    shown = runner.invoke(app, ["extract", str(raw / "a.txt")])
    assert shown.exit_code == 0 and "UZB" in shown.output
