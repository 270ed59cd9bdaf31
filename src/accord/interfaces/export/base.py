"""What every exporter shares: the ``Exporter`` record and the frame of a filtered table."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

    from accord.store import Database

#: Tables the tabular formats (csv, jsonl, parquet) can write.
TABLES = ("events", "actors", "agreements", "transfers", "activities", "alliances")

#: Columns holding lists (written as JSON text in CSV, read back as lists).
LIST_COLUMNS = frozenset(
    {
        "context", "actor", "recipient", "actor_ids", "recipient_ids", "parties", "signatories", "supplier",
        "manufacturer", "kinds", "members", "advocates", "source_outlets", "source_urls", "source_article_ids",
    }
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
    from accord.query.select import select, select_actors

    if table == "actors":
        return select_actors(store, **filters)
    return select(store, table, **filters)
