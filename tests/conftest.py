"""Shared fixtures: one real Pipeline per test session (loading spaCy takes ~1 s).

Every file the tests read is in the repository (gold sets in tests/gold/, the external ones in
tests/gold/external/): the suite passes on a fresh clone with no ../shared beside it.
"""

from __future__ import annotations

import pytest


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
