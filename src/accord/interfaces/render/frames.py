"""Query results (a DataFrame per command) as a Rich table, a JSON list of row objects, or CSV.

Large results are printed as they stream (``print_rows``): JSON and CSV rows are written
batch by batch, never held whole.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable
from typing import Any

from accord.interfaces.render.console import print_note
from accord.interfaces.render.formats import Format, chosen, write_json
from accord.interfaces.render.tables import RecordTable
from accord.records import Record

#: Columns shown in terminal tables (all columns go to json/csv).
TABLE_COLUMNS = {
    "events": ("day", "type", "cameo", "actor", "recipient", "status", "goldstein", "evidence_text", "source_outlets", "story_id"),
    "agreements": ("day", "name", "parties", "status", "place", "domain", "found_by", "evidence_text", "source_outlets", "story_id"),
    "transfers": ("day", "supplier", "recipient", "item", "category", "quantity", "status", "year", "found_by", "evidence_text", "source_outlets"),
    "activities": ("day", "parties", "kinds", "count", "period", "status", "found_by", "evidence_text", "source_outlets"),
    "alliances": ("day", "name", "members", "status", "found_by", "evidence_text", "source_outlets"),
    "actors": ("name", "kind", "country", "code", "role", "stories", "articles", "mentions", "events"),
    "errors": ("item", "code", "level", "message", "count", "last_seen"),
}
#: The columns kept first when the terminal is narrow (the others follow in display order).
PRIORITY = {
    "events": ("type", "actor", "recipient", "day", "status", "goldstein", "cameo"),
    "agreements": ("name", "parties", "status", "day"),
    "transfers": ("supplier", "recipient", "item", "status", "quantity", "day"),
    "activities": ("parties", "kinds", "status", "day"),
    "alliances": ("members", "status", "day", "name"),
    "actors": ("name", "kind", "country", "stories", "events"),
    "errors": ("item", "message", "code"),
}
#: Every column of ``accord errors``, in output order.
ERROR_COLUMNS = ("item", "code", "level", "message", "count", "first_seen", "last_seen", "run_id")
#: Terminal tables stop after this many rows (json and csv print everything).
MAX_TABLE_ROWS = 500


def print_frame(df: Any, fmt: Format | None, *, kind: str, title: str | None = None) -> None:
    """Print a query frame in the chosen format (``kind`` picks the table's columns)."""
    fmt = chosen(fmt, Format)
    if fmt is Format.json:
        from accord.query.records import json_rows

        write_json(json_rows(df), indent=1)
    elif fmt is Format.csv:
        from accord.interfaces.export.csv import write_frame

        write_frame(df, sys.stdout)
    else:
        _print_table(df, kind, title)


def print_rows(names: list[str], rows: Iterable[tuple[Any, ...]], fmt: Format) -> int:
    """Print streamed rows (``accord.interfaces.export.base.rows_for``) as JSON or CSV, as
    ``print_frame`` prints the same rows as a frame; RETURNS the rows printed."""
    if fmt is Format.csv:
        from accord.interfaces.export.csv import write_rows

        return write_rows(sys.stdout, names, rows)
    from accord.interfaces.export.jsonl import json_lines

    # The layout of ``json.dumps(rows, indent=1)``, one row at a time.
    count = 0
    for text in json_lines(names, rows, indent=1):
        sys.stdout.write(("[\n " if count == 0 else ",\n ") + text.replace("\n", "\n "))
        count += 1
    sys.stdout.write("\n]\n" if count else "[]\n")
    return count


def print_records(records: Iterable[Record], columns: tuple[str, ...], fmt: Format | None, *, kind: str, title: str | None = None) -> None:
    """Print typed rows like a query frame with these columns."""
    import pandas as pd

    # object columns keep each value as the record holds it (no int -> float for gaps)
    frame = pd.DataFrame([r.to_dict() for r in records], columns=list(columns), dtype=object)
    print_frame(frame, fmt, kind=kind, title=title)


def frame_table(df: Any, kind: str, title: str | None = None) -> RecordTable:
    """A query frame as a table that fits the terminal: ``kind``'s columns, the evidence under each row."""
    columns = [c for c in TABLE_COLUMNS.get(kind, tuple(df.columns)) if c in df.columns] or list(df.columns)
    rows = [dict(zip(columns, row)) for row in df[columns].head(MAX_TABLE_ROWS).itertuples(index=False, name=None)]
    return RecordTable(title, rows, columns, PRIORITY.get(kind))


def _print_table(df: Any, kind: str, title: str | None) -> None:
    from rich.console import Console

    Console().print(frame_table(df, kind, title))
    if len(df) > MAX_TABLE_ROWS:
        print_note(f"more than {MAX_TABLE_ROWS} rows; the first {MAX_TABLE_ROWS} are shown (use --format csv or json for all)")
    else:
        print_note(f"{len(df):,} row(s)")


__all__ = ["ERROR_COLUMNS", "MAX_TABLE_ROWS", "PRIORITY", "TABLE_COLUMNS", "frame_table", "print_frame", "print_records", "print_rows"]
