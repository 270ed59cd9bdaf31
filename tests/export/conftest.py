"""Export tests share the store tests' fakes (tests/store/store_fakes.py)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

import pytest  # noqa: E402


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    """The knowledge base of ``store_fakes.build_kb`` (tests only read it)."""
    from store_fakes import build_kb

    store = build_kb(tmp_path_factory.mktemp("kb") / "kb.duckdb")
    yield store
    store.close()
