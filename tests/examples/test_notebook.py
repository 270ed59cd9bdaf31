"""The example notebook runs from top to bottom on the example collection, and is kept without outputs.

Executing it loads spaCy and ingests the collection (about a minute): it is a slow test,
run with ``-m slow`` or ACCORD_SLOW=1 (scripts/test.sh and CI set it).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
NOTEBOOK = EXAMPLES / "analysis.ipynb"


@pytest.fixture
def opted_in(request):
    if "slow" not in (request.config.getoption("-m") or "") and not os.environ.get("ACCORD_SLOW"):
        pytest.skip("slow: run with -m slow or ACCORD_SLOW=1")


def test_the_notebook_is_stored_without_outputs():
    import nbformat

    notebook = nbformat.read(NOTEBOOK, as_version=4)
    for cell in notebook.cells:
        if cell.cell_type == "code":
            assert not cell.outputs and cell.execution_count is None, "strip the outputs before committing"


@pytest.mark.slow
def test_the_notebook_runs_and_draws_the_timeline_the_networks_and_the_register(opted_in, tmp_path, monkeypatch):
    import nbformat
    from nbclient import NotebookClient

    monkeypatch.setenv("ACCORD_NOTEBOOK_IMAGES", str(tmp_path))
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(EXAMPLES)}}).execute()

    for image in ("dyad_timeline.png", "event_network.png", "transfer_network.png"):
        assert (tmp_path / image).stat().st_size > 10_000, image
    printed = "".join(
        output.get("text", "") for cell in notebook.cells if cell.cell_type == "code" for output in cell.outputs
    )
    assert "Weapon designation" in printed and "Gidran" in printed, "the transfer register lists the Gidran vehicles"
    assert not any(output.get("output_type") == "error" for cell in notebook.cells for output in cell.get("outputs", []))
