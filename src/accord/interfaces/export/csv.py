"""CSV: one row per record; list columns hold JSON arrays (``["SRB", "HUN"]``)."""

from __future__ import annotations

import csv as _csv
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.interfaces.export.base import LIST_COLUMNS, TABLES, Exporter, frame_for
from accord.query.records import csv_cell

if TYPE_CHECKING:
    import pandas as pd

    from accord.store import Database


def write_frame(df: pd.DataFrame, fh: Any) -> int:
    """Write a query frame as CSV to an open text file; returns the rows written."""
    writer = _csv.writer(fh, lineterminator="\n")
    writer.writerow(list(df.columns))
    count = 0
    for row in df.itertuples(index=False, name=None):
        writer.writerow(["" if (c := csv_cell(v)) is None else c for v in row])
        count += 1
    return count


def write(store: Database, path: Path, table: str, filters: dict[str, Any]) -> int:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        return write_frame(frame_for(store, table, filters), fh)


def read_csv(path: str | Path) -> list[dict[str, Any]]:
    """Read an accord CSV export back: list columns decoded, empty cells None."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(_csv.DictReader(fh))
    for row in rows:
        for key, value in row.items():
            if value == "":
                row[key] = None
            elif key in LIST_COLUMNS:
                row[key] = json.loads(value)
    return rows


EXPORTER = Exporter("csv", ".csv", TABLES, write, "one row per record; list columns as JSON arrays")
