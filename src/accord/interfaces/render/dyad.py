"""``accord dyad``: the relation between two states, as JSON or as Rich tables."""

from __future__ import annotations

from typing import Any

from rich.console import Console

from accord.interfaces.render.console import safe
from accord.interfaces.render.formats import ReportFormat, chosen, write_json
from accord.interfaces.render.tables import mini_table

#: The record sections of a dyad summary: title, attribute, columns shown.
SECTIONS = (
    ("Agreements", "agreements", ("day", "name", "parties", "status", "place", "domain", "found_by")),
    ("Arms transfers, both ways", "transfers", ("day", "direction", "item", "category", "quantity", "status", "year", "found_by")),
    ("Alliance moves", "alliances", ("day", "name", "members", "status", "found_by")),
    ("Joint activities", "activities", ("day", "parties", "kinds", "status", "found_by")),
)
#: The columns kept first when the terminal is narrow.
PRIORITY = ("direction", "type", "item", "name", "status", "actor", "recipient", "day", "quantity", "parties", "members")
EVIDENCE_COLUMNS = ("day", "type", "actor", "recipient", "status", "goldstein", "outlets", "evidence_text")


def print_dyad(summary: Any, fmt: ReportFormat | None) -> None:
    """Print a ``DyadSummary`` as JSON or tables (it has several sections, so no CSV)."""
    if chosen(fmt, ReportFormat) is ReportFormat.json:
        write_json(summary.to_dict(), indent=1)
    else:
        render_dyad(summary)


def render_dyad(summary: Any, console: Console | None = None) -> None:
    """Print a dyad summary as Rich tables."""
    from accord.query.records import frame_rows, json_rows

    console = console or Console()
    counted = "all statuses" if summary.statuses is None else ", ".join(summary.statuses)
    console.rule(f"[bold]{safe(summary.a)} – {safe(summary.b)}[/]: {summary.events:,} event(s) ({safe(counted)}), once per story")
    if summary.events:
        console.print(mini_table("Balance (Goldstein sums; quad 1-2 cooperation, 3-4 conflict)", frame_rows(summary.balance),
                                 tuple(summary.balance.columns)))
        console.print(mini_table("Events by month and type", frame_rows(summary.by_month), tuple(summary.by_month.columns)))
    for title, attribute, columns in SECTIONS:
        frame = getattr(summary, attribute)
        if len(frame):
            console.print(mini_table(title, json_rows(frame), columns, PRIORITY))
    if len(summary.evidence):
        rows = json_rows(summary.evidence)
        for row in rows:
            row["outlets"] = row["sources"]["outlets"]
        console.print(mini_table("Strongest evidence", rows, EVIDENCE_COLUMNS, PRIORITY))
