"""The no-change rerun (pipeline/rerun.py): told without spaCy, and every change still makes the run work."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline import api, rerun
from pipeline.config import Settings
from pipeline.fingerprint import PACKAGE, package_fingerprint, source_fingerprint
from pipeline.guard import FolderLock
from pipeline.registry import builtin_only

TEXTS = {
    "talks": "Kazakhstan and Kyrgyzstan resumed border talks in Bishkek on Monday.\n\n"
             "“We expect a deal on the water quotas before the summer,” said Aibek Tursunov, "
             "a deputy foreign minister.\n",
    "sub/grain": "Uzbekistan will buy more grain from Russia this year, the agriculture ministry said.\n",
}
SETTINGS = Settings(jobs=1)


def _write_corpus(root: Path) -> Path:
    for doc_id, text in TEXTS.items():
        path = root / f"{doc_id}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


@pytest.fixture()
def done(tmp_path: Path, nlp) -> tuple[Path, Path]:
    """(raw, out) after one run with the cache."""
    raw, out = _write_corpus(tmp_path / "raw"), tmp_path / "out"
    api.run(raw, out, settings=SETTINGS, nlp=nlp)
    return raw, out


def _tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def test_rerun_unchanged_corpus_gives_the_last_result(done: tuple[Path, Path]) -> None:
    raw, out = done
    manifest = json.loads((out / "run.json").read_text(encoding="utf-8"))
    result = rerun.unchanged(raw, out, SETTINGS)
    assert result is not None
    assert (result.n_documents, result.n_failed, result.n_cached) == (2, 0, 2)
    assert result.rows == manifest["rows"] and result.rows["quotes"] == 2
    assert sorted(manifest["outputs"]["files"]) == sorted(p.name for p in out.glob("*.csv"))


def test_rerun_cli_with_nothing_to_do_imports_neither_spacy_nor_pandas(done: tuple[Path, Path]) -> None:
    raw, out = done
    before = _tables(out)
    code = ("import sys\nfrom pipeline.cli import app\n"
            f"app(['run', {str(raw)!r}, '--out', {str(out)!r}, '--jobs', '1'], standalone_mode=False)\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('spacy', 'thinc', 'pandas', 'numpy')"
            " or m.startswith('pipeline.extractors'))\nprint('HEAVY', heavy)\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "HEAVY []" in proc.stdout
    assert "2 documents (0 failed, 2 from cache)" in proc.stderr
    assert _tables(out) == before


@pytest.mark.parametrize("damage", ["deleted", "edited", "edited_same_size"])
def test_rerun_damaged_table_is_written_again(done: tuple[Path, Path], nlp, damage: str) -> None:
    raw, out = done
    before = _tables(out)
    table = out / "countries.csv"
    if damage == "deleted":
        table.unlink()
    elif damage == "edited":
        table.write_text(table.read_text(encoding="utf-8") + "talks,9,9,XXX\n", encoding="utf-8")
    else:  # one byte changed: the size alone cannot tell
        text = table.read_text(encoding="utf-8")
        table.write_text(text.replace("KGZ", "KAZ", 1), encoding="utf-8")
        assert table.read_bytes() != before["countries.csv"] and len(table.read_bytes()) == len(before["countries.csv"])
    assert rerun.unchanged(raw, out, SETTINGS) is None
    result = rerun.run(raw, out, settings=SETTINGS, nlp=nlp)
    assert result.n_cached == 2  # nothing parsed again: the tables were rebuilt from the cache
    assert _tables(out) == before
    assert rerun.unchanged(raw, out, SETTINGS) is not None


@pytest.mark.parametrize("change", ["edited", "added", "removed"])
def test_rerun_changed_input_is_processed(done: tuple[Path, Path], nlp, change: str) -> None:
    raw, out = done
    if change == "edited":
        (raw / "sub/grain.txt").write_text("Tajikistan will buy more grain from Russia this year.\n", encoding="utf-8")
    elif change == "added":
        (raw / "visit.txt").write_text("Turkmenistan's president visited Ankara on Friday.\n", encoding="utf-8")
    else:
        (raw / "sub/grain.txt").unlink()
    assert rerun.unchanged(raw, out, SETTINGS) is None
    result = rerun.run(raw, out, settings=SETTINGS, nlp=nlp)
    expected = {"edited": (2, 1), "added": (3, 2), "removed": (1, 1)}[change]
    assert (result.n_documents, result.n_cached) == expected
    countries = set(result.tables["countries"]["iso3"])
    assert ("TJK" in countries) == (change == "edited") and ("TKM" in countries) == (change == "added")


@pytest.mark.parametrize("settings", [
    Settings(jobs=1, excel_safe=True), Settings(jobs=1, max_chars=50), Settings(jobs=1, fmt="parquet"),
    Settings(jobs=1, blas="blis"), Settings(jobs=1, suffixes=(".md",)), Settings(jobs=1, overrides=None),
    Settings(jobs=1, model="en_core_web_md"),
])
def test_rerun_another_option_is_not_a_no_change_run(done: tuple[Path, Path], settings: Settings) -> None:
    raw, out = done
    assert rerun.unchanged(raw, out, settings) is None


def test_rerun_options_that_change_no_result_keep_the_no_change_run(done: tuple[Path, Path]) -> None:
    raw, out = done
    assert rerun.unchanged(raw, out, Settings(jobs=2, batch_size=3, time_limit=5.0)) is not None


def test_rerun_changed_overrides_file_rebuilds_the_tables(done: tuple[Path, Path], tmp_path: Path, nlp) -> None:
    raw, out = done
    overrides = tmp_path / "aliases.csv"
    overrides.write_text("alias,canonical\nAibek Tursunov,Aibek T. Tursunov\n", encoding="utf-8")
    settings = Settings(jobs=1, overrides=overrides)
    rerun.run(raw, out, settings=settings, nlp=nlp)
    assert rerun.unchanged(raw, out, settings) is not None
    overrides.write_text("alias,canonical\nAibek Tursunov,Aibek Tursunov-Sadykov\n", encoding="utf-8")
    assert rerun.unchanged(raw, out, settings) is None
    rerun.run(raw, out, settings=settings, nlp=nlp)
    assert "Aibek Tursunov-Sadykov" in (out / "entities.csv").read_text(encoding="utf-8")


def test_rerun_changed_lexicon_or_code_is_a_change(done: tuple[Path, Path], tmp_path: Path, nlp,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    raw, out = done
    copy = tmp_path / "package"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(rerun, "package_fingerprint", lambda: package_fingerprint(copy))
    rerun.run(raw, out, settings=SETTINGS, nlp=nlp)  # nothing to do: records the key over the copy
    assert rerun.unchanged(raw, out, SETTINGS) is not None
    lexicon = copy / "data/attribution/speech_nouns.txt"
    before = source_fingerprint(copy, copy / "data")
    lexicon.write_text(lexicon.read_text(encoding="utf-8") + "communique\n", encoding="utf-8")
    assert rerun.unchanged(raw, out, SETTINGS) is None
    assert source_fingerprint(copy, copy / "data") != before  # and the cache keys change: documents parsed again
    (copy / "data/attribution/speech_nouns.txt").write_bytes(lexicon.read_bytes())
    rerun.run(raw, out, settings=SETTINGS, nlp=nlp)
    assert rerun.unchanged(raw, out, SETTINGS) is not None
    (copy / "extractors/quotes.py").write_text("# edited\n", encoding="utf-8")
    assert rerun.unchanged(raw, out, SETTINGS) is None


def test_rerun_changed_model_is_a_change(tmp_path: Path, nlp) -> None:
    raw, out, model = _write_corpus(tmp_path / "raw"), tmp_path / "out", tmp_path / "model"
    model.mkdir()
    (model / "meta.json").write_text('{"name": "core_web_sm", "version": "3.8.0"}', encoding="utf-8")
    settings = Settings(jobs=1, model_dir=model)
    api.run(raw, out, settings=settings, nlp=nlp)
    assert rerun.unchanged(raw, out, settings) is not None
    (model / "meta.json").write_text('{"name": "core_web_sm", "version": "3.8.1"}', encoding="utf-8")
    assert rerun.unchanged(raw, out, settings) is None


@pytest.mark.parametrize("only", [["quotes"], ["quotes", "nonsense"]])
def test_rerun_other_extractors_are_not_a_no_change_run(done: tuple[Path, Path], only: list[str]) -> None:
    raw, out = done
    assert rerun.unchanged(raw, out, SETTINGS, only) is None


def test_rerun_a_plugin_extractor_turns_the_check_off(done: tuple[Path, Path],
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    raw, out = done
    monkeypatch.setattr(rerun, "builtin_only", lambda: False)
    assert rerun.unchanged(raw, out, SETTINGS) is None


def test_registry_builtin_only_sees_an_installed_plugin(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert builtin_only()
    dist = tmp_path / "pipeline_quotes_plus-1.0.dist-info"
    dist.mkdir()
    (dist / "entry_points.txt").write_text("[pipeline.extractors]\nplus = pipeline_quotes_plus\n", encoding="utf-8")
    monkeypatch.setattr(sys, "path", [*sys.path, str(tmp_path)])
    assert not builtin_only()


@pytest.mark.parametrize("damage", ["cache", "manifest", "old_manifest", "leftover"])
def test_rerun_missing_cache_or_unreadable_manifest_is_not_a_no_change_run(done: tuple[Path, Path],
                                                                          damage: str) -> None:
    raw, out = done
    manifest = out / "run.json"
    if damage == "cache":
        shutil.rmtree(out / ".cache")
    elif damage == "manifest":
        manifest.write_text("{not json", encoding="utf-8")
    elif damage == "old_manifest":  # written by an earlier version: no key, no table hashes
        old = json.loads(manifest.read_text(encoding="utf-8"))
        manifest.write_text(json.dumps({k: v for k, v in old.items() if k not in ("rerun_key", "outputs")}),
                            encoding="utf-8")
    else:
        (out / ".quotes.csv.partial").write_text("doc_id\n", encoding="utf-8")
    assert rerun.unchanged(raw, out, SETTINGS) is None


def test_rerun_an_unread_document_is_read_again(tmp_path: Path, nlp) -> None:
    raw, out = _write_corpus(tmp_path / "raw"), tmp_path / "out"
    (raw / "gone.txt").symlink_to(tmp_path / "nowhere.txt")  # E046: a link that leads nowhere, maybe for a moment
    api.run(raw, out, settings=SETTINGS, nlp=nlp)
    assert json.loads((out / "run.json").read_text(encoding="utf-8"))["rerun_key"] is None
    assert rerun.unchanged(raw, out, SETTINGS) is None


def test_rerun_busy_output_folder_is_left_to_the_full_run(done: tuple[Path, Path]) -> None:
    raw, out = done
    with FolderLock(out):
        assert rerun._checked(raw, out, SETTINGS, None) is None


def test_rerun_no_key_when_the_registry_disagrees_with_the_static_table(done: tuple[Path, Path]) -> None:
    from dataclasses import replace

    from pipeline.registry import load_registry

    raw, out = done
    extractors = load_registry(plugins=False).select(None)
    assert rerun.key_of_run(raw, out, SETTINGS, None, extractors) == rerun.rerun_key(raw, out, SETTINGS)
    bumped = [replace(e, version=e.version + "1") if e.name == "quotes" else e for e in extractors]
    extra = [*extractors, replace(extractors[0], name="treaties")]  # a new extractor missing from the table
    assert rerun.key_of_run(raw, out, SETTINGS, None, bumped) is None
    assert rerun.key_of_run(raw, out, SETTINGS, None, extra) is None
    assert rerun.key_of_run(raw, out, Settings(jobs=1, cache=False), None, extractors) is None
