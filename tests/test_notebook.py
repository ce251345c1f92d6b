"""notebooks/explore.ipynb runs top to bottom (nbclient; skipped when the notebook extras are missing)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"

TEXT = (
    "Ministers Meet in Astana\n\n"
    "ASTANA, 3 May 2024. \u201cThe transit corridor is our priority,\u201d said Aliya Serikova, "
    "senior fellow at the Eurasian Research Institute. According to Serikova, Kazakhstan will deepen ties "
    "with China.\n\n"
    "Kazakhstan adopted its Foreign Policy Concept for 2020-2030 in March 2020. Among the priorities are "
    "alliance relations with the Russian Federation and a comprehensive strategic partnership with the "
    "People's Republic of China.\n"
)


@pytest.mark.slow
def test_notebook_executes(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    raw, processed = tmp_path / "raw", tmp_path / "processed"
    raw.mkdir()
    processed.mkdir()
    (raw / "astana.txt").write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("PIPELINE_RAW", str(raw))
    monkeypatch.setenv("PIPELINE_PROCESSED", str(processed))  # empty: the notebook runs the pipeline
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=600, kernel_name="python3",
                                     resources={"metadata": {"path": str(ROOT)}})
    client.execute()
    outputs = [o for cell in nb.cells if cell.cell_type == "code" for o in cell.get("outputs", [])]
    assert not [o for o in outputs if o.get("output_type") == "error"]
    shown = "".join(str(o.get("data", {}).get("text/plain", "")) for o in outputs)
    assert "'quotes':" in shown and "quotes_per_speaker.png" in shown


def test_notebook_is_small_and_clean():
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert len(code) <= 8
    assert all(not c.get("outputs") and c.get("execution_count") is None for c in code)  # committed without outputs
