"""The ingest runner drives a ``Database`` directly, batch by batch (``accord.Store`` only wraps it)."""

from __future__ import annotations

import errno
import json

import pytest
from store_fakes import WIRE, FakePipeline, article, syndicated_copy, unique_text

from accord.errors import StoreError
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


RUN_COLUMNS = {"run_id", "ingested_at", "extracted_at", "first_seen", "last_seen", "created_at", "pipeline"}
TABLES = ("articles", "stories", "sources", "minhashes", "events", "agreements", "transfers", "notices", "errors")


def tables(db: Database) -> dict[str, list[dict]]:
    out = {}
    for table in TABLES:
        rows = [{k: v for k, v in r.items() if k not in RUN_COLUMNS} for r in db.rows(f"SELECT * FROM {table}")]
        out[table] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return out


def full_disk_on_the_second_batch(monkeypatch):
    """Make the second batch's write fail as a full disk would."""
    original, calls = Database.write_articles, {"n": 0}

    def write_articles(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Database, "write_articles", write_articles)


def corpus() -> list:
    items = [article(unique_text(i)) for i in range(9)]
    items[4:4] = [article(WIRE, outlet="wire.example"), Notice("error", "binary", "not text", "x.bin"), article(syndicated_copy(), outlet="daily.example")]
    return items


def test_a_run_stopped_by_a_full_disk_records_what_was_committed_and_that_it_failed(tmp_path, monkeypatch):
    with Database(tmp_path / "clean.duckdb") as db:
        ingest_articles(db, corpus(), pipeline=FakePipeline(), batch_size=4)
        clean = tables(db)

    with Database(tmp_path / "kb.duckdb") as db:
        full_disk_on_the_second_batch(monkeypatch)
        with pytest.raises(StoreError, match="disk is full") as caught:
            ingest_articles(db, corpus(), pipeline=FakePipeline(), batch_size=4)
        message = str(caught.value)
        assert "\n" not in message and "run 1 stopped after committing 4 article(s), which are kept" in message
        stored = db.stats()["articles"]
        assert stored == 4
        run = db.rows("SELECT status, articles, events, errors, finished_at FROM runs")[0]
        assert run["status"] == "failed" and run["finished_at"] is not None
        assert (run["articles"], run["events"], run["errors"]) == (4, db.stats()["events"], 0)

        monkeypatch.undo()  # space again: the same run completes what the first did not
        summary = ingest_articles(db, corpus(), pipeline=FakePipeline(), batch_size=4)
        assert summary.counts.added == 11 - stored and summary.counts.duplicates == stored
        assert db.rows("SELECT status FROM runs ORDER BY id")[-1] == {"status": "done"}
        assert tables(db) == clean


def test_an_interrupted_run_counts_only_the_committed_batches(tmp_path, monkeypatch):
    def items():
        yield from corpus()[:5]
        raise KeyboardInterrupt

    with Database(tmp_path / "kb.duckdb") as db:
        summary = ingest_articles(db, items(), pipeline=FakePipeline(), batch_size=4)
        assert summary.interrupted and summary.counts.added == db.stats()["articles"] == 4
        assert db.rows("SELECT status, articles FROM runs") == [{"status": "interrupted", "articles": 4}]


def test_a_reprocess_stopped_by_a_full_disk_is_recorded_failed_with_what_it_committed(tmp_path, monkeypatch):
    original, calls = Database.write_records, {"n": 0}

    def write_records(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return original(self, *args, **kwargs)

    with Database(tmp_path / "kb.duckdb") as db:
        ingest_articles(db, [article(unique_text(i)) for i in range(6)], pipeline=None)
        monkeypatch.setattr(Database, "write_records", write_records)
        with pytest.raises(StoreError, match="disk is full"):
            reprocess(db, FakePipeline(), pending_only=True, batch_size=3)
        assert db.rows("SELECT status, articles FROM runs WHERE command = 'reprocess'") == [{"status": "failed", "articles": 3}]
        assert db.stats()["unextracted"] == 3


def test_sources_are_read_with_the_store_closed_so_another_connection_gets_in(tmp_path):
    path = tmp_path / "kb.duckdb"
    stored_while_reading = []

    def items():
        for i in range(5):
            with Database(path, read_only=True) as reader:  # DuckDB refuses this while the writer's connection is open
                stored_while_reading.append(reader.stats()["articles"])
            yield article(unique_text(i))

    with Database(path) as db:
        ingest_articles(db, items(), pipeline=FakePipeline(), batch_size=2)
        assert db.stats()["articles"] == 5
    assert stored_while_reading == [0, 0, 2, 2, 4]  # whole batches only
