"""Parquet: typed columns (dates as dates, lists as list columns), for pandas, DuckDB, Spark."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.interfaces.export.base import LIST_COLUMNS, TABLES, Exporter, frame_for

if TYPE_CHECKING:
    from accord.store import Database


def write(store: Database, path: Path, table: str, filters: dict[str, Any]) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    df = frame_for(store, table, filters)
    for column in df.columns:
        if column in LIST_COLUMNS:
            df[column] = df[column].map(lambda v: [] if v is None else [str(x) for x in v])
    if "day" in df.columns:
        df["day"] = df["day"].dt.date
    schema_fields = []
    for column in df.columns:
        if column in LIST_COLUMNS:
            schema_fields.append(pa.field(column, pa.list_(pa.string())))
    table_ = pa.Table.from_pandas(df, preserve_index=False)
    for f in schema_fields:
        index = table_.schema.get_field_index(f.name)
        table_ = table_.set_column(index, f, table_.column(f.name).cast(f.type))
    pq.write_table(table_, path)
    return len(df)


EXPORTER = Exporter("parquet", ".parquet", TABLES, write, "typed columns; lists as list columns")
