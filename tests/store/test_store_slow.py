"""Opt-in: ingest with the real spaCy pipeline (run with ``-m slow`` or ACCORD_SLOW=1)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

E2E = Path(__file__).resolve().parents[1] / "e2e" / "articles"


@pytest.fixture
def opted_in(request):
    if "slow" not in (request.config.getoption("-m") or "") and not os.environ.get("ACCORD_SLOW"):
        pytest.skip("slow: run with -m slow or ACCORD_SLOW=1")


@pytest.mark.slow
def test_ingest_with_the_real_pipeline_stores_what_it_extracts(opted_in, tmp_path, pipeline):
    from accord import Store

    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "short.txt").write_text("Serbia condemned Albania over the joint declaration on Monday.", encoding="utf-8")
    for path in sorted(E2E.glob("*.txt")):
        (corpus / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with Store(tmp_path / "kb.duckdb") as store:
        summary = store.ingest([str(corpus)], pipeline=pipeline)
        assert summary.counts.errors == 0 and summary.counts.added == len(list(corpus.glob("*.txt")))
        for row in store.rows("SELECT id FROM articles"):
            stored = store.extraction(row["id"])
            assert stored == pipeline.extract(stored.article)
        assert store.ingest([str(corpus)], pipeline=pipeline).counts.added == 0
        assert store.events(dyad="SRB>ALB", type="ACCUSE"), "the pipeline should code 'Serbia condemned Albania'"
