"""Table cells and the small titled tables that ``accord show`` and ``accord dyad`` print."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from rich.markup import escape
from rich.table import Table

from accord.query.records import plain

#: Columns holding an evidence sentence get room for it; others are cut narrower.
EVIDENCE_COLUMNS = ("evidence", "evidence_text")


def cell(value: Any, width: int = 60) -> str:
    """A value as one table cell: lists joined, midnight times as dates, long text cut with "…".

    The text is markup-escaped: a cell shows what the data says, brackets included.
    """
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, list):
        text = ", ".join(str(v) for v in value)
    elif isinstance(value, float):
        text = f"{value:g}"
    else:
        text = str(value)
        if len(text) >= 19 and text[10:] == "T00:00:00":
            text = text[:10]
    return escape(text if len(text) <= width else text[: width - 1] + "…")


def heading(column: str) -> str:
    return column.replace("_", " ")


def mini_table(title: str, rows: Iterable[Mapping[str, Any]], columns: tuple[str, ...]) -> Table:
    """A left-titled table of ``columns`` from each row (missing values left blank)."""
    table = Table(title=title, title_justify="left", header_style="bold")
    for column in columns:
        table.add_column(heading(column), overflow="fold", max_width=60 if column in EVIDENCE_COLUMNS else 28)
    for row in rows:
        table.add_row(*(cell(row.get(c)) for c in columns))
    return table
