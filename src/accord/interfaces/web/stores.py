"""Opening the knowledge base for the web app: one connection per request, one writer at a time.

DuckDB lets one process hold a database file; inside it, every connection opened with
the same settings shares one database instance, and each sees a committed snapshot.
The app keeps one connection open for its lifetime (the instance and its cache stay
warm) and opens a fresh one per request, so a request never shares a connection with
another thread. Ingest commits batch by batch in short transactions, so reads keep
answering from the last committed batch while it runs.

Without a token the app opens the file read-only: any number of reading processes may
share it, but an `accord ingest` elsewhere must wait until they close (DuckDB's rule).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from accord.interfaces.library import Store


class Stores:
    """Per-request ``Store`` connections over one database file."""

    def __init__(self, path: str | Path | None, *, writable: bool) -> None:
        self.writable = writable
        self.ingest_lock = threading.Lock()  # one ingest at a time (DuckDB: one writer)
        self._keeper = Store(path, read_only=not writable)  # None: $ACCORD_DB or ./accord.duckdb
        self.path = self._keeper.path

    @contextmanager
    def read(self) -> Iterator[Store]:
        with Store(self.path, read_only=not self.writable) as store:
            yield store

    @contextmanager
    def write(self) -> Iterator[Store]:
        with self.ingest_lock, Store(self.path) as store:
            yield store

    def close(self) -> None:
        self._keeper.close()


__all__ = ["Stores"]
