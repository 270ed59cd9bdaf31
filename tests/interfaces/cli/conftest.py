"""CLI tests that ingest: accord's commands run in-process with the fake pipeline, and a corpus to ingest."""

from __future__ import annotations

import pytest
from store_fakes import FakePipeline, corpus  # noqa: F401  (a fixture)


@pytest.fixture
def fake_cli(monkeypatch):
    """Run ``accord ...`` in-process with the fake pipeline; returns the click Result."""
    from typer.testing import CliRunner

    import accord.interfaces.cli.ingest as commands
    from accord.interfaces.cli import app

    monkeypatch.setattr(commands, "make_pipeline", lambda model: FakePipeline())
    runner = CliRunner()

    def run(*args: str, input: str | None = None):
        return runner.invoke(app, [str(a) for a in args], input=input, catch_exceptions=False)

    return run

