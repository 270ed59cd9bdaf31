"""`accord sql` is read-only for real: one SELECT, on a connection that reaches nothing but the store."""

from __future__ import annotations

from pathlib import Path

import pytest
from hostile_corpus import one_line_error, snapshot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.errors import StoreError
from accord.store import Database

#: Statements that would write, read outside the store, or loosen the connection.
REFUSED = {
    "explain analyze copy": "EXPLAIN ANALYZE COPY (SELECT 'owned') TO '{victim}'",
    "explain analyse": "EXPLAIN ANALYSE SELECT 1",
    "explain with options": "EXPLAIN (FORMAT json) SELECT 1",
    "explain copy": "EXPLAIN COPY (SELECT 1) TO '{victim}'",
    "commented explain analyze": "/* c */ -- d\n EXPLAIN ANALYZE COPY (SELECT 1) TO '{victim}'",
    "read_text": "SELECT * FROM read_text('/etc/passwd')",
    "environ": "SELECT content FROM read_text('/proc/self/environ')",
    "read_blob": "SELECT * FROM read_blob('/etc/passwd')",
    "read_csv": "SELECT * FROM read_csv('/etc/passwd')",
    "glob": "SELECT * FROM glob('/etc/*')",
    "replacement scan of a path": "SELECT * FROM '/etc/passwd'",
    "url": "SELECT * FROM 'https://example.com/data.csv'",
    "read_parquet url": "SELECT * FROM read_parquet('http://127.0.0.1/x.parquet')",
    "attach": "ATTACH '{victim}' AS other",
    "install": "INSTALL httpfs",
    "load": "LOAD httpfs",
    "set": "SET enable_external_access = true",
    "reset": "RESET lock_configuration",
    "pragma": "PRAGMA threads = 1",
    "copy to": "COPY events TO '{victim}'",
    "copy from": "COPY events FROM '/etc/passwd'",
    "export database": "EXPORT DATABASE '{folder}/dump'",
    "insert": "INSERT INTO meta VALUES ('a', 'b')",
    "delete": "DELETE FROM events",
    "drop": "DROP TABLE events",
    "create": "CREATE TABLE t AS SELECT 1",
    "call": "CALL pragma_version()",
    "two statements": "SELECT 1; DROP TABLE events",
    "nothing": "  ; ",
    "checkpoint": "CHECKPOINT",
    "query() with a write": "SELECT * FROM query('CREATE TABLE t AS SELECT 1')",
}

ACCEPTED = {
    "select": ("SELECT count(*) AS n FROM events", 1),
    "with": ("WITH e AS (SELECT * FROM events) SELECT count(*) FROM e", 1),
    "from-first": ("FROM events SELECT count(*)", 1),
    "describe": ("DESCRIBE events", None),
    "show tables": ("SHOW TABLES", None),
    "plain explain": ("EXPLAIN SELECT * FROM events", None),
    "values": ("VALUES (1), (2)", 2),
}


@pytest.fixture
def store_dir(hostile_kb, tmp_path):
    """A private copy of the hostile store, alone in a folder we can watch."""
    folder = tmp_path / "watched"
    folder.mkdir()
    (folder / "kb.duckdb").write_bytes(hostile_kb.read_bytes())
    return folder


@pytest.mark.parametrize("name", REFUSED)
@pytest.mark.parametrize("read_only", [True, False], ids=["read-only", "writable"])
def test_hostile_statements_are_refused_and_nothing_is_written(store_dir, tmp_path, name, read_only):
    victim = tmp_path / "victim.csv"
    statement = REFUSED[name].format(victim=victim, folder=tmp_path)
    with Database(store_dir / "kb.duckdb", read_only=read_only) as db:
        before = db.stats()
        with pytest.raises(StoreError) as caught:
            db.sql(statement)
        assert "\n" not in str(caught.value)
        assert db.stats() == before
        assert "t" not in set(db.frame("SHOW TABLES")["name"])
    assert not victim.exists() and not (tmp_path / "dump").exists()


def test_the_store_file_is_unchanged_by_refused_statements(store_dir, tmp_path):
    before = snapshot(store_dir)
    with Database(store_dir / "kb.duckdb", read_only=True) as db:
        for statement in REFUSED.values():
            with pytest.raises(StoreError):
                db.sql(statement.format(victim=tmp_path / "v.csv", folder=tmp_path))
    assert snapshot(store_dir) == before


@pytest.mark.parametrize("name", ACCEPTED)
def test_queries_still_work(hostile_kb, name):
    statement, rows = ACCEPTED[name]
    with Database(hostile_kb, read_only=True) as db:
        frame = db.sql(statement)
    assert len(frame) == rows if rows is not None else len(frame) > 0


def test_file_and_url_readers_say_why_in_one_line(hostile_kb):
    with Database(hostile_kb, read_only=True) as db, pytest.raises(StoreError, match="reads only the store"):
        db.sql("SELECT * FROM read_text('/etc/passwd')")


def test_explain_analyze_is_refused_before_it_runs(hostile_kb):
    with Database(hostile_kb, read_only=True) as db, pytest.raises(StoreError, match="EXPLAIN ANALYZE"):
        db.sql("EXPLAIN ANALYZE SELECT 1")


def test_a_writable_store_rolls_back_whatever_a_query_did(store_dir):
    with Database(store_dir / "kb.duckdb") as db:
        before = db.rows("SELECT count(*) AS n FROM runs")
        assert len(db.sql("SELECT * FROM events")) == db.stats()["event_mentions"]
        assert db.rows("SELECT count(*) AS n FROM runs") == before


@pytest.mark.parametrize(
    "statement, needle",
    [
        ("EXPLAIN ANALYZE COPY (SELECT 1) TO '/tmp/accord-hostile-owned.csv'", "EXPLAIN ANALYZE"),
        ("SELECT * FROM read_text('/etc/passwd')", "reads only the store"),
        ("SELECT * FROM 'https://example.com/x.csv'", "reads only the store"),
        ("ATTACH 'x.duckdb'", "read-only"),
        ("SET threads = 1", "read-only"),
        ("DROP TABLE events", "read-only"),
        ("SELECT 1; SELECT 2", "exactly one"),
        ("SELEC 1", "syntax error"),
    ],
)
def test_the_cli_gives_one_line_and_no_traceback(cli, store_dir, statement, needle):
    before = snapshot(store_dir)
    result = cli("sql", statement, "--db", store_dir / "kb.duckdb", "-f", "json")
    one_line_error(result, needle)
    assert snapshot(store_dir) == before
    assert not Path("/tmp/accord-hostile-owned.csv").exists()


# -- property: whatever the text, the guard answers with a result or one StoreError --------------

_WORDS = st.sampled_from(
    [
        "SELECT", "EXPLAIN", "ANALYZE", "COPY", "TO", "FROM", "ATTACH", "INSTALL", "LOAD", "SET", "PRAGMA", "EXPORT", "DATABASE",
        "WITH", "AS", "(", ")", ";", "'x.csv'", "'/etc/passwd'", "'https://example.com/a'", "read_text(", "glob(", "events",
        "*", "1", ",", "--", "/*", "*/", "INSERT", "INTO", "meta", "VALUES", "DROP", "TABLE", "CALL", "query(", "\x00", "$1", "?",
    ]
)
_QUERIES = st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=14).map(" ".join))


@pytest.fixture(scope="module")
def fuzz_dbs(tmp_path_factory):
    """The same small store opened read-only and, in another folder, writable."""
    from store_fakes import build_kb

    paths = [tmp_path_factory.mktemp(name) / "kb.duckdb" for name in ("fuzz_ro", "fuzz_rw")]
    for path in paths:
        build_kb(path).close()
    with Database(paths[0], read_only=True) as ro, Database(paths[1]) as rw:
        yield ro, rw


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=_QUERIES)
def test_any_text_gives_rows_or_one_store_error_and_writes_nothing(fuzz_dbs, query):
    ro, rw = fuzz_dbs
    folder = Path(ro.path).parent
    counted = "SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM articles) + (SELECT count(*) FROM duckdb_tables()) AS n"
    before, counts = snapshot(folder), rw.rows(counted)
    for db in (ro, rw):
        try:
            db.sql(query)
        except StoreError as exc:
            assert "\n" not in str(exc)
    assert snapshot(folder) == before
    assert rw.rows(counted) == counts
    assert sorted(p.name for p in Path(rw.path).parent.iterdir() if not p.name.startswith("kb.duckdb")) == []
