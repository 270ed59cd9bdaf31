"""``accord.Store``: the Python library's front door to a knowledge base.

    store = Store("news.duckdb")
    store.ingest(["feeds/", "https://example.com/rss"])
    store.events(actor="SRB", since="2025-01-01")     # -> list[StoredEvent]
    store.events_frame(dyad=("SRB", "XKX"))           # -> pandas DataFrame
    store.table("transfers", engine="polars")         # -> polars DataFrame
    store.dyad("SRB", "HUN")                          # -> DyadSummary (events that happened)
    store.geocode("Belgrade")                         # -> Place(country="SRB", feature="capital", ...)

A facade: it owns one ``accord.store.Database`` and passes it to the layers below, the
ingest runner (``accord.runners.ingest``), the queries (``accord.query``) and the
exports (``accord.interfaces.export``). It adds no behaviour of its own beyond choosing
the default pipeline, so the CLI and any service get the same results as Python code.

Writers take the database's write lock (one process at a time, DuckDB's rule); readers
opened with ``read_only=True`` may run side by side when no writer holds the file.

Without a knowledge base, ``extract_file`` and ``extract_jsonl`` read articles from files and
extract them (what ``accord extract`` runs), with the reading notices ``accord.extract`` lacks.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.records import Article, Extraction, Notice
from accord.store import Database

if TYPE_CHECKING:
    import pandas as pd

    from accord.actors.geo import Geocoder, Place

    from accord.ingest.sources import SourceOptions
    from accord.query.dyad import DyadSummary
    from accord.query.records import (
        ActorSummary,
        IngestError,
        StoredActivity,
        StoredAgreement,
        StoredAlliance,
        StoredEvent,
        StoredTransfer,
    )
    from accord.query.show import ArticleView
    from accord.runners.ingest import Extractor, IngestSummary, Progress


class Store:
    """accord's knowledge base: articles, stories, sources and every extracted record.

    Args:
        path (str | Path | None): the DuckDB file; None uses ``$ACCORD_DB`` or
            ``./accord.duckdb``; ``":memory:"`` for a throw-away store.
        read_only (bool): open without the write lock (queries only); the file must exist
            and be an accord store of this version (read-only opening never migrates).
        lock_wait (float): seconds to keep retrying while an ingest holds the file to write a batch.

    Raises:
        StoreError: the file cannot be opened (missing in read-only mode, locked by a
            writer, damaged or not a DuckDB file, another program's database, from a newer
            accord, no permission, disk full); one line saying what to do.
    """

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False, lock_wait: float = 0.0) -> None:
        self.database = Database(path, read_only=read_only, lock_wait=lock_wait)
        self.path = self.database.path
        self.read_only = read_only

    # -- lifecycle and raw SQL ---------------------------------------------------------------

    @property
    def con(self) -> Any:
        """The DuckDB connection (for SQL the methods below do not cover); like every accord
        connection it reaches no file, URL or extension outside the store."""
        return self.database.con

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.path!r}{', read_only=True' if self.read_only else ''})"

    @property
    def schema_version(self) -> int:
        return self.database.schema_version

    def transaction(self) -> AbstractContextManager[None]:
        """One all-or-nothing write: committed on success, rolled back on any exception."""
        return self.database.transaction()

    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> Any:
        """Run SQL on the store's connection, mapping DuckDB errors to ``StoreError``."""
        return self.database.execute(sql, params)

    def frame(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> pd.DataFrame:
        """A query's result as a pandas DataFrame."""
        return self.database.frame(sql, params)

    def rows(self, sql: str, params: Sequence[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
        """A query's result as a list of dicts (DuckDB types: lists, dates, None)."""
        return self.database.rows(sql, params)

    def sql(self, query: str) -> pd.DataFrame:
        """Run one untrusted read-only query: a SELECT (WITH, DESCRIBE, SHOW ...) or a plain
        EXPLAIN of one, on a connection that cannot reach files, URLs or extensions
        (docs/security.md).

        Raises:
            StoreError: anything else (INSERT, COPY, ATTACH, SET, EXPLAIN ANALYZE ...), a file
                or URL it names, or an SQL error; one line.
        """
        return self.database.sql(query)

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
        from accord.runners.ingest import BATCH_SIZE, ingest

        self.database.require_writable()
        return ingest(
            self.database,
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
        from accord.runners.ingest import BATCH_SIZE, ingest_articles

        self.database.require_writable()
        return ingest_articles(
            self.database, items, pipeline=self._pipeline(pipeline, extract), batch_size=batch_size or BATCH_SIZE, progress=progress
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
        from accord.runners.ingest import BATCH_SIZE, reprocess

        self.database.require_writable()
        return reprocess(
            self.database,
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

    # -- reading -----------------------------------------------------------------------------

    def article(self, article_id: str) -> Article | None:
        """A stored article by id, or None."""
        return self.database.article(article_id)

    def extraction(self, article_id: str) -> Extraction | None:
        """Everything stored for one article, rebuilt as an ``Extraction`` (local record ids)."""
        return self.database.extraction(article_id)

    def show(self, ident: str) -> ArticleView:
        """An article (or a story's first article) with its story, sources and records.

        Raises:
            StoreError: when no article or story has this id (or unique id prefix).
        """
        from accord.query.show import article_view

        return article_view(self.database, ident)

    def events(self, **filters: Any) -> list[StoredEvent]:
        """Events counted once per story, as typed rows; filters as for ``accord events``."""
        from accord.query.records import StoredEvent, rows_to

        return rows_to(StoredEvent, self.events_frame(**filters))

    def events_frame(self, *, engine: str = "pandas", **filters: Any) -> Any:
        """Events as a DataFrame (one row per event, ``story_id`` and source lists included).

        Filters: ``actor``, ``dyad`` ("A-B" or (A, B)), ``type``, ``cameo`` (prefix),
        ``context``, ``status``, ``since``, ``until``, ``outlet``, ``text``, ``limit``,
        ``all_copies`` (include the copies of syndicated stories).
        """
        return self._select("events", engine, filters)

    def agreements(self, **filters: Any) -> list[StoredAgreement]:
        from accord.query.records import StoredAgreement, rows_to

        return rows_to(StoredAgreement, self.agreements_frame(**filters))

    def agreements_frame(self, *, engine: str = "pandas", **filters: Any) -> Any:
        """Agreements as a DataFrame.

        Filters: ``party``, ``status``, ``domain``, ``found_by`` ("rules", or "model" for a learned
        back-off's proposals), ``since``, ``until``, ``outlet``, ``text``, ``limit``, ``all_copies``.
        """
        return self._select("agreements", engine, filters)

    def transfers(self, **filters: Any) -> list[StoredTransfer]:
        from accord.query.records import StoredTransfer, rows_to

        return rows_to(StoredTransfer, self.transfers_frame(**filters))

    def transfers_frame(self, *, engine: str = "pandas", **filters: Any) -> Any:
        """Arms transfers as a DataFrame.

        Filters: ``supplier``, ``recipient``, ``item``, ``category`` (substrings), ``status``,
        ``year``, ``found_by`` ("rules", or "model" for the learned back-off's proposals),
        ``since``, ``until``, ``outlet``, ``text``, ``limit``, ``all_copies``.
        """
        return self._select("transfers", engine, filters)

    def activities(self, **filters: Any) -> list[StoredActivity]:
        from accord.query.records import StoredActivity, rows_to

        return rows_to(StoredActivity, self.activities_frame(**filters))

    def activities_frame(self, *, engine: str = "pandas", **filters: Any) -> Any:
        """Joint activities as a DataFrame.

        Filters: ``party``, ``kind``, ``status``, ``found_by`` ("rules", or "model" for the learned
        back-off's proposals), ``since``, ``until``, ``outlet``, ``text``, ``limit``, ``all_copies``.
        """
        return self._select("activities", engine, filters)

    def alliances(self, **filters: Any) -> list[StoredAlliance]:
        from accord.query.records import StoredAlliance, rows_to

        return rows_to(StoredAlliance, self.alliances_frame(**filters))

    def alliances_frame(self, *, engine: str = "pandas", **filters: Any) -> Any:
        """Alliance moves as a DataFrame.

        Filters: ``member``, ``status``, ``found_by`` ("rules", or "model" for a learned back-off's
        proposals), ``since``, ``until``, ``outlet``, ``text``, ``limit``, ``all_copies``.
        """
        return self._select("alliances", engine, filters)

    def actors(self, **filters: Any) -> list[ActorSummary]:
        from accord.query.records import ActorSummary, rows_to

        return rows_to(ActorSummary, self.actors_frame(**filters))

    def actors_frame(self, *, engine: str = "pandas", **filters: Any) -> Any:
        """Actors aggregated across stories: name, kind, country, code, stories, mentions, events."""
        from accord.query.select import select_actors

        return to_engine(select_actors(self.database, **filters), engine)

    def dyad(self, a: str, b: str, *, engine: str = "pandas", **filters: Any) -> DyadSummary:
        """The relation between two states over time (see ``accord.query.dyad``).

        Counts events that occurred or are ongoing; ``status="all"`` (or a list) counts others.
        ``engine="polars"`` gives every section as a polars DataFrame.
        """
        import dataclasses

        from accord.query.dyad import dyad_summary

        summary = dyad_summary(self.database, a, b, **filters)
        if engine == "pandas":
            return summary
        frames = {f.name: to_engine(getattr(summary, f.name), engine) for f in dataclasses.fields(summary)
                  if hasattr(getattr(summary, f.name), "columns")}
        return dataclasses.replace(summary, **frames)

    # -- DataFrames, counts and places ---------------------------------------------------------

    #: The record tables, for ``table``.
    TABLES = ("events", "agreements", "transfers", "activities", "alliances", "actors", "errors")

    def table(self, name: str, *, engine: str = "pandas", **filters: Any) -> Any:
        """Any table as a DataFrame: ``store.table("transfers", engine="polars", supplier="FRA")``.

        Args:
            name: agreements, events, transfers, activities, alliances, actors or errors.
            engine: "pandas" (default) or "polars".
        """
        if name in ("events", "agreements", "transfers", "activities", "alliances"):
            return self._select(name, engine, filters)
        if name == "actors":
            return self.actors_frame(engine=engine, **filters)
        if name == "errors":
            from accord.query.select import select_errors

            return to_engine(select_errors(self.database, **filters), engine)
        from accord.errors import StoreError

        raise StoreError(f"unknown table {name!r}; choose from {', '.join(self.TABLES)}")

    def counts(self, table: str = "events", by: Any = "type", *, engine: str = "pandas", **filters: Any) -> Any:
        """Records per value of ``by``; events count when they happened unless ``status`` says otherwise."""
        from accord.query.counts import count_records

        return to_engine(count_records(self.database, table, by, **filters), engine)

    def check(self, table: str, **filters: Any) -> None:
        """Raise ``UnknownValue`` (with a suggestion) for an unknown code, type, context or status in ``filters``."""
        from accord.query.vocabulary import check_filters

        check_filters(self.database, table, filters)

    def geocode(self, place: str | None, *, country: str | None = None) -> Place | None:
        """A place name to country, feature and coordinates (GeoNames, offline), or None.

        ``country`` (ISO3) picks among same-named cities. The gazetteer loads on first use.
        """
        return geocoder().geocode(place, country=country)

    def places(self, *, engine: str = "pandas") -> Any:
        """Every place named by an event (``location``) or agreement (``place``), geocoded, with its record count."""
        import pandas as pd

        named = self.database.frame(
            """
            SELECT place, count(*) AS records FROM (
                SELECT location AS place FROM events WHERE is_primary AND location IS NOT NULL
                UNION ALL SELECT place FROM agreements WHERE is_primary AND place IS NOT NULL
            ) GROUP BY place ORDER BY records DESC, place
            """
        )
        rows = []
        for place, records in named.itertuples(index=False, name=None):
            found = self.geocode(place)
            rows.append({"place": place, "records": int(records), **(found.to_dict() if found else {})})
        columns = ["place", "records", "name", "country", "feature", "latitude", "longitude", "geonameid", "population"]
        return to_engine(pd.DataFrame(rows, columns=columns), engine)

    def _select(self, table: str, engine: str, filters: dict[str, Any]) -> Any:
        from accord.query.select import select
        from accord.query.status import listing_statuses

        if "status" in filters:
            filters = {**filters, "status": listing_statuses(filters["status"])}
        return to_engine(select(self.database, table, **filters), engine)

    def errors(self, *, include_warnings: bool = False) -> list[IngestError]:
        """Items that failed to ingest, and why (latest first)."""
        from accord.query.records import IngestError, rows_to
        from accord.query.select import select_errors

        return rows_to(IngestError, select_errors(self.database, include_warnings=include_warnings))

    def stats(self) -> dict[str, int]:
        """Counts of articles, stories, sources and records (records counted once per story)."""
        return self.database.stats()

    def export(self, fmt: str, out: str | os.PathLike[str], *, table: str = "events", **filters: Any) -> Path:
        """Write records to a file in one of ``accord.interfaces.export.EXPORTERS``.

        RETURNS (Path): the file written.
        """
        from accord.interfaces.export import export

        return export(self.database, fmt, out, table=table, **filters)


#: The DataFrame libraries a table can be returned in.
ENGINES = ("pandas", "polars")


def to_engine(frame: pd.DataFrame, engine: str) -> Any:
    """A pandas frame as the ``engine`` asks: itself, or a polars DataFrame (lists stay lists)."""
    if engine == "pandas":
        return frame
    if engine == "polars":
        import polars as pl

        return pl.from_pandas(frame)
    from accord.errors import StoreError

    raise StoreError(f"unknown DataFrame engine {engine!r}; choose from {', '.join(ENGINES)}")


_GEOCODER: list[Geocoder] = []


def geocoder() -> Geocoder:
    """The process's one ``Geocoder``, built on first use (about a second)."""
    if not _GEOCODER:
        from accord.actors.geo import Geocoder

        _GEOCODER.append(Geocoder.load())
    return _GEOCODER[0]


def extract_file(
    path: str,
    *,
    model: str | None = None,
    published: str | None = None,
    url: str | None = None,
    title: str | None = None,
) -> Extraction:
    """Read one article from a .txt, .html/.htm or .json file (``-``: standard input) and extract it.

    The file is read before the model loads, so bad input fails fast. ``published``, ``url`` and
    ``title`` win over what the file says (see ``accord.ingest.read.read_document``).

    RETURNS (Extraction): every record found, with notices about how the file was read first.

    Raises:
        InputError: the file is missing, unreadable, empty, binary, undecodable, too large or malformed.
        ModelError: the spaCy model cannot be loaded.
    """
    from accord.ingest.read import read_document, with_reading_notices
    from accord.pipeline import Pipeline

    article = read_document(path, published=published, url=url, title=title)
    return with_reading_notices(Pipeline(model).extract(article))


def extract_jsonl(path: str | os.PathLike[str], *, model: str | None = None, batch_size: int = 16) -> Iterator[Extraction | Notice]:
    """Stream a JSONL batch's extractions in input order, one per good line, and an error
    ``Notice`` per bad line, each given before the extractions of the lines read after it.

    Args:
        batch_size (int): articles parsed per spaCy batch.

    Raises:
        InputError: the file itself cannot be opened.
        ModelError: the spaCy model cannot be loaded.
    """
    from accord.ingest.read import articles_only, read_jsonl, with_reading_notices
    from accord.pipeline import Pipeline

    bad_lines: list[Notice] = []

    def read_so_far() -> Iterator[Notice]:
        while bad_lines:
            yield bad_lines.pop(0)

    for result in Pipeline(model).extract_many(articles_only(read_jsonl(path), bad_lines), batch_size=batch_size):
        yield from read_so_far()
        yield with_reading_notices(result)
    yield from read_so_far()


__all__ = ["ENGINES", "Store", "extract_file", "extract_jsonl", "geocoder", "to_engine"]
