"""The README matches the code: documented tables, commands and the extractor example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from pipeline.schemas import SCHEMAS

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_readme_documents_every_table_and_column(name: str) -> None:
    section = README[README.index(f"### `{name}.csv`"):]
    section = section[: section.index("Key:")]
    for column in SCHEMAS[name].column_names:
        assert f"| `{column}` |" in section, f"{name}.{column} is not documented in the README"


def test_readme_extractor_example_runs(nlp, monkeypatch: pytest.MonkeyPatch) -> None:
    import pipeline.registry

    # the example registers an extractor: keep it out of the other tests' registry
    monkeypatch.setattr(pipeline.registry, "_DECLARED", list(pipeline.registry._DECLARED))
    section = README[README.index("## Adding an extractor"):]
    code = re.search(r"```python\n(.*?)```", section, re.S).group(1)
    code = code.replace("from ..", "from pipeline.")
    namespace: dict = {}
    exec(compile(code, "README example", "exec"), namespace)
    doc = nlp("New EU sanctions on steel took effect.")
    assert [(s.text, s.start, s.end) for s in namespace["sanctions"](doc)] == [("New EU sanctions", 0, 16)]


def test_readme_make_targets_exist() -> None:
    makefile = (Path(__file__).resolve().parent.parent / "Makefile").read_text(encoding="utf-8")
    for target in set(re.findall(r"`make ([a-z-]+)", README)):
        assert re.search(rf"^{target}:", makefile, re.M), f"README mentions make {target}, the Makefile lacks it"
