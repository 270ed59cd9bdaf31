"""Interface tests read the store tests' fake knowledge base (tests/store/store_fakes.py)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))


@pytest.fixture(scope="module")
def kb_path(tmp_path_factory):
    """A closed fake knowledge base on disk, for commands to open."""
    from store_fakes import build_kb

    path = tmp_path_factory.mktemp("kb") / "kb.duckdb"
    build_kb(path).close()
    return path


@pytest.fixture(scope="module")
def proposal_kb_path(tmp_path_factory):
    """``kb_path``'s store with one more activity and one more transfer, proposed by the learned back-off (``found_by="model"``)."""
    from store_fakes import build_kb_with_a_proposal

    path = tmp_path_factory.mktemp("proposal") / "kb.duckdb"
    build_kb_with_a_proposal(path).close()
    return path


@pytest.fixture
def cli():
    """Run ``accord ...`` in-process at a fixed terminal width; returns the click Result."""
    from typer.testing import CliRunner

    from accord.interfaces.cli import app

    def run(*args: object, width: int = 80):
        runner = CliRunner(env={"COLUMNS": str(width)})
        return runner.invoke(app, [str(a) for a in args], catch_exceptions=False)

    return run
