"""``Database``: accord's knowledge base in one DuckDB file (the only module that imports duckdb).

It opens the file on connections that reach nothing outside it (docs/security.md), refuses
files that are not accord stores, migrates writable ones, runs SQL, and offers the writes an ingest run needs
(``start_run``, ``write_articles``, ``write_records``, ``refresh_primary_records`` ...),
each a small documented step; the runner in ``accord.runners.ingest`` decides their order
and wraps each batch in ``transaction()``. Queries live in ``accord.query``; the public
``accord.Store`` (``accord.interfaces.library``) composes them all.

    with Database("news.duckdb") as db:
        run_id = db.start_run("ingest", ["feeds/"], pipeline=None)
        with db.transaction():                       # one batch
            db.write_articles(placed, extractions, [], run_id, now, pipeline=None)
            db.refresh_primary_records(joined_stories)
        db.finish_run(run_id, totals, "done")

Writers take the database's write lock (one process at a time, DuckDB's rule); readers
opened with ``read_only=True`` may run side by side when no writer holds the file. An
ingest ``pause``s its connection while it extracts, so readers get in between its batches.
"""

from __future__ import annotations

import errno
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

from accord.errors import StoreError
from accord.records import Article, Extraction, Notice
from accord.store.rows import EXTRACTED_TABLES, RECORD_TABLES, TABLES, article_from_row, columns, extraction_from_rows, extraction_rows
from accord.store.schema import check_readable, check_writable, current_version, migrate

if TYPE_CHECKING:
    import pandas as pd

    from accord.store import dedup

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
    "SMALLINT": "int16",
}


def default_path() -> Path:
    """``$ACCORD_DB`` if set, else ``./accord.duckdb``."""
    return Path(os.environ.get(DB_ENV) or DEFAULT_DB)


#: Every connection accord opens: no files, URLs or extensions beyond the store itself
#: (DuckDB's readers, COPY, ATTACH, INSTALL/LOAD, replacement scans of Python objects).
_HARDENED = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}
#: Read-only connections also lock their configuration: no SET, RESET or PRAGMA can loosen it.
_READ_ONLY = {**_HARDENED, "lock_configuration": True}

#: DuckDB's memory limit for every connection (e.g. ``512MB``); unset, DuckDB's own default
#: (80% of RAM) applies. It bounds DuckDB's buffer cache, so long exports stay flat at any
#: store size (docs/scale.md); it must be given at connect time, as read-only connections
#: lock their configuration.
MEMORY_LIMIT_ENV = "ACCORD_MEMORY_LIMIT"


def _connection_config(base: dict[str, Any]) -> dict[str, Any]:
    limit = os.environ.get(MEMORY_LIMIT_ENV, "").strip()
    return {**base, "memory_limit": limit} if limit else dict(base)


#: How long a paused writer waits for readers to let go of the file before giving up.
RESUME_WAIT = 30.0


def _is_lock_error(exc: BaseException) -> bool:
    """DuckDB's refusal because another process holds the file (``Could not set lock on file``)."""
    low = str(exc).lower()
    return "lock" in low and "configuration" not in low


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _store_error(exc: BaseException, path: str | None, doing: str) -> StoreError:
    """One line for a DuckDB or OS error, saying what to do about it.

    ``doing`` names the step that failed ("open the database", "write to the database").
    """
    text = str(exc)
    low = text.lower()
    errno_ = getattr(exc, "errno", None)
    if errno_ == errno.ENOSPC or "no space left" in low or "disk full" in low:
        return StoreError(
            f"cannot {doing}: the disk is full; free some space and run the command again "
            "(batches already committed are kept)",
            item=path,
        )
    if errno_ in (errno.EACCES, errno.EPERM, errno.EROFS) or "permission denied" in low or "read-only file system" in low:
        return StoreError(
            f"cannot {doing}: permission denied; check that you may read (and, to write, write) the file and its folder",
            item=path,
        )
    if _is_lock_error(exc):
        return StoreError(
            "the database is in use by another accord process (an ingest still running?); "
            "wait for it to finish, or use another --db",
            item=path,
        )
    if "not a valid duckdb database" in low or "corrupt" in low or "checksum" in low or "invalidated" in low:
        return StoreError(
            f"cannot {doing}: the file is damaged or not a DuckDB database; "
            "restore it from a backup, or build a new store with `accord ingest` into another --db",
            item=path,
        )
    if "is a directory" in low or errno_ == errno.EISDIR:
        return StoreError(f"cannot {doing}: this is a folder; give a file name, e.g. --db {Path(path or '.') / DEFAULT_DB}", item=path)
    return StoreError(f"cannot {doing} ({_first_line(exc)})", item=path)


#: ``event_states`` rows (migrations ``*_query_speed.sql``, ``*_query_scale.sql``) of the events ``e`` that ``{where}`` selects.
_EVENT_STATES = """
    SELECT state, list_contains(actor, state) AS acts, list_contains(recipient, state) AS receives, id, article_id, story_id, day,
           type, status, quad_class, goldstein, confidence, is_primary, seq
    FROM (SELECT e.*, a.seq, unnest(list_distinct(list_concat(e.actor, e.recipient))) AS state
          FROM events e LEFT JOIN articles a ON a.id = e.article_id WHERE {where})
    WHERE state IS NOT NULL"""

#: ``event_pairs`` rows (one per event and pair of states it names, ``lo < hi``) from the ``event_states`` rows of ``{states}``.
_EVENT_PAIRS = """
    SELECT x.state, y.state, x.acts, x.receives, y.acts, y.receives, x.id, x.article_id, x.story_id, x.day,
           x.type, x.status, x.quad_class, x.goldstein, x.confidence, x.is_primary
    FROM {states} x JOIN {states} y ON y.id = x.id AND x.state < y.state"""
#: The orders the derived tables are written in, so that each row group holds few states (zone maps skip the rest).
_STATES_ORDER = "ORDER BY state, day, seq, id"
_PAIRS_ORDER = "ORDER BY x.state, y.state, x.day, x.id"


class RunTotals(Protocol):
    """The running totals a run record keeps (``accord.runners.ingest.IngestCounts`` has them)."""

    added: int
    duplicates: int
    syndicated: int
    events: int
    errors: int


class PlacedArticle(NamedTuple):
    """A new article and the story it joins (its own id when it starts one)."""

    article: Article
    story_id: str
    similarity: float  # estimated Jaccard similarity to the story (1.0 when it starts one)
    signature: dedup.Signature | None  # None for texts too short to shingle


class Database:
    """accord's knowledge base: articles, stories, sources and every extracted record.

    Args:
        path (str | Path | None): the DuckDB file; None uses ``$ACCORD_DB`` or
            ``./accord.duckdb``; ``":memory:"`` for a throw-away store.
        read_only (bool): open without the write lock (queries only); the file must exist
            and be an accord store of this version (read-only opening never migrates).
        lock_wait (float): seconds to keep retrying while another process holds the file
            (an ingest writing a batch); 0 fails at once.

    Raises:
        StoreError: the file cannot be opened (missing in read-only mode, locked by a
            writer, damaged or not a DuckDB file, another program's database, from a newer
            accord, no permission, disk full); one line saying what to do.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False, lock_wait: float = 0.0) -> None:
        import duckdb

        self.path = str(path) if path is not None else str(default_path())
        self.read_only = read_only
        self._duckdb_error = duckdb.Error
        memory = self.path == ":memory:"
        if read_only and not memory and not Path(self.path).exists():
            raise StoreError("no database here; create one with `accord ingest SOURCE --db PATH`", item=self.path)
        if not memory and not read_only:
            try:
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
                if Path(self.path).is_file() and Path(self.path).stat().st_size == 0:
                    Path(self.path).unlink()  # an empty file (``touch``): a new store, as DuckDB cannot open it
            except OSError as exc:
                raise _store_error(exc, self.path, "open the database") from exc
        self.con = self._connect(lock_wait)
        self._index: dedup.StoryIndex | None = None
        self._seq: int | None = None
        self._schemas: dict[str, Any] = {}
        self._in_tx = False

    def _connect(self, lock_wait: float) -> Any:
        """A checked (and, when writable, migrated) connection; while another process holds the
        file's lock, retry with a short backoff for up to ``lock_wait`` seconds."""
        import duckdb

        deadline = time.monotonic() + lock_wait
        pause = 0.02
        while True:
            try:
                return self._open_once()
            except duckdb.IOException as exc:
                if not _is_lock_error(exc) or time.monotonic() + pause > deadline:
                    raise self._open_error(exc) from exc
            except (duckdb.Error, OSError) as exc:
                raise self._open_error(exc) from exc
            time.sleep(pause)
            pause = min(pause * 2, 0.5)

    def _open_error(self, exc: BaseException) -> StoreError:
        if self.read_only and _is_lock_error(exc):
            return StoreError(
                "an ingest is writing to the database right now; run the command again in a moment",
                item=self.path,
            )
        return _store_error(exc, self.path, "open the database")

    def _open_once(self) -> Any:
        import duckdb

        if self.read_only and self.path != ":memory:":
            # Read-only commands never migrate: a store that is not accord's, older or newer is refused.
            con = duckdb.connect(self.path, read_only=True, config=_connection_config(_READ_ONLY))
            try:
                check_readable(con, self.path)
            except StoreError:
                con.close()
                raise
            return con
        con = duckdb.connect(self.path, config=_connection_config(_HARDENED))
        try:
            con.execute("SET enable_progress_bar = false")  # DuckDB would draw one on stderr during a long migration
        except duckdb.Error:
            pass  # in Jupyter DuckDB refuses to touch the setting without ipywidgets; the bar is cosmetic
        try:
            check_writable(con, self.path)
            migrate(con)
        except StoreError:
            con.close()
            raise
        return con

    @property
    def can_pause(self) -> bool:
        """Whether ``pause`` may close the connection (a file store; ``:memory:`` would lose its data)."""
        return self.path != ":memory:" and not self._in_tx

    def pause(self) -> None:
        """Close the connection so that other processes may open the file (read-only) meanwhile;
        nothing to do when it is paused already."""
        if self.can_pause and self.con is not None:
            self.con.close()
            self.con = None

    def resume(self, lock_wait: float = RESUME_WAIT) -> None:
        """Open the connection again after ``pause``, waiting up to ``lock_wait`` seconds for readers to let go."""
        if self.con is None:
            self._schemas = {}
            self.con = self._connect(lock_wait)

    # -- lifecycle ---------------------------------------------------------------------------

    def close(self) -> None:
        if self.con is not None:
            self.con.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Database({self.path!r}{', read_only=True' if self.read_only else ''})"

    @property
    def schema_version(self) -> int:
        return current_version(self.con)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One all-or-nothing write: committed on success, rolled back on any exception."""
        if self._in_tx:
            yield
            return
        try:
            self.con.execute("BEGIN TRANSACTION")
        except (self._duckdb_error, OSError) as exc:
            raise _store_error(exc, self.path, "write to the database") from exc
        self._in_tx = True
        try:
            yield
        except BaseException as exc:
            self._in_tx = False
            self._rollback()
            if isinstance(exc, (self._duckdb_error, OSError)):
                raise _store_error(exc, self.path, "write to the database") from exc
            raise
        self._in_tx = False
        try:
            self.con.execute("COMMIT")
        except (self._duckdb_error, OSError) as exc:
            self._rollback()
            raise _store_error(exc, self.path, "write to the database") from exc

    def _rollback(self) -> None:
        try:
            self.con.execute("ROLLBACK")
        except self._duckdb_error:  # the failure may have ended the transaction (or the connection) already
            pass

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> Any:
        """Run SQL on the store's connection, mapping DuckDB errors to ``StoreError``."""
        try:
            return self.con.execute(sql, params) if params is not None else self.con.execute(sql)
        except self._duckdb_error as exc:
            raise StoreError(_first_line(exc)) from exc

    def frame(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> pd.DataFrame:
        """A query's result as a pandas DataFrame."""
        return self.execute(sql, params).df()

    def batches(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None, *, size: int = 10_000) -> Iterator[Any]:
        """A query's result as a stream of Arrow record batches of ``size`` rows, for exports,
        which never hold the whole result. The stream runs on its own cursor (same database,
        same hardened settings), so the store answers other queries while it is read."""
        cursor = self.con.cursor()
        try:
            reader = cursor.sql(sql, params=params).to_arrow_reader(size)
            yield from reader
        except self._duckdb_error as exc:
            raise StoreError(_first_line(exc)) from exc
        finally:
            cursor.close()

    def rows(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """A query's result as a list of dicts (DuckDB types: lists, dates, None)."""
        cursor = self.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def require_writable(self) -> None:
        """Raise ``StoreError`` when the database was opened read-only."""
        if self.read_only:
            raise StoreError("this store was opened read-only", item=self.path)

    # -- runs: one row per ingest or reprocess, kept up to date batch by batch ----------------

    def start_run(self, command: str, sources: list[str], pipeline: str | None) -> int:
        """Record a run as ``running``; RETURNS (int): its id."""
        with self.transaction():
            run_id = self.con.execute("SELECT coalesce(max(id), 0) + 1 FROM runs").fetchone()[0]
            self.con.execute(
                "INSERT INTO runs (id, command, sources, pipeline, started_at, status) VALUES (?, ?, ?, ?, ?, 'running')",
                [run_id, command, sources, pipeline, _now()],
            )
        return run_id

    def update_run(self, run_id: int, totals: RunTotals) -> None:
        """Store a run's running totals (call inside the batch's transaction)."""
        self.con.execute(
            "UPDATE runs SET articles = ?, duplicates = ?, syndicated = ?, events = ?, errors = ? WHERE id = ?",
            [totals.added, totals.duplicates, totals.syndicated, totals.events, totals.errors, run_id],
        )

    def finish_run(self, run_id: int, totals: RunTotals, status: str) -> None:
        """Close a run with its final totals and ``status`` (``done``, ``interrupted`` or ``failed``)."""
        try:
            with self.transaction():
                self.update_run(run_id, totals)
                self.con.execute("UPDATE runs SET status = ?, finished_at = ? WHERE id = ?", [status, _now(), run_id])
        except self._duckdb_error:  # the run record is informational; never mask the real outcome
            pass

    # -- what is stored already --------------------------------------------------------------

    def existing_article_ids(self, ids: list[str]) -> set[str]:
        """Those of ``ids`` already stored."""
        if not ids:
            return set()
        return {r[0] for r in self.con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall()}

    def story_ids_of(self, article_ids: Iterable[str]) -> dict[str, str]:
        """The story of each stored article, by article id."""
        ids = list(article_ids)
        if not ids:
            return {}
        return dict(self.con.execute("SELECT id, story_id FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[]))", [ids]).fetchall())

    def story_index(self) -> dedup.StoryIndex:
        """The LSH index of every stored signature, loaded on first use and kept for this connection.

        A runner adds the signatures it writes (``index.add``) once their batch is committed.
        """
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

    def story_candidates(self, probes: list[tuple[int, int]]) -> list[tuple[str, str, bytes, int, int, int]]:
        """Stored articles sharing an LSH band with any ``(band, hash)`` probe (``dedup.bands``).

        RETURNS: ``(article_id, story_id, signature, shingles, band, hash)`` per shared band.
        """
        if not probes:
            return []
        return self.con.execute(
            """
            SELECT b.article_id, a.story_id, m.signature, m.shingles, b.band, b.hash
            FROM (SELECT DISTINCT * FROM (SELECT unnest(?::SMALLINT[]) AS band, unnest(?::BIGINT[]) AS hash)) p
            JOIN lsh_bands b ON b.band = p.band AND b.hash = p.hash
            JOIN articles a ON a.id = b.article_id JOIN minhashes m ON m.article_id = b.article_id
            """,
            [[b for b, _ in probes], [h for _, h in probes]],
        ).fetchall()

    def unbanded_signatures(self) -> list[tuple[str, bytes, int]]:
        """``(article_id, signature, shingles)`` of stored signatures not yet in ``lsh_bands``
        (a store written before the index was kept there)."""
        return self.con.execute(
            "SELECT m.article_id, m.signature, m.shingles FROM minhashes m "
            "WHERE NOT EXISTS (SELECT 1 FROM lsh_bands b WHERE b.article_id = m.article_id)"
        ).fetchall()

    def write_bands(self, rows: list[tuple[int, int, str]]) -> None:
        """Add ``(band, hash, article_id)`` rows to the LSH index."""
        self._insert("lsh_bands", [{"band": b, "hash": h, "article_id": a} for b, h, a in rows])

    def raw_keys(self) -> set[str]:
        """Every stored raw-item key (``raw_items``)."""
        return {r[0] for r in self.con.execute("SELECT raw_key FROM raw_items").fetchall()}

    def write_raw_keys(self, pairs: list[tuple[str, str]]) -> None:
        """Remember ``(raw_key, article_id)`` of items read (a key seen before is kept)."""
        self._insert("raw_items", [{"raw_key": k, "article_id": a} for k, a in dict(pairs).items()], or_ignore=True)

    def article_ids(self, *, pending_only: bool = False, only: Iterable[str] | None = None) -> list[str]:
        """Stored article ids in ingest order.

        Args:
            pending_only (bool): only articles never extracted.
            only: only these ids.
        """
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

    def articles(self, ids: list[str]) -> list[Article]:
        """The stored articles with these ids, in ingest order."""
        rows = self.rows("SELECT * FROM articles WHERE id IN (SELECT unnest(?::VARCHAR[])) ORDER BY seq", [ids])
        return [article_from_row(r) for r in rows]

    # -- writing (call inside ``transaction()``; one batch, one transaction) -----------------

    def write_articles(
        self,
        placed: list[PlacedArticle],
        extractions: dict[str, Extraction],
        extra_sources: list[tuple[Article, str]],
        run_id: int,
        now: datetime,
        pipeline: str | None,
    ) -> None:
        """Insert new articles with their story, signature, source and records.

        Args:
            placed: the new articles, each with its story.
            extractions: their extractions by article id (an article without one is stored
                unextracted).
            extra_sources: ``(article, story_id)`` of copies already stored: only their
                source (outlet, URL) is added.
            pipeline: the pipeline's name, kept with each extracted article.
        """
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
        self.write_records([(extractions[a.id], story_id) for a, story_id, _, _ in placed if a.id in extractions])

    def write_records(self, items: list[tuple[Extraction, str]]) -> None:
        """Insert the records of several ``(extraction, story_id)``, one Arrow batch per table."""
        tables: dict[str, list[dict[str, Any]]] = {t: [] for t in EXTRACTED_TABLES}
        for extraction, story_id in items:
            for table, rows in extraction_rows(extraction, story_id).items():
                tables[table].extend(rows)
        for table, rows in tables.items():
            self._insert(table, rows)
        self._write_event_states([row["id"] for row in tables.get("events", ())])

    def delete_records(self, article_ids: list[str]) -> None:
        """Delete every record extracted from these articles (before writing new ones)."""
        if not article_ids:
            return
        for table in (*EXTRACTED_TABLES, "event_states", "event_pairs"):
            self.con.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [article_ids])

    def mark_extracted(self, article_ids: list[str], now: datetime, pipeline: str | None) -> None:
        """Note when, and by which pipeline, these articles were extracted."""
        if article_ids:
            self.con.execute(
                "UPDATE articles SET extracted_at = ?, pipeline = ? WHERE id IN (SELECT unnest(?::VARCHAR[]))", [now, pipeline, article_ids]
            )

    def refresh_primary_records(self, story_ids: set[str]) -> None:
        """Mark, per story, the earliest article's copy of each record as the one counted; for a
        record a learned back-off may propose (``found_by``), the earliest copy the rules found,
        when any did, so that filtering on ``found_by = 'rules'`` keeps the story's record."""
        if not story_ids:
            return
        ids = sorted(story_ids)
        for table in RECORD_TABLES:
            first = (
                "coalesce(min(a2.seq) FILTER (WHERE r.found_by IS DISTINCT FROM 'model'), min(a2.seq))"
                if any(c.name == "found_by" for c in columns(TABLES[table]))
                else "min(a2.seq)"
            )
            self.con.execute(
                f"""
                UPDATE {table} SET is_primary = (a.seq = m.first_seq)
                FROM articles a, (
                    SELECT r.story_id, r.dup_key, {first} AS first_seq
                    FROM {table} r JOIN articles a2 ON a2.id = r.article_id
                    WHERE r.story_id IN (SELECT unnest(?::VARCHAR[]))
                    GROUP BY r.story_id, r.dup_key
                ) m
                WHERE a.id = {table}.article_id AND m.story_id = {table}.story_id AND m.dup_key = {table}.dup_key
                """,
                [ids],
            )
        for derived in ("event_states", "event_pairs"):
            self.con.execute(
                f"""
                UPDATE {derived} SET is_primary = e.is_primary FROM events e
                WHERE e.id = {derived}.id AND {derived}.story_id IN (SELECT unnest(?::VARCHAR[]))
                """,
                [ids],
            )

    def rebuild_event_states(self) -> None:
        """Derive ``event_states`` and ``event_pairs`` afresh from every stored event (for stores written in bulk by SQL)."""
        self.con.execute("DELETE FROM event_states; DELETE FROM event_pairs")
        self.derive_event_states(after_row=-1)

    def derive_event_states(self, *, after_row: int) -> None:
        """Add the ``event_states`` and ``event_pairs`` rows of the events stored after row ``after_row``
        (the largest ``events.rowid`` before they were appended; -1 for all), each sorted by state and day: a
        bulk load (``accord.store.synthetic``) calls this once per chunk it appends, so the derived tables
        stay clustered by state."""
        last = self.con.execute("SELECT coalesce(max(rowid), -1) FROM event_states").fetchone()[0]
        self.con.execute(f"INSERT INTO event_states {_EVENT_STATES.format(where='e.rowid > ?')} {_STATES_ORDER}", [after_row])
        added = f"(SELECT * FROM event_states WHERE rowid > {int(last)})"
        self.con.execute(f"INSERT INTO event_pairs WITH new AS MATERIALIZED {added} {_EVENT_PAIRS.format(states='new')} {_PAIRS_ORDER}")

    def _write_event_states(self, event_ids: list[str]) -> None:
        """Add the ``event_states`` and ``event_pairs`` rows of events just written (found by the id index)."""
        if event_ids:
            new = _EVENT_STATES.format(where="e.id IN (SELECT unnest(?::VARCHAR[]))")
            self.con.execute(f"INSERT INTO event_states {new}", [event_ids])
            self.con.execute(f"INSERT INTO event_pairs WITH new AS MATERIALIZED ({new}) {_EVENT_PAIRS.format(states='new')}", [event_ids])

    def record_errors(self, notices: Iterable[Notice], run_id: int, now: datetime) -> None:
        """Record failed items (one row per item and code; a repeat raises its count)."""
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

    def clear_errors(self, items: list[str]) -> None:
        """Forget earlier failures of items that have now been read."""
        if items:
            self.con.execute("DELETE FROM errors WHERE item IN (SELECT unnest(?::VARCHAR[]))", [items])

    # -- internals ---------------------------------------------------------------------------

    def _schema(self, table: str) -> Any:
        import pyarrow as pa

        if table not in self._schemas:
            types = {
                "string": pa.string(),
                "int16": pa.int16(),
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

    # -- reading -----------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        """A stored article by id, or None."""
        rows = self.rows("SELECT * FROM articles WHERE id = ?", [article_id])
        return article_from_row(rows[0]) if rows else None

    def extraction(self, article_id: str) -> Extraction | None:
        """Everything stored for one article, rebuilt as an ``Extraction`` (local record ids)."""
        article = self.article(article_id)
        if article is None:
            return None
        rows = {t: self.rows(f"SELECT * FROM {t} WHERE article_id = ? ORDER BY rowid", [article_id]) for t in EXTRACTED_TABLES}
        return extraction_from_rows(article, rows)

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
        """Run one untrusted read-only query: a SELECT (also WITH, FROM, VALUES, DESCRIBE, SHOW,
        SUMMARIZE) or a plain EXPLAIN of one.

        The statement is checked with DuckDB's own parser, then run on a connection of its own
        (a cursor) that cannot reach files, URLs or extensions; on a writable store it runs
        inside a transaction that is always rolled back.

        Raises:
            StoreError: anything but one such statement (INSERT, COPY, ATTACH, SET, PRAGMA,
                EXPLAIN ANALYZE ...), a file or URL it names, or an SQL error; one line.
        """
        _check_query(self.con, query)
        cursor = self.con.cursor()
        try:
            if not self.read_only:
                cursor.execute("BEGIN TRANSACTION")
            try:
                return cursor.execute(query).df()
            finally:
                if not self.read_only:
                    try:
                        cursor.execute("ROLLBACK")
                    except self._duckdb_error:
                        pass
        except self._duckdb_error as exc:
            raise _sql_error(exc) from exc
        finally:
            cursor.close()


_READ_ONLY_HINT = "accord sql is read-only"


def _check_query(con: Any, query: str) -> None:
    """Accept exactly one query statement, as DuckDB parses it; raise ``StoreError`` otherwise."""
    import duckdb

    statements = _parse(con, query)
    if len(statements) != 1:
        raise StoreError(f"give exactly one SQL statement (got {len(statements)})")
    kind = statements[0].type
    if kind is duckdb.StatementType.SELECT:
        return
    if kind is duckdb.StatementType.EXPLAIN:
        # EXPLAIN ANALYZE (and EXPLAIN (options)) runs the statement: only a plain EXPLAIN of one SELECT.
        tokens = [offset for offset, kind_ in duckdb.tokenize(query) if kind_ != duckdb.token_type.comment]
        if len(tokens) >= 2:
            second = query[tokens[1] : tokens[2] if len(tokens) > 2 else len(query)].strip().lower()
            if second in ("analyze", "analyse", "("):
                raise StoreError(f"{_READ_ONLY_HINT}: EXPLAIN ANALYZE and EXPLAIN (options) are refused (ANALYZE runs the statement); use plain EXPLAIN")
            inner = _parse(con, query[tokens[1] :])
            if len(inner) == 1 and inner[0].type is duckdb.StatementType.SELECT:
                return
        raise StoreError(f"{_READ_ONLY_HINT}: only EXPLAIN of a SELECT is accepted")
    name = "INSTALL and LOAD" if kind is duckdb.StatementType.LOAD else kind.name  # DuckDB files INSTALL under LOAD
    raise StoreError(f"{_READ_ONLY_HINT}: {name} statements are refused; use SELECT")


def _parse(con: Any, query: str) -> list[Any]:
    import duckdb

    if not isinstance(query, str):
        raise StoreError("the query must be text")
    try:
        return con.extract_statements(query)
    except duckdb.Error as exc:
        raise StoreError(_first_line(exc)) from exc
    except (TypeError, ValueError, UnicodeError) as exc:  # e.g. lone surrogates, which are not UTF-8
        raise StoreError("the query is not valid text (unpaired surrogate or similar)") from exc


def _sql_error(exc: BaseException) -> StoreError:
    import duckdb

    if isinstance(exc, duckdb.PermissionException) or "disabled by configuration" in str(exc) or "configuration has been locked" in str(exc):
        return StoreError(f"{_READ_ONLY_HINT} and reads only the store: files, URLs, extensions and settings are out of reach ({_first_line(exc)})")
    return StoreError(_first_line(exc))


def _now() -> datetime:
    from datetime import timezone

    return datetime.now(timezone.utc).replace(tzinfo=None)


__all__ = ["DB_ENV", "DEFAULT_DB", "Database", "PlacedArticle", "RunTotals", "default_path"]
