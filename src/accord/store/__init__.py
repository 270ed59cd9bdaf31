"""accord's knowledge base: a DuckDB file of articles, stories, sources and records.

The lowest layer that knows about storage: it imports only accord's foundation
(errors, records, text) and duckdb. ``db.py`` (``Database``, the only module that
imports duckdb) opens and migrates the file, runs SQL and offers the writes an ingest
run is made of; ``schema.py`` and the numbered ``NNNN_*.sql`` files are the migrations;
``rows.py`` maps records to rows and back; ``dedup.py`` links syndicated copies into
stories. The ingest runner is ``accord.runners.ingest``, the queries ``accord.query``,
and the public ``accord.Store`` composes them (``accord.interfaces.library``).
"""

from accord.store.db import DB_ENV, DEFAULT_DB, Database, PlacedArticle, RunTotals, default_path

__all__ = ["DB_ENV", "DEFAULT_DB", "Database", "PlacedArticle", "RunTotals", "default_path"]
