"""Record counts by one or more columns: ``store.counts("events", by="type")``.

Events count once per story and, by default, only when they happened (occurred or
ongoing, ``accord.query.status``); ``status="all"`` or a list counts others. Other
tables count every stage unless ``status`` names some. A list column (``actor``,
``parties``) counts a record once under each of its codes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from accord.errors import StoreError
from accord.query.select import COLUMNS, select, values
from accord.query.status import counted_statuses, listing_statuses

if TYPE_CHECKING:
    import pandas as pd

    from accord.store import Database


def count_records(store: Database, table: str, by: Any = "type", *, status: Any = None, **filters: Any) -> pd.DataFrame:
    """Counts of ``table``'s records per value of ``by`` (a column or a list of columns), largest first.

    RETURNS (DataFrame): the ``by`` columns and ``records``.

    Raises:
        StoreError: an unknown table or column.
    """
    columns = values(by)
    if table not in COLUMNS:
        raise StoreError(f"unknown table {table!r}; choose from {', '.join(COLUMNS)}")
    unknown = [c for c in columns if c not in COLUMNS[table]]
    if not columns or unknown:
        raise StoreError(f"{table} cannot be counted by {', '.join(unknown) or 'nothing'}; columns: {', '.join(COLUMNS[table])}")
    statuses = counted_statuses(status) if table == "events" else listing_statuses(status)
    frame = select(store, table, status=statuses, **filters)[columns]
    for column in columns:
        if len(frame) and frame[column].map(lambda v: hasattr(v, "__len__") and not isinstance(v, str)).any():
            frame = frame.explode(column)
    counts = frame.groupby(columns, dropna=False).size().rename("records").reset_index()
    return counts.sort_values(["records", *columns], ascending=[False, *[True] * len(columns)]).reset_index(drop=True)


__all__ = ["count_records"]
