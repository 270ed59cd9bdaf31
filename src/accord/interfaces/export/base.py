"""What every exporter shares: the ``Exporter`` record, the default status filter, and the
filtered rows of a table as a stream of batches.

Exports stream: results are read as Arrow record batches of ``BATCH_ROWS`` rows
(``Database.batches``), each written before the next is read. No ``COPY ... TO``: the store's
connections have external access disabled (``docs/security.md``), and Arrow batches need no
file access from DuckDB.

One query over a whole table would still hold every row inside DuckDB: rows come ordered by
day (undated last), then ingest order, so DuckDB materialises and sorts the whole selection
before the first batch (1.4 GB at 1M events, growing with the rows). So a large selection is
read as a series of the very same query over consecutive spans of days (``day_spans``: at
most ``SPAN_ROWS`` stored records each), and undated records by their ids in groups; the
spans follow the sort order, so their rows, one after the other, are the rows and the order
of the single query, while DuckDB holds one span at a time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.errors import StoreError
from accord.query.records import SOURCE_COLUMNS
from accord.query.select import COLUMNS, FILTERS, build_where, parse_day, select, select_actors, select_query, values
from accord.records import EventStatus
from accord.store import rows

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

    from accord.store import Database

#: Tables the tabular formats (csv, jsonl, parquet) can write.
TABLES = ("events", "actors", "agreements", "transfers", "activities", "alliances")

#: Rows per streamed batch: large enough for fast columnar writes, small enough to stay flat.
BATCH_ROWS = 10_000
#: Stored records one query of a large selection covers at most (a single day may hold more):
#: what DuckDB holds at once. Larger spans mean fewer scans of the table (measured in
#: ``benchmarks/export.py``).
SPAN_ROWS = 250_000

#: Event statuses exported when no ``status`` filter is given: events that happened or are
#: happening. Negated, planned, intended, proposed and hypothetical events are left out
#: unless asked for (``status="all"`` or a list), so they never count as if they happened.
DEFAULT_EVENT_STATUSES = (EventStatus.OCCURRED.value, EventStatus.ONGOING.value)

#: Columns holding lists (written as JSON text in CSV, read back as lists): the record
#: columns stored as lists, and the story's sources.
LIST_COLUMNS = frozenset(
    {c.name for table, names in COLUMNS.items() for c in rows.columns(rows.TABLES[table]) if c.is_list and c.name in names}
    | set(SOURCE_COLUMNS)
)

Writer = Callable[["Database", Path, str, dict[str, Any]], int]


@dataclass(frozen=True)
class Exporter:
    """One export format.

    Args:
        name: the ``--format`` value.
        suffix: the usual file extension.
        tables: the tables it can write.
        write: ``(store, path, table, filters) -> rows written``.
        help: one line for ``accord export --help`` and the docs.
    """

    name: str
    suffix: str
    tables: tuple[str, ...]
    write: Writer
    help: str


def with_default_status(table: str, filters: dict[str, Any]) -> dict[str, Any]:
    """``filters`` with the export's status rule applied.

    Events: occurred and ongoing only unless ``status`` is given; ``status="all"`` (alone or
    in a list) keeps every status. Other tables keep every status unless ``status`` is given
    (a cancelled transfer or a dissolved alliance is still a fact about the record).
    """
    out = dict(filters)
    wanted = [s.lower() for s in values(out.get("status"))]
    if "all" in wanted:
        out.pop("status", None)
    elif not wanted and table == "events" and not out.get("ids"):
        out["status"] = list(DEFAULT_EVENT_STATUSES)
    return out


def frame_for(store: Database, table: str, filters: dict[str, Any]) -> pd.DataFrame:
    """The filtered rows of one table, as the query commands return them (whole, in memory:
    for small results; exports use ``batches_for``)."""
    if table == "actors":
        return select_actors(store, **filters)
    return select(store, table, **filters)


class _QueryOf:
    """Stands in for the store while ``select`` builds its query: returns the SQL and its
    parameters instead of running them, so the exporter can run the very same query as a stream."""

    def frame(self, sql: str, params: Any = None) -> tuple[str, Any]:
        return sql, params


def query_for(table: str, filters: dict[str, Any]) -> tuple[str, Any]:
    """The SQL and parameters of ``frame_for(store, table, filters)``."""
    if table == "actors":
        return select_actors(_QueryOf(), **filters)  # type: ignore[arg-type,return-value]
    if table not in FILTERS:
        raise StoreError(f"unknown table {table!r}; choose from {', '.join(TABLES)}")
    return select_query(table, **filters)


def batches_for(store: Database, table: str, filters: dict[str, Any], *, size: int | None = None) -> Iterator[pa.RecordBatch]:
    """The filtered rows of one table as Arrow record batches (``BATCH_ROWS`` rows unless
    ``size`` says), in the order ``frame_for`` gives; a large selection span by span (module doc)."""
    size = size or BATCH_ROWS
    limit = int(filters.get("limit") or 0)
    left = limit or None
    for part in _parts(store, table, filters):
        if left is not None:
            part = {**part, "limit": left}
        sql, params = query_for(table, part)
        for batch in store.batches(sql, params, size=size):
            if left is not None:
                left -= batch.num_rows
            yield batch
        if left is not None and left <= 0:
            return


def _parts(store: Database, table: str, filters: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The filters of each query a selection is read in: spans of days in order, then the
    undated records (``day`` NULL, sorted last) by id."""
    limit = int(filters.get("limit") or 0)
    if table not in FILTERS or filters.get("ids") is not None or 0 < limit <= SPAN_ROWS:
        yield filters  # the actors aggregate (or an unknown table, refused by ``query_for``), or a bounded selection: one query
        return
    since = parse_day(filters["since"], name="since") if filters.get("since") else None
    until = parse_day(filters["until"], end=True, name="until") if filters.get("until") else None
    spans, undated = day_spans(store, table, since, until)
    if len(spans) <= 1 and not undated:
        yield filters
        return
    for first, last in spans:
        yield {**filters, "since": first, "until": last}
    if undated:
        for offset in range(0, len(ids := _undated_ids(store, table, filters)), SPAN_ROWS):
            yield {**filters, "ids": ids[offset : offset + SPAN_ROWS]}


def day_spans(store: Database, table: str, since: str | None, until: str | None) -> tuple[list[tuple[str, str]], bool]:
    """Consecutive spans of days (first, last; ISO) within ``since``..``until`` holding at most
    ``SPAN_ROWS`` stored records each (a day holding more is a span of its own), and whether
    the table holds undated records that the selection can reach (none when a day bound is given)."""
    counts = store.rows(f"SELECT day, count(*) AS n FROM {table} GROUP BY day ORDER BY day NULLS LAST")
    spans: list[tuple[str, str]] = []
    undated = False
    first = last = None
    held = 0
    for row in counts:
        if row["day"] is None:
            undated = since is None and until is None
            continue
        day = row["day"].isoformat()
        if (since and day < since) or (until and day > until):
            continue
        if first is not None and held + row["n"] > SPAN_ROWS:
            spans.append((first, last))
            first, held = None, 0
        first = first or day
        last = day
        held += row["n"]
    if first is not None:
        spans.append((first, last))
    return spans, undated


def _undated_ids(store: Database, table: str, filters: dict[str, Any]) -> list[str]:
    """Ids of the selected records without a day, in the selection's order."""
    where = build_where(table, filters)
    return [
        r["id"]
        for r in store.rows(
            f"SELECT r.id FROM {table} r JOIN articles a ON a.id = r.article_id WHERE r.day IS NULL AND {where.sql()} ORDER BY a.seq, r.id",
            where.params,
        )
    ]


def dict_batches_for(store: Database, table: str, filters: dict[str, Any]) -> Iterator[list[dict[str, Any]]]:
    """The filtered rows of one table, batch by batch, as lists of dicts of plain values
    (dates as ISO text, lists as lists, NULL as None): what ``frame_rows`` gives, streamed."""
    import pyarrow as pa

    for batch in batches_for(store, table, filters):
        columns = []
        for field, column in zip(batch.schema, batch.columns):
            if pa.types.is_date(field.type) or pa.types.is_timestamp(field.type):
                columns.append([None if v is None else json_value(v) for v in column.to_pylist()])
            else:
                columns.append(column.to_pylist())
        names = batch.schema.names
        yield [dict(zip(names, row)) for row in zip(*columns)]


def rows_for(store: Database, table: str, filters: dict[str, Any]) -> Iterator[tuple[Any, ...]]:
    """The filtered rows of one table as tuples of plain Python values (None, str, int, float,
    ``datetime.date``, lists), column by column as ``schema_for`` names them; streamed."""
    for batch in batches_for(store, table, filters):
        yield from zip(*(column.to_pylist() for column in batch.columns))


def json_value(value: Any) -> Any:
    """``json.dumps``'s ``default``: dates as ISO text (a midnight timestamp as its day)."""
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} as JSON")


def json_row(names: list[str], row: tuple[Any, ...]) -> dict[str, Any]:
    """A row as ``--format json`` prints it: the story's source columns nested as
    ``sources: {outlets, urls, article_ids}``."""
    out = dict(zip(names, row))
    if any(c in out for c in SOURCE_COLUMNS):
        out["sources"] = {name: out.pop(col, None) or [] for col, name in SOURCE_COLUMNS.items()}
    return out


def schema_for(store: Database, table: str, filters: dict[str, Any]) -> pa.Schema:
    """The Arrow schema of the table's rows (also when no row matches)."""
    sql, params = query_for(table, filters)
    cursor = store.con.cursor()  # its own cursor, like ``Database.batches``: the connection may hold a result
    try:
        return cursor.sql(f"SELECT * FROM ({sql}) LIMIT 0", params=params).to_arrow_table().schema
    finally:
        cursor.close()
