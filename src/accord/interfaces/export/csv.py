"""CSV: one row per record; list columns hold JSON arrays (``["SRB", "HUN"]``).

Made to be opened in a spreadsheet safely and read back exactly:

- text cells are quoted and numbers are not, so CAMEO codes such as ``"036"`` keep their
  leading zero in tools that honour quotes. pandas does not: it reads ``"036"`` as the
  number 36 unless told otherwise, so read with ``pandas.read_csv(path, dtype=str)`` (or
  ``dtype=CSV_DTYPES``, text columns as text and numbers as numbers), or with ``read_csv``
  below;
- text cells that a spreadsheet would run as a formula get a leading ``'``
  (``formula.neutralise``); ``read_csv`` removes it again.
"""

from __future__ import annotations

import csv as _csv
import datetime as dt
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.interfaces.export.base import LIST_COLUMNS, TABLES, Exporter, json_value, rows_for, schema_for
from accord.interfaces.export.formula import neutralise, restore
from accord.query.records import csv_cell

if TYPE_CHECKING:
    import pandas as pd

    from accord.store import Database


def _cell(value: Any) -> Any:
    cell = csv_cell(value)
    if cell is None:
        return ""
    return neutralise(cell) if isinstance(cell, str) else cell


def write_frame(df: pd.DataFrame, fh: Any, *, header: bool = True) -> int:
    """Write a query frame as CSV to an open text file; returns the rows written.

    Text is quoted and defused against formula injection; numbers are written bare.
    """
    writer = _csv.writer(fh, lineterminator="\n", quoting=_csv.QUOTE_NONNUMERIC)
    if header:
        writer.writerow(list(df.columns))
    count = 0
    for row in df.itertuples(index=False, name=None):
        writer.writerow([_cell(v) for v in row])
        count += 1
    return count


def write(store: Database, path: Path, table: str, filters: dict[str, Any]) -> int:
    """Stream the rows batch by batch (the header comes from the query, so an empty result
    still gets one)."""
    with open(path, "w", encoding="utf-8", newline="") as fh:
        return write_rows(fh, schema_for(store, table, filters).names, rows_for(store, table, filters))


def write_rows(fh: Any, names: list[str], rows: Iterable[tuple[Any, ...]]) -> int:
    """Write a header and streamed rows (plain Python values, ``rows_for``) as CSV to an open
    text file; returns the rows written."""
    writer = _csv.writer(fh, lineterminator="\n", quoting=_csv.QUOTE_NONNUMERIC)
    writer.writerow(names)
    count = 0
    for row in rows:
        writer.writerow([_plain_cell(v) for v in row])
        count += 1
    return count


def _plain_cell(value: Any) -> Any:
    """``_cell`` for the plain Python values of a streamed row (the common types first: fast)."""
    kind = type(value)
    if value is None:
        return ""
    if kind is str:
        return neutralise(value)
    if kind is int or kind is float:
        return value
    if kind is list:
        return json.dumps(value, ensure_ascii=False, default=json_value)
    if isinstance(value, (dt.date, dt.datetime)):
        return json_value(value)
    return _cell(value)


#: ``pandas.read_csv(path, dtype=CSV_DTYPES)`` keeps every code column as text (``"036"``).
CSV_DTYPES = {name: str for name in ("cameo", "code", "country", "type", "mode", "status", "id", "story_id", "article_id", "date")}


def read_csv(path: str | Path) -> list[dict[str, Any]]:
    """Read an accord CSV export back: text as text (codes keep their zeros), list columns
    decoded, formula guards removed, empty cells None."""
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(_csv.DictReader(fh))
    for row in rows:
        for key, value in row.items():
            if value == "":
                row[key] = None
            elif key in LIST_COLUMNS:
                row[key] = json.loads(value)
            else:
                row[key] = restore(value)
    return rows


EXPORTER = Exporter("csv", ".csv", TABLES, write, "one row per record; list columns as JSON arrays")
