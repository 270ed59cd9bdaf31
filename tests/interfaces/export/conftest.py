"""Export tests: the store tests' fakes and ``export_fakes.build_status_kb``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "store"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import pytest  # noqa: E402
from export_fakes import build_status_kb  # noqa: E402


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    """The knowledge base of ``store_fakes.build_kb`` (tests only read it)."""
    from store_fakes import build_kb

    store = build_kb(tmp_path_factory.mktemp("kb") / "kb.duckdb")
    yield store
    store.close()


@pytest.fixture(scope="module")
def status_kb(tmp_path_factory):
    store = build_status_kb(tmp_path_factory.mktemp("status") / "kb.duckdb")
    yield store
    store.close()
