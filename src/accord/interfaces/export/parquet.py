"""Parquet: typed columns (dates as dates, lists as list columns), for pandas, DuckDB, Spark.

Streamed: each Arrow batch of the query becomes a row group as it arrives, so memory
stays flat whatever the row count (``docs/store.md``, Exports).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.interfaces.export.base import LIST_COLUMNS, TABLES, Exporter, batches_for, schema_for

if TYPE_CHECKING:
    import pyarrow as pa

    from accord.store import Database


def _schema(schema: pa.Schema) -> pa.Schema:
    """The file's schema: list columns as plain ``list<string>``."""
    import pyarrow as pa

    return pa.schema([pa.field(f.name, pa.list_(pa.string())) if f.name in LIST_COLUMNS else f for f in schema])


def _conform(batch: pa.RecordBatch, schema: pa.Schema) -> pa.RecordBatch:
    """A query batch in the file's schema; a missing list is an empty list."""
    import pyarrow as pa
    import pyarrow.compute as pc

    columns = []
    for field in schema:
        column = batch.column(field.name)
        if field.name in LIST_COLUMNS:
            column = pc.fill_null(column.cast(field.type), pa.scalar([], type=field.type))
        columns.append(column)
    return pa.RecordBatch.from_arrays(columns, schema=schema)


def write(store: Database, path: Path, table: str, filters: dict[str, Any]) -> int:
    import pyarrow.parquet as pq

    schema = _schema(schema_for(store, table, filters))
    count = 0
    with pq.ParquetWriter(path, schema) as writer:
        for batch in batches_for(store, table, filters):
            if batch.num_rows:
                writer.write_batch(_conform(batch, schema))
                count += batch.num_rows
    return count


EXPORTER = Exporter("parquet", ".parquet", TABLES, write, "typed columns; lists as list columns")
