"""Migrations: an older store is upgraded (its derived query tables backfilled, a new column filled
in for the rows it holds), and a store whose migration N is not this accord's migration N, or one
written by a newer accord, is refused in one line."""

from __future__ import annotations

import pandas as pd
import pytest
from store_fakes import build_kb

from accord import Store
from accord.errors import StoreError
from accord.store import Database
from accord.store.schema import SCHEMA_VERSION, migrations


def without_found_by(db) -> None:
    """Undo migration 5: ``activities`` without ``found_by``."""
    db.execute("DROP INDEX activities_id")  # DuckDB drops no column of an indexed table
    db.execute("ALTER TABLE activities DROP COLUMN found_by")
    db.execute("CREATE INDEX activities_id ON activities (id)")
    db.execute("CREATE OR REPLACE VIEW story_activities AS SELECT * FROM activities WHERE is_primary")


def without_transfer_found_by(db) -> None:
    """Undo migration 6: ``transfers`` without ``found_by``."""
    db.execute("DROP INDEX transfers_id")  # DuckDB drops no column of an indexed table
    db.execute("ALTER TABLE transfers DROP COLUMN found_by")
    db.execute("CREATE INDEX transfers_id ON transfers (id)")
    db.execute("CREATE OR REPLACE VIEW story_transfers AS SELECT * FROM transfers WHERE is_primary")


def without_agreement_and_alliance_found_by(db) -> None:
    """Undo migration 7: ``agreements`` and ``alliances`` without ``found_by``."""
    for table in ("agreements", "alliances"):
        db.execute(f"DROP INDEX {table}_id")  # DuckDB drops no column of an indexed table
        db.execute(f"ALTER TABLE {table} DROP COLUMN found_by")
        db.execute(f"CREATE INDEX {table}_id ON {table} (id)")
        db.execute(f"CREATE OR REPLACE VIEW story_{table} AS SELECT * FROM {table} WHERE is_primary")


def as_version_6(path) -> None:
    """Turn a store back into what schema version 6 wrote: ``agreements`` and ``alliances`` without ``found_by``."""
    with Database(path) as db, db.transaction():
        without_agreement_and_alliance_found_by(db)
        db.execute("DELETE FROM schema_version WHERE version >= 7")


def as_version_5(path) -> None:
    """Turn a store back into what schema version 5 wrote: no ``found_by`` on ``transfers``, ``agreements``
    or ``alliances``."""
    with Database(path) as db, db.transaction():
        without_agreement_and_alliance_found_by(db)
        without_transfer_found_by(db)
        db.execute("DELETE FROM schema_version WHERE version >= 6")


def as_version_4(path) -> None:
    """Turn a store back into what schema version 4 wrote: no ``found_by`` on any record table."""
    with Database(path) as db, db.transaction():
        without_agreement_and_alliance_found_by(db)
        without_transfer_found_by(db)
        without_found_by(db)
        db.execute("DELETE FROM schema_version WHERE version >= 5")


def as_version_3(path) -> None:
    """Turn a store back into what schema version 3 wrote: ``event_states`` without ``seq``, in ingest order,
    and no ``found_by`` on any record table."""
    with Database(path) as db, db.transaction():
        without_agreement_and_alliance_found_by(db)
        without_transfer_found_by(db)
        without_found_by(db)
        db.execute("CREATE TABLE old_states AS SELECT * EXCLUDE (seq) FROM event_states ORDER BY id DESC")
        db.execute("DROP TABLE event_states")
        db.execute("ALTER TABLE old_states RENAME TO event_states")
        db.execute("DELETE FROM schema_version WHERE version >= 4")


def older_store(path, expected_sql: str, downgrade) -> pd.DataFrame:
    """A fresh store's frame for ``expected_sql``, after which ``downgrade`` makes it an older
    accord's store: a reader refuses it (only a writer migrates)."""
    return older_store_frames(path, {"": expected_sql}, downgrade)[""]


def older_store_frames(path, expected_sql: dict[str, str], downgrade) -> dict[str, pd.DataFrame]:
    """``older_store`` for several queries of the same fresh store, by name."""
    build_kb(path).close()
    with Database(path) as db:
        expected = {name: db.frame(sql) for name, sql in expected_sql.items()}
    downgrade(path)
    with pytest.raises(StoreError, match="never upgrade"):
        Database(path, read_only=True)
    return expected


def test_a_version_3_store_is_upgraded_with_its_query_tables_backfilled(tmp_path):
    path = tmp_path / "kb.duckdb"
    expected = older_store(path, "SELECT * FROM event_states ORDER BY ALL", as_version_3)
    with Database(path) as db:  # a writer migrates
        assert db.schema_version == SCHEMA_VERSION
        upgraded = db.frame("SELECT * FROM event_states")
        pd.testing.assert_frame_equal(upgraded.sort_values(list(upgraded.columns)).reset_index(drop=True), expected)
        # Written sorted by state, day and article order (what the zone maps rely on).
        order = upgraded[["state", "day", "seq", "id"]]
        assert order.equals(order.sort_values(["state", "day", "seq", "id"], na_position="last").reset_index(drop=True))
    with Database(path, read_only=True) as db:
        assert db.stats()["events"] > 0


@pytest.mark.parametrize(
    ("table", "story", "downgrade"),
    [("activities", "story_activities", as_version_4), ("transfers", "story_transfers", as_version_5)],
    ids=["version-4-activities", "version-5-transfers"],
)
def test_an_older_store_is_upgraded_keeping_its_records_as_found_by_the_rules(tmp_path, table, story, downgrade):
    path = tmp_path / "kb.duckdb"
    expected = older_store(path, f"SELECT * EXCLUDE (found_by) FROM {table} ORDER BY id", downgrade)
    assert len(expected) > 0
    with Database(path) as db:  # a writer migrates
        assert db.schema_version == SCHEMA_VERSION
        upgraded = db.frame(f"SELECT * FROM {table} ORDER BY id")
        pd.testing.assert_frame_equal(upgraded.drop(columns="found_by"), expected)
        assert set(upgraded["found_by"]) == {"rules"}
        assert db.frame(f"SELECT * FROM {story}")["found_by"].tolist() == ["rules"] * int(expected["is_primary"].sum())
    with Database(path, read_only=True) as db:
        assert db.stats()[table] == len(db.frame(f"SELECT * FROM {story}"))
    with Store(path, read_only=True) as store:
        assert {r.found_by for r in getattr(store, table)()} == {"rules"}


def test_a_version_6_store_is_upgraded_keeping_its_agreements_and_alliances_as_found_by_the_rules(tmp_path):
    path = tmp_path / "kb.duckdb"
    tables = ("agreements", "alliances")
    expected = older_store_frames(path, {t: f"SELECT * EXCLUDE (found_by) FROM {t} ORDER BY id" for t in tables}, as_version_6)
    assert all(len(frame) > 0 for frame in expected.values())
    with Database(path) as db:  # a writer migrates
        assert db.schema_version == SCHEMA_VERSION
        for table in tables:
            upgraded = db.frame(f"SELECT * FROM {table} ORDER BY id")
            pd.testing.assert_frame_equal(upgraded.drop(columns="found_by"), expected[table])
            assert set(upgraded["found_by"]) == {"rules"}
            primary = int(expected[table]["is_primary"].sum())
            assert db.frame(f"SELECT * FROM story_{table}")["found_by"].tolist() == ["rules"] * primary
    with Database(path, read_only=True) as db:
        stats = db.stats()
        assert all(stats[t] == len(db.frame(f"SELECT * FROM story_{t}")) for t in tables)
    with Store(path, read_only=True) as store:
        assert {g.found_by for g in store.agreements()} == {"rules"}
        assert {al.found_by for al in store.alliances()} == {"rules"}
        assert len(store.agreements(found_by="rules")) == len(store.agreements()) and store.alliances(found_by="model") == []


@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "writable"])
def test_a_store_whose_migration_has_another_name_is_refused(tmp_path, read_only):
    path = tmp_path / "kb.duckdb"
    with Database(path) as db:
        last = migrations()[-1]
        db.execute("UPDATE schema_version SET name = 'another_branch' WHERE version = ?", [last.version])
    with pytest.raises(StoreError, match=f"migration {last.version:04d} is 'another_branch'.*{last.name}") as caught:
        Database(path, read_only=read_only)
    assert "\n" not in str(caught.value)


def test_an_older_store_with_another_migration_name_is_refused_before_upgrading(tmp_path):
    path = tmp_path / "kb.duckdb"
    with Database(path) as db:
        db.execute("UPDATE schema_version SET name = 'renamed' WHERE version = 2")
        db.execute("DELETE FROM schema_version WHERE version > 2")
    with pytest.raises(StoreError, match="migration 0002 is 'renamed'"):
        Database(path)
    with duckdb_connection(path) as con:
        assert con.execute("SELECT max(version) FROM schema_version").fetchone()[0] == 2  # nothing applied


def duckdb_connection(path):
    import duckdb

    return duckdb.connect(str(path), read_only=True)


def test_the_schema_is_versioned_and_a_newer_database_is_refused(tmp_path):
    path = tmp_path / "v.duckdb"
    with Store(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        store.execute("INSERT INTO schema_version VALUES (999, 'future', now()::TIMESTAMP)")
    with pytest.raises(StoreError, match="newer|upgrade accord"):
        Store(path)
