"""Shared fixtures: one real Pipeline per test session (loading spaCy takes ~1 s)."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(scope="session")
def pipeline():
    from accord.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def extract_text(pipeline):
    """Extract records from a text given as a string (no cleaning), with a publication date."""
    from accord.records import Article

    def run(text: str, published: str | None = "2025-03-14"):
        return pipeline.extract(Article(id="t", text=text, published=published))

    return run
