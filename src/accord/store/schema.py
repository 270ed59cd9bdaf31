"""Versioned schema: numbered SQL migrations shipped beside this module.

A migration is a file ``NNNN_description.sql`` in ``accord/store/``. ``migrate``
applies, in order and each in its own transaction, every migration whose number is
above the database's ``schema_version``; the version table records when each ran.
A database written by a newer accord (a version above ``SCHEMA_VERSION``) is
refused rather than guessed at.
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


def migrate(con: Any) -> list[int]:
    """Bring the database up to ``SCHEMA_VERSION``; returns the versions applied.

    Raises:
        StoreError: when the database is newer than this accord, or a migration fails
            (the failing migration is rolled back; earlier ones stay applied).
    """
    version = current_version(con)
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"the database has schema version {version} but this accord knows only up to {SCHEMA_VERSION}; "
            "upgrade accord to read it"
        )
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
