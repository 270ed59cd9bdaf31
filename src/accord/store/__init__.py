"""accord's knowledge base: a DuckDB file of articles, stories, sources and records.

``Store`` (in ``db.py``, the only module that imports duckdb) opens and migrates the
database and answers queries; ``ingest.py`` runs ingest and reprocess batch by batch;
``dedup.py`` links syndicated copies into stories; ``rows.py`` maps records to rows.
"""

from accord.store.db import DB_ENV, DEFAULT_DB, Store, default_path

__all__ = ["DB_ENV", "DEFAULT_DB", "Store", "default_path"]
