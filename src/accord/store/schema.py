"""Versioned schema: numbered SQL migrations shipped beside this module.

A migration is a file ``NNNN_description.sql`` in ``accord/store/``. ``migrate``
applies, in order and each in its own transaction, every migration whose number is
above the database's ``schema_version``; the version table records when each ran, and
under which name. A store whose applied migration N has another name than this accord's
migration N (made by a different build that numbered its own migration N) is refused, as
the tables are not what this accord's queries expect. A database written by a newer accord (a version above ``SCHEMA_VERSION``) is
refused rather than guessed at, and so is a DuckDB file that holds something other
than an accord store (``store_version`` tells them apart): accord never writes its
tables into someone else's database.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timezone
from importlib import resources
from typing import Any

from accord.errors import StoreError

_NAME = re.compile(r"^(\d{4})_([a-z0-9_]+)\.sql$")


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """Every migration shipped with accord, oldest first."""
    found = []
    for entry in resources.files("accord.store").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), match.group(2), entry.read_text(encoding="utf-8")))
    found.sort(key=lambda m: m.version)
    versions = [m.version for m in found]
    if versions != list(range(1, len(versions) + 1)):
        raise StoreError(f"migration numbers must run 1, 2, 3 ... without gaps; found {versions}")
    return found


SCHEMA_VERSION = len(migrations())


def current_version(con: Any) -> int:
    """The schema version of an open database (0 for an empty one)."""
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_version' AND table_schema = 'main'"
    ).fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_version").fetchone()[0]


#: The columns of accord's version table: with the first migration's name, what marks a file as an accord store.
_VERSION_COLUMNS = ["version", "name", "applied_at"]


def store_version(con: Any) -> int | None:
    """What an open DuckDB file holds: its accord schema version, 0 when it is empty, None when
    it holds something else (tables, views or sequences but no accord version table)."""
    columns = [
        r[0]
        for r in con.execute(
            "SELECT column_name FROM information_schema.columns "
            "WHERE table_name = 'schema_version' AND table_schema = 'main' ORDER BY ordinal_position"
        ).fetchall()
    ]
    if columns == _VERSION_COLUMNS:
        first = con.execute("SELECT name FROM schema_version WHERE version = 1").fetchone()
        if first is not None and first[0] == migrations()[0].name:
            return current_version(con)
    objects = con.execute(
        "SELECT (SELECT count(*) FROM duckdb_tables() WHERE NOT internal)"
        " + (SELECT count(*) FROM duckdb_views() WHERE NOT internal)"
        " + (SELECT count(*) FROM duckdb_sequences())"
    ).fetchone()[0]
    return 0 if objects == 0 else None


def check_readable(con: Any, path: str) -> None:
    """Refuse, in one line, a file a read-only command cannot use as it is (it never migrates).

    Raises:
        StoreError: not an accord store, or a schema version other than ``SCHEMA_VERSION``.
    """
    version = store_version(con)
    if not version:
        raise StoreError("not an accord store (no accord version table); give the --db of a store made by `accord ingest`", item=path)
    _refuse_newer(version, path)
    _refuse_other_names(con, path)
    if version < SCHEMA_VERSION:
        raise StoreError(
            f"this store has schema version {version} and this accord needs {SCHEMA_VERSION}; "
            "read-only commands never upgrade a store: run a writing command (`accord reprocess --pending`) once to upgrade it",
            item=path,
        )


def check_writable(con: Any, path: str) -> None:
    """Refuse, in one line, a file accord must not write into: not an accord store (and not
    empty), or written by a newer accord.

    Raises:
        StoreError: as above.
    """
    version = store_version(con)
    if version is None:
        raise StoreError(
            "not an accord store: this DuckDB file holds other tables and accord will not write into it; give another --db",
            item=path,
        )
    _refuse_newer(version, path)
    if version:
        _refuse_other_names(con, path)


def _refuse_other_names(con: Any, path: str | None) -> None:
    """Refuse a store whose applied migration N is not this accord's migration N (same number, other name)."""
    ours = {m.version: m.name for m in migrations()}
    for version, name in con.execute("SELECT version, name FROM schema_version ORDER BY version").fetchall():
        if version in ours and name != ours[version]:
            raise StoreError(
                f"this store's migration {version:04d} is {name!r} but this accord's migration {version:04d} is "
                f"{ours[version]!r}: the store was written by another build of accord; use that build, or build a new "
                "store with this one (`accord ingest` into another --db)",
                item=path,
            )


def _refuse_newer(version: int, path: str | None = None) -> None:
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the database has schema version {version} but this accord knows only up to {SCHEMA_VERSION}; "
            "upgrade accord to use it",
            item=path,
        )


def migrate(con: Any) -> list[int]:
    """Bring the database up to ``SCHEMA_VERSION``; returns the versions applied.

    Raises:
        StoreError: when the database is newer than this accord, or a migration fails
            (the failing migration is rolled back; earlier ones stay applied).
    """
    version = current_version(con)
    _refuse_newer(version)
    applied = []
    for migration in migrations():
        if migration.version <= version:
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(
                "CREATE TABLE IF NOT EXISTS schema_version "
                "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMP NOT NULL)"
            )
            con.execute(migration.sql)
            con.execute(
                "INSERT INTO schema_version VALUES (?, ?, ?)",
                [migration.version, migration.name, datetime.now(timezone.utc).replace(tzinfo=None)],
            )
            con.execute("COMMIT")
        except Exception as exc:
            con.execute("ROLLBACK")
            raise StoreError(f"migration {migration.version:04d}_{migration.name} failed: {exc}") from exc
        applied.append(migration.version)
    return applied
