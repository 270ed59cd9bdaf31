"""What every exporter shares: the ``Exporter`` record, the default status filter, and the
filtered rows of a table as a stream of batches.

Exports stream: the query runs once in DuckDB and its result is read as Arrow record batches
of ``BATCH_ROWS`` rows (``Database.batches``), each written before the next is read, so memory
stays flat whatever the row count. No ``COPY ... TO``: the store's connections have external
access disabled (``docs/security.md``), and Arrow batches need no file access from DuckDB.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.errors import StoreError
from accord.query.records import SOURCE_COLUMNS
from accord.query.select import COLUMNS, FILTERS, select, select_actors, select_query, values
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
    ``size`` says), in the order ``frame_for`` gives."""
    sql, params = query_for(table, filters)
    yield from store.batches(sql, params, size=size or BATCH_ROWS)


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
