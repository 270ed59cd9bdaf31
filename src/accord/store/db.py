"""``Store``: accord's knowledge base in one DuckDB file (the only module that imports duckdb).

    store = Store("news.duckdb")
    store.ingest(["feeds/", "https://example.com/rss"])
    store.events(actor="SRB", since="2025-01-01")     # -> list[StoredEvent]
    store.events_frame(dyad=("SRB", "XKX"))           # -> pandas DataFrame
    store.dyad("SRB", "HUN")                          # -> DyadSummary

Writers take the database's write lock (one process at a time, DuckDB's rule); readers
opened with ``read_only=True`` may run side by side when no writer holds the file.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.errors import StoreError
from accord.records import Article, Extraction, Notice
from accord.store.rows import EXTRACTED_TABLES, RECORD_TABLES, extraction_rows
from accord.store.schema import SCHEMA_VERSION, current_version, migrate

if TYPE_CHECKING:
    import pandas as pd

    from accord.store import dedup

    from accord.ingest.sources import SourceOptions
    from accord.query.dyad import DyadSummary
    from accord.query.records import ActorSummary, ArticleView, IngestError, StoredActivity, StoredAgreement, StoredAlliance, StoredEvent, StoredTransfer
    from accord.store.ingest import Extractor, IngestSummary, Progress

#: Environment variable naming the database when no path is given.
DB_ENV = "ACCORD_DB"
DEFAULT_DB = "accord.duckdb"

_ARROW_TYPES = {
    "VARCHAR": "string",
    "INTEGER": "int32",
    "BIGINT": "int64",
    "DOUBLE": "float64",
    "BOOLEAN": "bool",
    "DATE": "date32",
    "TIMESTAMP": "timestamp",
    "BLOB": "binary",
    "VARCHAR[]": "list<string>",
}


def default_path() -> Path:
    """``$ACCORD_DB`` if set, else ``./accord.duckdb``."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


def _map_error(exc: Exception, path: str) -> StoreError:
    text = str(exc)
    if "lock" in text.lower():
        return StoreError(
            "the database is in use by another accord process (an ingest still running?); "
            "wait for it to finish, or use another --db",
            item=path,
        )
    return StoreError(f"cannot open the database ({text.splitlines()[0] if text else type(exc).__name__})", item=path)


class Store:
    """accord's knowledge base: articles, stories, sources and every extracted record.

    Args:
        path (str | Path | None): the DuckDB file; None uses ``$ACCORD_DB`` or
            ``./accord.duckdb``; ``":memory:"`` for a throw-away store.
        read_only (bool): open without the write lock (queries only); the file must exist.

    Raises:
        StoreError: the file cannot be opened (missing in read-only mode, locked by a
            writer, not a DuckDB file, or from a newer accord).
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> None:
        import duckdb

        self.path = str(path) if path is not None else str(default_path())
        self.read_only = read_only
        memory = self.path == ":memory:"
        if read_only and not memory and not Path(self.path).exists():
            raise StoreError("no database here; create one with `accord ingest SOURCE --db PATH`", item=self.path)
        if not memory and not read_only:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        try:
            if read_only and not memory:
                probe = duckdb.connect(self.path, read_only=True)
                behind = current_version(probe) < SCHEMA_VERSION
                probe.close()
                if behind:  # migrate once with the write lock, then reopen read-only
                    writer = duckdb.connect(self.path)
                    try:
                        migrate(writer)
                    finally:
                        writer.close()
                self.con = duckdb.connect(self.path, read_only=True)
            else:
                self.con = duckdb.connect(self.path)
                migrate(self.con)
        except duckdb.Error as exc:
            raise _map_error(exc, self.path) from exc
        self._duckdb_error = duckdb.Error
        self._index: dedup.StoryIndex | None = None
        self._seq: int | None = None
        self._schemas: dict[str, Any] = {}
        self._in_tx = False

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r}{', read_only=True' if self.read_only else ''})"

    @property
    def schema_version(self) -> int:
        return current_version(self.con)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One all-or-nothing write: committed on success, rolled back on any exception."""
        if self._in_tx:
            yield
            return
        self.con.execute("BEGIN TRANSACTION")
        self._in_tx = True
        try:
            yield
        except BaseException:
            self._in_tx = False
            self.con.execute("ROLLBACK")
            raise
        self._in_tx = False
        self.con.execute("COMMIT")

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> Any:
        """Run SQL on the store's connection, mapping DuckDB errors to ``StoreError``."""
        try:
            return self.con.execute(sql, params) if params is not None else self.con.execute(sql)
        except self._duckdb_error as exc:
            raise StoreError(str(exc).splitlines()[0]) from exc

    def frame(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> pd.DataFrame:
        """A query's result as a pandas DataFrame."""
        return self.execute(sql, params).df()

    def rows(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """A query's result as a list of dicts (DuckDB types: lists, dates, None)."""
        cursor = self.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    # -- writing -----------------------------------------------------------------------------

    def ingest(
        self,
        sources: Iterable[str],
        *,
        pipeline: Extractor | None = None,
        extract: bool = True,
        options: SourceOptions | None = None,
        batch_size: int | None = None,
        progress: Progress | None = None,
    ) -> IngestSummary:
        """Read sources (files, folders, globs, URLs, ``-``) and store their articles and records.

        Args:
            pipeline: the extraction pipeline; None builds ``accord.Pipeline()`` when
                ``extract`` is true.
            extract (bool): False stores articles only (extract later with ``reprocess``).
            options (SourceOptions | None): column mapping, fetcher, feed settings.
            progress: called with the running ``IngestCounts`` after each batch.

        RETURNS (IngestSummary): counts of articles added, duplicates, stories, errors.
        """
        from accord.store.ingest import BATCH_SIZE, ingest

        self._writable()
        return ingest(
            self,
            sources,
            pipeline=self._pipeline(pipeline, extract),
            options=options,
            batch_size=batch_size or BATCH_SIZE,
            progress=progress,
        )

    def ingest_articles(
        self,
        items: Iterable[Article | Notice],
        *,
        pipeline: Extractor | None = None,
        extract: bool = True,
        batch_size: int | None = None,
        progress: Progress | None = None,
    ) -> IngestSummary:
        """Store articles built in Python (``make_article``), with their records."""
        from accord.store.ingest import BATCH_SIZE, ingest_articles

        self._writable()
        return ingest_articles(
            self, items, pipeline=self._pipeline(pipeline, extract), batch_size=batch_size or BATCH_SIZE, progress=progress
        )

    def reprocess(
        self,
        *,
        pipeline: Extractor | None = None,
        pending_only: bool = False,
        article_ids: Iterable[str] | None = None,
        batch_size: int | None = None,
        progress: Progress | None = None,
    ) -> IngestSummary:
        """Re-run extraction over stored articles (after the pipeline or gazetteers change)."""
        from accord.store.ingest import BATCH_SIZE, reprocess

        self._writable()
        return reprocess(
            self,
            self._pipeline(pipeline, True),  # type: ignore[arg-type]
            pending_only=pending_only,
            article_ids=article_ids,
            batch_size=batch_size or BATCH_SIZE,
            progress=progress,
        )

    def _pipeline(self, pipeline: Extractor | None, extract: bool) -> Extractor | None:
        if not extract:
            return None
        if pipeline is not None:
            return pipeline
        from accord.pipeline import Pipeline

        return Pipeline()

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("this store was opened read-only", item=self.path)

    # -- internals used by accord.store.ingest ---------------------------------------------

    def _schema(self, table: str) -> Any:
        import pyarrow as pa

        if table not in self._schemas:
            types = {
                "string": pa.string(),
                "int32": pa.int32(),
                "int64": pa.int64(),
                "float64": pa.float64(),
                "bool": pa.bool_(),
                "date32": pa.date32(),
                "timestamp": pa.timestamp("us"),
                "binary": pa.binary(),
                "list<string>": pa.list_(pa.string()),
            }
            columns = self.con.execute(
                "SELECT column_name, data_type FROM information_schema.columns "
                "WHERE table_name = ? AND table_schema = 'main' ORDER BY ordinal_position",
                [table],
            ).fetchall()
            self._schemas[table] = pa.schema([(name, types[_ARROW_TYPES[kind]]) for name, kind in columns])
        return self._schemas[table]

    def _start_run(self, command: str, sources: list[str], pipeline: str | None) -> int:
        with self.transaction():
            run_id = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM runs").fetchone()[0]
            self.con.execute(
                "INSERT INTO runs (id, command, sources, pipeline, started_at, status) VALUES (?, ?, ?, ?, ?, 'running')",
                [run_id, command, sources, pipeline, _now()],
            )
        return run_id

    def _update_run(self, run_id: int, counts: Any) -> None:
        self.con.execute(
            "UPDATE runs SET articles = ?, duplicates = ?, syndicated = ?, events = ?, errors = ? WHERE id = ?",
            [counts.added, counts.duplicates, counts.syndicated, counts.events, counts.errors, run_id],
        )

    def _finish_run(self, run_id: int, counts: Any, status: str) -> None:
        try:
            with self.transaction():
                self._update_run(run_id, counts)
                self.con.execute("UPDATE runs SET status = ?, finished_at = ? WHERE id = ?", [status, _now(), run_id])
        except self._duckdb_error:  # the run record is informational; never mask the real outcome
            pass

    def _existing_ids(self, ids: list[str]) -> set[str]:
        if not ids:
            return set()
        return {r[0] for r in self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}

    def _stories_of(self, ids: Iterable[str]) -> dict[str, str]:
        ids = list(ids)
        if not ids:
            return {}
        return dict(self.con.execute("SELECT id, story_id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall())

    def _story_index(self) -> dedup.StoryIndex:
        """The LSH index of every stored signature, loaded on first use."""
        from accord.store import dedup

        if self._index is None:
            index = dedup.StoryIndex()
            cursor = self.con.execute(
                "SELECT m.article_id, a.story_id, m.signature, m.shingles FROM minhashes m JOIN articles a ON a.id = m.article_id ORDER BY a.seq"
            )
            while True:
                chunk = cursor.fetchmany(10_000)
                if not chunk:
                    break
                index.add_many((aid, sid, dedup.Signature.from_bytes(blob, size)) for aid, sid, blob, size in chunk)
            self._index = index
        return self._index

    def _next_seq(self) -> int:
        if self._seq is None:
            self._seq = self.con.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]
        self._seq += 1
        return self._seq

    def _insert(self, table: str, rows: list[dict[str, Any]], *, or_ignore: bool = False) -> None:
        """Append rows (dicts keyed by column) to a table through one Arrow batch."""
        import pyarrow as pa

        if not rows:
            return
        batch = pa.Table.from_pylist(rows, schema=self._schema(table))
        name = f"_accord_batch_{table}"
        self.con.register(name, batch)
        try:
            self.con.execute(f"INSERT {'OR IGNORE ' if or_ignore else ''}INTO {table} SELECT * FROM {name}")
        finally:
            self.con.unregister(name)

    def _write_articles(
        self,
        placed: list[tuple[Article, str, float, dedup.Signature | None]],
        extractions: dict[str, Extraction],
        extra_sources: list[tuple[Article, str]],
        run_id: int,
        now: datetime,
        pipeline: str | None,
    ) -> None:
        """Insert a batch of new articles (story, signature, source, records) and extra sources."""
        stories, articles, minhashes = [], [], []
        for article, story_id, similarity, sig in placed:
            extraction = extractions.get(article.id)
            if story_id == article.id:
                stories.append({"id": story_id, "first_article_id": article.id, "created_at": now})
            articles.append(
                {
                    "id": article.id,
                    "seq": self._next_seq(),
                    "story_id": story_id,
                    "similarity": similarity,
                    "text": article.text,
                    "title": article.title,
                    "outlet": article.outlet,
                    "published": article.published,
                    "url": article.url,
                    "language": article.language,
                    "author": article.author,
                    "source": article.source,
                    "format": article.format,
                    "removed": list(article.removed),
                    "run_id": run_id,
                    "ingested_at": now,
                    "extracted_at": now if extraction is not None else None,
                    "pipeline": pipeline if extraction is not None else None,
                }
            )
            if sig is not None:
                minhashes.append({"article_id": article.id, "signature": sig.to_bytes(), "shingles": sig.size})
        self._insert("stories", stories, or_ignore=True)
        self._insert("articles", articles)
        self._insert("minhashes", minhashes)
        sources = [(a, story_id) for a, story_id, _, _ in placed] + extra_sources
        self._insert_sources(sources, run_id, now)
        self._insert_records([(extractions[a.id], story_id) for a, story_id, _, _ in placed if a.id in extractions])

    def _insert_sources(self, items: list[tuple[Article, str]], run_id: int, now: datetime) -> None:
        rows: dict[str, dict[str, Any]] = {}
        for article, story_id in items:
            key = f"{article.id}|{article.url or article.source or ''}"
            rows.setdefault(
                key,
                {
                    "key": key,
                    "article_id": article.id,
                    "story_id": story_id,
                    "outlet": article.outlet,
                    "url": article.url,
                    "source": article.source,
                    "title": article.title,
                    "published": article.published,
                    "run_id": run_id,
                    "first_seen": now,
                },
            )
        self._insert("sources", list(rows.values()), or_ignore=True)

    def _insert_records(self, items: list[tuple[Extraction, str]]) -> None:
        """Insert the records of several extractions, one Arrow batch per table."""
        tables: dict[str, list[dict[str, Any]]] = {t: [] for t in EXTRACTED_TABLES}
        for extraction, story_id in items:
            for table, rows in extraction_rows(extraction, story_id).items():
                tables[table].extend(rows)
        for table, rows in tables.items():
            self._insert(table, rows)

    def _mark_extracted(self, article_ids: list[str], now: datetime, pipeline: str | None) -> None:
        if article_ids:
            self.con.execute(
                "UPDATE articles SET extracted_at = ?, pipeline = ? WHERE id IN (SELECT unnest(?::VARCHAR[]))", [now, pipeline, article_ids]
            )

    def _delete_records(self, article_ids: list[str]) -> None:
        if not article_ids:
            return
        for table in EXTRACTED_TABLES:
            self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [article_ids])

    def _refresh_primary(self, story_ids: set[str]) -> None:
        """Mark, per story, the earliest article's copy of each record as the one counted."""
        if not story_ids:
            return
        ids = sorted(story_ids)
        for table in RECORD_TABLES:
            self.con.execute(
                f"""
                UPDATE {table} SET is_primary = (a.seq = m.first_seq)
                FROM articles a, (
                    SELECT r.story_id, r.dup_key, min(a2.seq) AS first_seq
                    FROM {table} r JOIN articles a2 ON a2.id = r.article_id
                    WHERE r.story_id IN (SELECT unnest(?::VARCHAR[]))
                    GROUP BY r.story_id, r.dup_key
                ) m
                WHERE a.id = {table}.article_id AND m.story_id = {table}.story_id AND m.dup_key = {table}.dup_key
                """,
                [ids],
            )

    def _record_errors(self, notices: Iterable[Notice], run_id: int, now: datetime) -> None:
        latest: dict[tuple[str, str], Notice] = {}
        for notice in notices:
            latest[(notice.item or "", notice.code)] = notice
        for (item, code), notice in latest.items():
            self.con.execute(
                """
                INSERT INTO errors VALUES (?, ?, ?, ?, ?, ?, 1, ?)
                ON CONFLICT (item, code) DO UPDATE SET
                    message = excluded.message, level = excluded.level, last_seen = excluded.last_seen,
                    count = errors.count + 1, run_id = excluded.run_id
                """,
                [item, code, notice.level, notice.message, now, now, run_id],
            )

    def _clear_errors(self, items: list[str]) -> None:
        """Forget earlier failures of items that have now been read."""
        if items:
            self.con.execute("DELETE FROM errors WHERE item IN (SELECT unnest(?::VARCHAR[]))", [items])

    def _article_ids(self, *, pending_only: bool = False, only: Iterable[str] | None = None) -> list[str]:
        sql = "SELECT id FROM articles"
        where, params = [], []
        if pending_only:
            where.append("extracted_at IS NULL")
        if only is not None:
            where.append("id IN (SELECT unnest(?::VARCHAR[]))")
            params.append(list(only))
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [r[0] for r in self.con.execute(sql + " ORDER BY seq", params).fetchall()]

    def _article_rows(self, ids: list[str]) -> list[dict[str, Any]]:
        return self.rows("SELECT * FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY seq", [ids])

    # -- reading -----------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        """A stored article by id, or None."""
        from accord.store.rows import article_from_row

        rows = self.rows("SELECT * FROM articles WHERE id = ?", [article_id])
        return article_from_row(rows[0]) if rows else None

    def extraction(self, article_id: str) -> Extraction | None:
        """Everything stored for one article, rebuilt as an ``Extraction`` (local record ids)."""
        from accord.store.rows import extraction_from_rows

        article = self.article(article_id)
        if article is None:
            return None
        rows = {t: self.rows(f"SELECT * FROM {t} WHERE article_id = ? ORDER BY rowid", [article_id]) for t in EXTRACTED_TABLES}
        return extraction_from_rows(article, rows)

    def show(self, ident: str) -> ArticleView:
        """An article (or a story's first article) with its story, sources and records.

        Raises:
            StoreError: when no article or story has this id (or unique id prefix).
        """
        from accord.query.show import article_view

        return article_view(self, ident)

    def events(self, **filters: Any) -> list[StoredEvent]:
        """Events counted once per story, as typed rows; filters as for ``accord events``."""
        from accord.query.records import StoredEvent, rows_to

        return rows_to(StoredEvent, self.events_frame(**filters))

    def events_frame(self, **filters: Any) -> pd.DataFrame:
        """Events as a DataFrame (one row per event, ``story_id`` and source lists included).

        Filters: ``actor``, ``dyad`` ("A-B" or (A, B)), ``type``, ``cameo`` (prefix),
        ``context``, ``status``, ``since``, ``until``, ``outlet``, ``text``, ``limit``,
        ``all_copies`` (include the copies of syndicated stories).
        """
        from accord.query.select import select

        return select(self, "events", **filters)

    def agreements(self, **filters: Any) -> list[StoredAgreement]:
        from accord.query.records import StoredAgreement, rows_to

        return rows_to(StoredAgreement, self.agreements_frame(**filters))

    def agreements_frame(self, **filters: Any) -> pd.DataFrame:
        from accord.query.select import select

        return select(self, "agreements", **filters)

    def transfers(self, **filters: Any) -> list[StoredTransfer]:
        from accord.query.records import StoredTransfer, rows_to

        return rows_to(StoredTransfer, self.transfers_frame(**filters))

    def transfers_frame(self, **filters: Any) -> pd.DataFrame:
        from accord.query.select import select

        return select(self, "transfers", **filters)

    def activities(self, **filters: Any) -> list[StoredActivity]:
        from accord.query.records import StoredActivity, rows_to

        return rows_to(StoredActivity, self.activities_frame(**filters))

    def activities_frame(self, **filters: Any) -> pd.DataFrame:
        from accord.query.select import select

        return select(self, "activities", **filters)

    def alliances(self, **filters: Any) -> list[StoredAlliance]:
        from accord.query.records import StoredAlliance, rows_to

        return rows_to(StoredAlliance, self.alliances_frame(**filters))

    def alliances_frame(self, **filters: Any) -> pd.DataFrame:
        from accord.query.select import select

        return select(self, "alliances", **filters)

    def actors(self, **filters: Any) -> list[ActorSummary]:
        from accord.query.records import ActorSummary, rows_to

        return rows_to(ActorSummary, self.actors_frame(**filters))

    def actors_frame(self, **filters: Any) -> pd.DataFrame:
        """Actors aggregated across stories: name, kind, country, code, stories, mentions, events."""
        from accord.query.select import select_actors

        return select_actors(self, **filters)

    def dyad(self, a: str, b: str, **filters: Any) -> DyadSummary:
        """The relation between two states over time (see ``accord.query.dyad``)."""
        from accord.query.dyad import dyad_summary

        return dyad_summary(self, a, b, **filters)

    def errors(self, *, include_warnings: bool = False) -> list[IngestError]:
        """Items that failed to ingest, and why (latest first)."""
        from accord.query.records import IngestError, rows_to

        where = "" if include_warnings else "WHERE level = 'error'"
        return rows_to(IngestError, self.frame(f"SELECT * FROM errors {where} ORDER BY last_seen DESC, item"))

    def stats(self) -> dict[str, int]:
        """Counts of articles, stories, sources and records (records counted once per story)."""
        row = self.con.execute(
            """
            SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories), (SELECT count(*) FROM sources),
                   (SELECT count(*) FROM events WHERE is_primary), (SELECT count(*) FROM events),
                   (SELECT count(*) FROM agreements WHERE is_primary), (SELECT count(*) FROM transfers WHERE is_primary),
                   (SELECT count(*) FROM activities WHERE is_primary), (SELECT count(*) FROM alliances WHERE is_primary),
                   (SELECT count(*) FROM errors WHERE level = 'error'), (SELECT count(*) FROM articles WHERE extracted_at IS NULL)
            """
        ).fetchone()
        names = ("articles", "stories", "sources", "events", "event_mentions", "agreements", "transfers", "activities", "alliances", "errors", "unextracted")
        return dict(zip(names, row))

    def sql(self, query: str) -> pd.DataFrame:
        """Run one read-only statement (SELECT, WITH ..., DESCRIBE, SHOW, EXPLAIN).

        Raises:
            StoreError: for anything that could write (INSERT, COPY, ATTACH, ...), or an SQL error.
        """
        import duckdb

        try:
            statements = self.con.extract_statements(query)
        except duckdb.Error as exc:
            raise StoreError(str(exc).splitlines()[0]) from exc
        if len(statements) != 1:
            raise StoreError(f"give exactly one SQL statement (got {len(statements)})")
        kind = statements[0].type
        if kind not in (duckdb.StatementType.SELECT, duckdb.StatementType.EXPLAIN):
            raise StoreError(f"accord sql is read-only: {kind.name} statements are refused; use SELECT")
        return self.frame(query)

    def export(self, fmt: str, out: str | os.PathLike[str], *, table: str = "events", **filters: Any) -> Path:
        """Write records to a file in one of ``accord.interfaces.export.EXPORTERS``.

        RETURNS (Path): the file written.
        """
        from accord.interfaces.export import export

        return export(self, fmt, out, table=table, **filters)


def _now() -> datetime:
    from datetime import timezone

    return datetime.now(timezone.utc).replace(tzinfo=None)


__all__ = ["DB_ENV", "DEFAULT_DB", "Store", "default_path"]
