"""Store files that are not what they seem: someone else's database, a newer or damaged store,
a folder, a full disk, no permission. One line each; nothing written into them."""

from __future__ import annotations

import errno
import os

import duckdb
import pytest
from hostile_corpus import one_line_error, snapshot
from store_fakes import FakePipeline, unique_text

from accord.errors import StoreError
from accord.store import Database
from accord.store import db as db_module


def foreign_db(path, sql="CREATE TABLE customers (id INTEGER, name VARCHAR); INSERT INTO customers VALUES (1, 'Ada')"):
    con = duckdb.connect(str(path))
    con.execute(sql)
    con.close()
    return path


def tables(path) -> list[str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return sorted(r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall())
    finally:
        con.close()


@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "writable"])
def test_someone_elses_database_is_refused_and_left_alone(tmp_path, read_only):
    path = foreign_db(tmp_path / "crm.duckdb")
    before = snapshot(tmp_path)
    with pytest.raises(StoreError, match="not an accord store"):
        Database(path, read_only=read_only)
    assert snapshot(tmp_path) == before
    assert tables(path) == ["customers"]


def test_a_foreign_table_named_schema_version_does_not_pass_for_accord(tmp_path):
    path = foreign_db(tmp_path / "app.duckdb", "CREATE TABLE schema_version (v INTEGER); INSERT INTO schema_version VALUES (1)")
    for read_only in (True, False):
        with pytest.raises(StoreError, match="not an accord store"):
            Database(path, read_only=read_only)
    assert tables(path) == ["schema_version"]


def test_reading_an_empty_duckdb_file_creates_nothing(tmp_path):
    path = tmp_path / "empty.duckdb"
    duckdb.connect(str(path)).close()
    with pytest.raises(StoreError, match="not an accord store"):
        Database(path, read_only=True)
    assert tables(path) == []
    with Database(path) as db:  # a writer may start a store in it, as in a new file
        assert db.stats()["articles"] == 0


def test_a_zero_byte_file_becomes_a_new_store(tmp_path):
    path = tmp_path / "touched.duckdb"
    path.touch()
    with Database(path) as db:
        assert db.schema_version >= 1


@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "writable"])
def test_a_store_from_a_newer_accord_is_refused(tmp_path, read_only):
    path = tmp_path / "future.duckdb"
    with Database(path) as db:
        db.execute("INSERT INTO schema_version VALUES (999, 'future', now()::TIMESTAMP)")
    before = snapshot(tmp_path)
    with pytest.raises(StoreError, match="schema version 999.*upgrade accord") as caught:
        Database(path, read_only=read_only)
    assert "\n" not in str(caught.value)
    assert snapshot(tmp_path) == before


def test_read_only_commands_never_upgrade_an_older_store(tmp_path, monkeypatch):
    from accord.store import schema

    path = tmp_path / "old.duckdb"
    Database(path).close()
    before = snapshot(tmp_path)
    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)  # as if this accord were newer
    with pytest.raises(StoreError, match="never upgrade"):
        Database(path, read_only=True)
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize(
    "make, needle",
    [
        (lambda p: p.write_text("hello, not a database\n" * 200), "damaged or not a DuckDB database"),
        (lambda p: p.write_bytes(os.urandom(64 * 1024)), "damaged or not a DuckDB database"),
        (lambda p: p.mkdir(), "folder"),
    ],
    ids=["text", "random bytes", "folder"],
)
@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "writable"])
def test_a_file_that_is_no_store_gives_one_line(tmp_path, make, needle, read_only):
    path = tmp_path / "kb.duckdb"
    make(path)
    before = snapshot(tmp_path)
    with pytest.raises(StoreError, match=needle) as caught:
        Database(path, read_only=read_only)
    assert "\n" not in str(caught.value) and "Traceback" not in str(caught.value)
    assert snapshot(tmp_path) == before


def test_a_store_with_damaged_blocks_gives_one_line(tmp_path):
    path = tmp_path / "kb.duckdb"
    with Database(path) as db:
        db.execute("CREATE TABLE filler AS SELECT range AS a FROM range(200000)")
    data = bytearray(path.read_bytes())
    for i in range(5000, len(data), 7):
        data[i] ^= 0xFF
    path.write_bytes(bytes(data))
    for read_only in (True, False):
        with pytest.raises(StoreError, match="damaged") as caught:
            Database(path, read_only=read_only)
        assert "\n" not in str(caught.value)


@pytest.mark.parametrize(
    "error, needle",
    [
        (duckdb.IOException('IO Error: Could not write file "kb.duckdb.wal": No space left on device'), "disk is full"),
        (OSError(errno.ENOSPC, "No space left on device"), "disk is full"),
        (duckdb.IOException('IO Error: Cannot open file "kb.duckdb": Permission denied'), "permission denied"),
        (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
    ],
    ids=["duckdb enospc", "os enospc", "duckdb eacces", "os eacces"],
)
def test_opening_maps_disk_and_permission_errors_to_one_line(tmp_path, monkeypatch, error, needle):
    def refuse(*args, **kwargs):
        raise error

    monkeypatch.setattr(duckdb, "connect", refuse)
    with pytest.raises(StoreError, match=needle) as caught:
        Database(tmp_path / "kb.duckdb")
    assert "\n" not in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads and writes every file")
def test_an_unreadable_store_gives_one_line(tmp_path):
    path = tmp_path / "kb.duckdb"
    Database(path).close()
    path.chmod(0)
    with pytest.raises(StoreError, match="permission denied"):
        Database(path, read_only=True)


def test_a_full_disk_during_ingest_is_one_line_and_keeps_what_was_committed(tmp_path, monkeypatch):
    from accord import Store
    from accord.ingest.article import make_article

    path = tmp_path / "kb.duckdb"
    items = [make_article(text=unique_text(i), source=f"item{i}") for i in range(6)]
    calls = {"n": 0}
    original = db_module.Database.write_articles

    def fill_the_disk_on_the_second_batch(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise duckdb.IOException('IO Error: Could not write file "kb.duckdb.wal": No space left on device')
        return original(self, *args, **kwargs)

    monkeypatch.setattr(db_module.Database, "write_articles", fill_the_disk_on_the_second_batch)
    with Store(path) as store:
        with pytest.raises(StoreError, match="disk is full") as caught:
            store.ingest_articles(items, pipeline=FakePipeline(), batch_size=3)
        assert "\n" not in str(caught.value)
        assert store.stats()["articles"] == 3  # the first batch, whole; the second, not at all


def test_the_cli_refuses_someone_elses_database_in_one_line(cli, tmp_path):
    path = foreign_db(tmp_path / "crm.duckdb")
    before = snapshot(tmp_path)
    one_line_error(cli("sql", "SELECT 1", "--db", path), "not an accord store")
    one_line_error(cli("events", "--db", path, "-f", "json"), "not an accord store")
    assert snapshot(tmp_path) == before


def test_the_cli_names_a_damaged_store_in_one_line(cli, tmp_path):
    path = tmp_path / "kb.duckdb"
    path.write_text("not a database\n" * 100)
    one_line_error(cli("events", "--db", path, "-f", "json"), "damaged")
    one_line_error(cli("ingest", tmp_path / "nothing.txt", "--db", path, "--no-extract"), "damaged")
