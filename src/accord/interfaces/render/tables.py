"""Table cells, and the record tables every command prints: columns chosen to fit the terminal.

A ``RecordTable`` lays its rows out when it is printed, for the console's width: the
most important columns first (``priority``), the others only where they fit, and each
record's evidence sentence on its own dim line under its row, wrapped, so a row never
folds into a tower of one-word cells at 80 columns and shows more at 200.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, RenderResult
from rich.markup import escape
from rich.text import Text

from accord.interfaces.render.console import printable
from accord.query.records import plain

#: Columns holding an evidence sentence: printed on their own line under the row.
EVIDENCE_COLUMNS = ("evidence", "evidence_text")
#: The widest a column grows (its cells are cut with "…" beyond).
MAX_COLUMN_WIDTH = 30
#: Columns of names and lists, which may be cut short; codes, ids, dates and numbers are shown whole or not at all.
NARROWABLE = frozenset({
    "name", "title", "item", "category", "kinds", "parties", "members", "supplier", "recipient", "actor", "advocates",
    "source_outlets", "outlets", "message", "place", "domain", "url", "manufacturer", "role", "period",
})
#: The narrowest a column shrinks to when the terminal is short of room.
MIN_COLUMN_WIDTH = 6
#: Spaces between columns, and the evidence line's indent.
GAP = 2
INDENT = 4


def plain_cell(value: Any) -> str:
    """A value as cell text: lists joined, midnight times as dates, floats without trailing zeros."""
    value = plain(value)
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    text = str(value)
    if len(text) >= 19 and text[10:] == "T00:00:00":
        text = text[:10]
    return text


def cell(value: Any, width: int = 60) -> str:
    """A value as one markup-escaped cell, cut with "…" beyond ``width``: a cell shows what the data says."""
    text = plain_cell(value)
    text = printable(text)
    return escape(text if len(text) <= width else text[: width - 1] + "…")


def heading(column: str) -> str:
    return column.replace("_", " ")


class RecordTable:
    """Rows of records, laid out for the console's width when printed.

    Args:
        title: printed above the table (None for none).
        rows: mappings from column name to value.
        columns: the columns in display order; an evidence column is printed under each row.
        priority: the columns in the order they are kept when room is short (default: display order).
    """

    def __init__(
        self,
        title: str | None,
        rows: Iterable[Mapping[str, Any]],
        columns: Sequence[str],
        priority: Sequence[str] | None = None,
    ) -> None:
        self.title = title
        self.evidence = next((c for c in columns if c in EVIDENCE_COLUMNS), None)
        self.columns = [c for c in columns if c != self.evidence]
        ranked = [c for c in (priority or ()) if c in self.columns]
        self.priority = ranked + [c for c in self.columns if c not in ranked]
        self.rows = [{c: plain_cell(row.get(c)) for c in columns} for row in rows]

    def widths(self, room: int) -> dict[str, int]:
        """The columns shown in ``room`` cells, and each one's width."""
        natural = {
            c: min(MAX_COLUMN_WIDTH, max([cell_len(heading(c)), *(cell_len(r[c]) for r in self.rows)]))
            for c in self.columns
        }
        least = {
            c: min(natural[c], max(MIN_COLUMN_WIDTH, cell_len(heading(c)))) if c in NARROWABLE else natural[c] for c in self.columns
        }
        shown: list[str] = []
        used = 0
        # Whole columns first, most important first; then the rest, narrowed, where room is left.
        for sizes in (natural, least):
            for column in self.priority:
                need = sizes[column] + (GAP if shown else 0)
                if column in shown or (used + need > room and shown):
                    continue
                shown.append(column)
                used += need
        widths = {c: least[c] for c in shown}
        spare = room - sum(widths.values()) - GAP * (len(shown) - 1)
        for column in shown:  # the most important columns grow back first
            grow = max(0, min(spare, natural[column] - widths[column]))
            widths[column] += grow
            spare -= grow
        if widths and sum(widths.values()) + GAP * (len(shown) - 1) > room:  # one column wider than the terminal
            widths[shown[0]] = max(1, room)
        return {c: widths[c] for c in self.columns if c in widths}

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        widths = self.widths(options.max_width)
        if self.title:
            yield Text(self.title, style="bold italic")
        yield self._line({c: heading(c) for c in widths}, widths, style="bold")
        for row in self.rows:
            yield self._line(row, widths)
            if self.evidence and row[self.evidence]:
                for line in Text(printable(row[self.evidence]), style="dim").wrap(console, max(20, options.max_width - INDENT)):
                    line.rstrip()
                    yield Text(" " * INDENT) + line

    @staticmethod
    def _line(values: Mapping[str, str], widths: Mapping[str, int], style: str = "") -> Text:
        line = Text(style=style, no_wrap=True, overflow="ellipsis")
        for i, (column, width) in enumerate(widths.items()):
            text = Text(printable(values.get(column, "")))
            text.truncate(width, overflow="ellipsis", pad=i < len(widths) - 1)
            if i:
                line.append(" " * GAP)
            line.append_text(text)
        return line


def mini_table(
    title: str, rows: Iterable[Mapping[str, Any]], columns: Sequence[str], priority: Sequence[str] | None = None
) -> RecordTable:
    """A titled table of ``columns`` from each row (missing values left blank), fitted to the terminal."""
    return RecordTable(title, rows, columns, priority)
