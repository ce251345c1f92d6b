"""components/factories.py: every factory of ours registered in one module, each named by an entry point."""

from __future__ import annotations

import re
from pathlib import Path

from spacy.lang.en import English

from pipeline.components import factories
from pipeline.nlp import COMPONENTS

ROOT = Path(__file__).resolve().parents[2]


def _entry_points() -> dict[str, str]:
    """The ``[project.entry-points.spacy_factories]`` table of pyproject.toml."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    section = text.split("[project.entry-points.spacy_factories]", 1)[1].split("\n[", 1)[0]
    return dict(re.findall(r'^(\w+)\s*=\s*"([^"]+)"', section, flags=re.M))


def _factories() -> dict[str, str]:
    """Factory name -> ``module:function`` for every factory registered in factories.py."""
    found = {}
    for name, func in English.factories.items():  # Language's factories and English-only ones ("en.<name>")
        if getattr(func, "__module__", "") == factories.__name__:
            found[name.removeprefix("en.")] = f"{func.__module__}:{func.__name__}"
    return found


def test_factories_every_component_is_registered_in_factories_py() -> None:
    assert set(COMPONENTS) <= set(_factories())


def test_factories_every_component_has_its_spacy_factories_entry_point() -> None:
    points = _entry_points()
    assert {name: points.get(name) for name in COMPONENTS} == {name: _factories()[name] for name in COMPONENTS}
    assert set(points) <= set(_factories())
