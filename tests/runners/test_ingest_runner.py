"""The ingest runner drives a ``Database`` directly, batch by batch (``accord.Store`` only wraps it)."""

from __future__ import annotations

from store_fakes import WIRE, FakePipeline, article, syndicated_copy, unique_text

from accord.records import Notice
from accord.runners.ingest import ingest_articles, reprocess
from accord.store import Database


def test_a_run_stores_articles_links_copies_and_counts_what_it_did(tmp_path):
    items = [article(WIRE, outlet="wire.example"), article(syndicated_copy(), outlet="daily.example"), article(WIRE, outlet="again.example")]
    with Database(tmp_path / "kb.duckdb") as db:
        summary = ingest_articles(db, [*items, Notice("error", "binary", "not text", "x.bin")], pipeline=FakePipeline(), batch_size=2)
        counts = summary.counts
        assert (counts.items, counts.added, counts.duplicates, counts.syndicated, counts.errors) == (4, 2, 1, 1, 1)
        assert db.stats()["stories"] == 1 and db.stats()["sources"] == 3
        assert db.rows("SELECT status, articles FROM runs") == [{"status": "done", "articles": 2}]


def test_reprocess_extracts_the_pending_articles_only(tmp_path):
    with Database(tmp_path / "kb.duckdb") as db:
        ingest_articles(db, [article(unique_text(i)) for i in range(3)], pipeline=None)
        assert db.stats()["unextracted"] == 3
        fake = FakePipeline()
        summary = reprocess(db, fake, pending_only=True, batch_size=2)
        assert summary.counts.added == 3 and fake.calls == 3
        assert db.stats()["unextracted"] == 0 and db.stats()["events"] == 3
        assert reprocess(db, FakePipeline(), pending_only=True).counts.added == 0
