"""What every exporter shares: the ``Exporter`` record and the frame of a filtered table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.query.records import SOURCE_COLUMNS
from accord.query.select import COLUMNS, select, select_actors
from accord.store import rows

if TYPE_CHECKING:
    import pandas as pd

    from accord.store import Database

#: Tables the tabular formats (csv, jsonl, parquet) can write.
TABLES = ("events", "actors", "agreements", "transfers", "activities", "alliances")

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


def frame_for(store: Database, table: str, filters: dict[str, Any]) -> pd.DataFrame:
    """The filtered rows of one table, as the query commands return them."""
    if table == "actors":
        return select_actors(store, **filters)
    return select(store, table, **filters)
