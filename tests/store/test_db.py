"""The store's database: its public write API (each step an ingest run is made of, used one at a time),
how it is opened (read-only, where, with what limits) and its read-only SQL."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from store_fakes import WIRE, article, fake_extract, syndicated_copy

from accord import Store
from accord.errors import StoreError
from accord.records import Notice
from accord.store import Database, PlacedArticle, dedup

NOW = datetime(2025, 3, 10, 9, 0)


class Totals:
    added, duplicates, syndicated, events, errors = 2, 1, 1, 3, 0


@pytest.fixture
def db(tmp_path):
    with Database(tmp_path / "kb.duckdb") as database:
        yield database


def placed(a, story_id=None, similarity=1.0):
    return PlacedArticle(a, story_id or a.id, similarity, dedup.signature(a.text))


def test_a_run_is_recorded_from_start_to_finish(db):
    run_id = db.start_run("ingest", ["feeds/"], "fake-1")
    assert db.rows("SELECT status, sources FROM runs WHERE id = ?", [run_id]) == [{"status": "running", "sources": ["feeds/"]}]
    db.finish_run(run_id, Totals(), "done")
    row = db.rows("SELECT status, articles, duplicates, events, finished_at FROM runs WHERE id = ?", [run_id])[0]
    assert (row["status"], row["articles"], row["duplicates"], row["events"]) == ("done", 2, 1, 3)
    assert row["finished_at"] is not None
    assert db.start_run("reprocess", [], None) == run_id + 1


def test_written_articles_are_found_with_their_story_source_and_records(db):
    wire, copy = article(WIRE, outlet="wire.example"), article(syndicated_copy(), outlet="daily.example")
    run_id = db.start_run("ingest", [], "fake-1")
    with db.transaction():
        db.write_articles([placed(wire), placed(copy, wire.id, 0.9)], {wire.id: fake_extract(wire)}, [], run_id, NOW, "fake-1")
    assert db.existing_article_ids([wire.id, copy.id, "nope"]) == {wire.id, copy.id}
    assert db.story_ids_of([copy.id]) == {copy.id: wire.id}
    assert [a.id for a in db.articles([copy.id, wire.id])] == [wire.id, copy.id]  # ingest order
    assert db.article_ids(pending_only=True) == [copy.id]  # written without an extraction
    assert db.extraction(wire.id) == fake_extract(wire)
    assert db.rows("SELECT count(*) AS n FROM sources")[0]["n"] == 2
    assert db.story_index().match(dedup.signature(copy.text)) is not None


def test_records_are_replaced_and_the_earliest_copy_counted(db):
    wire, copy = article(WIRE, outlet="wire.example"), article(syndicated_copy(), outlet="daily.example")
    run_id = db.start_run("ingest", [], None)
    with db.transaction():
        db.write_articles([placed(wire), placed(copy, wire.id, 0.9)], {}, [], run_id, NOW, None)
        db.write_records([(fake_extract(copy), wire.id), (fake_extract(wire), wire.id)])
        db.mark_extracted([wire.id, copy.id], NOW, "fake-1")
        db.refresh_primary_records({wire.id})
    counted = db.rows("SELECT article_id FROM events WHERE is_primary")
    assert {r["article_id"] for r in counted} == {wire.id}
    assert db.article_ids(pending_only=True) == []
    db.delete_records([copy.id])
    assert db.rows("SELECT count(*) AS n FROM events WHERE article_id = ?", [copy.id])[0]["n"] == 0


def test_a_story_counts_a_copy_the_rules_found_over_an_earlier_copy_a_model_proposed(db):
    wire, copy = article(WIRE, outlet="wire.example"), article(syndicated_copy(), outlet="daily.example")
    proposed = fake_extract(wire)
    proposed = replace(proposed, arms_transfers=tuple(replace(t, found_by="model") for t in proposed.arms_transfers))
    run_id = db.start_run("ingest", [], None)
    with db.transaction():
        db.write_articles([placed(wire), placed(copy, wire.id, 0.9)], {}, [], run_id, NOW, None)
        db.write_records([(proposed, wire.id), (fake_extract(copy), wire.id)])
        db.refresh_primary_records({wire.id})
    counted = db.rows("SELECT article_id, found_by FROM transfers WHERE is_primary")
    assert counted == [{"article_id": copy.id, "found_by": "rules"}]
    assert {r["article_id"] for r in db.rows("SELECT article_id FROM events WHERE is_primary")} == {wire.id}


def test_a_story_counts_the_rules_copy_of_an_agreement_and_an_alliance_move_over_an_earlier_model_copy(db):
    wire, copy = article(WIRE, outlet="wire.example"), article(syndicated_copy(), outlet="daily.example")
    proposed = fake_extract(wire)
    proposed = replace(
        proposed,
        agreements=tuple(replace(g, found_by="model") for g in proposed.agreements),
        alliances=tuple(replace(al, found_by="model") for al in proposed.alliances),
    )
    run_id = db.start_run("ingest", [], None)
    with db.transaction():
        db.write_articles([placed(wire), placed(copy, wire.id, 0.9)], {}, [], run_id, NOW, None)
        db.write_records([(proposed, wire.id), (fake_extract(copy), wire.id)])
        db.refresh_primary_records({wire.id})
    for table in ("agreements", "alliances"):
        assert db.rows(f"SELECT article_id, found_by FROM {table} WHERE is_primary") == [{"article_id": copy.id, "found_by": "rules"}]
    assert {r["article_id"] for r in db.rows("SELECT article_id FROM transfers WHERE is_primary")} == {wire.id}


def test_an_error_counts_its_repeats_until_the_item_is_read(db):
    run_id = db.start_run("ingest", [], None)
    bad = Notice("error", "undecodable", "cannot decode", "a.txt")
    db.record_errors([bad], run_id, NOW)
    db.record_errors([bad], run_id, NOW)
    assert db.rows("SELECT item, count FROM errors") == [{"item": "a.txt", "count": 2}]
    db.clear_errors(["a.txt"])
    assert db.rows("SELECT * FROM errors") == []


def test_a_read_only_database_refuses_writes(tmp_path):
    Database(tmp_path / "kb.duckdb").close()
    with Database(tmp_path / "kb.duckdb", read_only=True) as db, pytest.raises(StoreError, match="read-only"):
        db.require_writable()


def test_reading_never_creates_or_migrates_anything(tmp_path):
    import duckdb

    empty = tmp_path / "empty.duckdb"
    duckdb.connect(str(empty)).close()
    with pytest.raises(StoreError, match="not an accord store"):
        Database(empty, read_only=True)
    con = duckdb.connect(str(empty), read_only=True)
    assert con.execute("SELECT count(*) FROM duckdb_tables()").fetchone()[0] == 0
    con.close()


@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "writable"])
def test_connections_reach_nothing_outside_the_store(tmp_path, read_only):
    Database(tmp_path / "kb.duckdb").close()
    with Database(tmp_path / "kb.duckdb", read_only=read_only) as db:
        settings = {
            name: db.rows("SELECT current_setting(?) AS v", [name])[0]["v"]
            for name in ("enable_external_access", "autoinstall_known_extensions", "autoload_known_extensions", "lock_configuration")
        }
    assert settings == {
        "enable_external_access": False,
        "autoinstall_known_extensions": False,
        "autoload_known_extensions": False,
        "lock_configuration": read_only,
    }


def test_sql_accepts_one_select_and_refuses_the_rest(db):
    assert db.sql("SELECT 1 AS one")["one"][0] == 1
    assert len(db.sql("EXPLAIN SELECT 1")) == 1
    for statement in ("EXPLAIN ANALYZE SELECT 1", "SET threads = 1", "SELECT 1; SELECT 2", "SELECT * FROM read_text('/etc/passwd')"):
        with pytest.raises(StoreError):
            db.sql(statement)


def test_a_memory_limit_from_the_environment_bounds_every_connection(tmp_path, monkeypatch):
    path = tmp_path / "kb.duckdb"
    monkeypatch.setenv("ACCORD_MEMORY_LIMIT", "300MB")
    with Database(path) as writable:
        limit = writable.con.execute("SELECT current_setting('memory_limit')").fetchone()[0]
        assert limit.replace(" ", "").upper() in {"286.1MIB", "300.0MB", "300MB"}
    with Database(path, read_only=True) as reader:
        assert reader.con.execute("SELECT current_setting('memory_limit')").fetchone()[0] == limit


def test_a_bad_memory_limit_is_one_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("ACCORD_MEMORY_LIMIT", "plenty")
    with pytest.raises(StoreError, match="open the database"):
        Database(tmp_path / "kb.duckdb").con


def test_read_only_store_needs_an_existing_database(tmp_path):
    with pytest.raises(StoreError, match="no database here"):
        Store(tmp_path / "absent.duckdb", read_only=True)


def test_the_default_database_path_comes_from_the_environment(tmp_path, monkeypatch):
    from accord.store import default_path

    monkeypatch.setenv("ACCORD_DB", str(tmp_path / "env.duckdb"))
    assert default_path() == tmp_path / "env.duckdb"
    monkeypatch.delenv("ACCORD_DB")
    assert str(default_path()) == "accord.duckdb"


def test_sql_is_read_only(store, fake):
    store.ingest_articles([article(WIRE)], pipeline=fake)
    assert store.sql("SELECT count(*) AS n FROM story_events")["n"][0] == 1
    for statement in ("DELETE FROM events", "INSERT INTO meta VALUES ('a', 'b')", "COPY events TO '/tmp/x.csv'", "SELECT 1; SELECT 2"):
        with pytest.raises(StoreError):
            store.sql(statement)
    assert store.stats()["events"] == 1
