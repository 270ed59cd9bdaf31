"""``accord export``: records to a file, in a tabular, event-data or network format."""

from __future__ import annotations

from enum import Enum
from typing import Any, Optional

import typer

from accord.interfaces.cli.calls import with_store
from accord.interfaces.cli.options import (
    ACTOR, ALL_COPIES, CAMEO, CONTEXT, DB, DYAD, LIMIT, OUTLET, SINCE, TEXT, TYPE, UNTIL, given,
)
from accord.interfaces.render.console import print_note
from accord.records import FOUND_BY


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    gdelt = "gdelt"
    plover = "plover"
    graphml = "graphml"
    gexf = "gexf"


def export_command(
    format: ExportFormat = typer.Option(
        ..., "--format", "-f",
        help="csv, jsonl, parquet (any table); gdelt, plover (events); graphml, gexf (events, transfers, alliances).",
    ),
    out: str = typer.Option(..., "--out", "-o", help="The file to write."),
    table: str = typer.Option("events", "--table", help="events, actors, agreements, transfers, activities or alliances."),
    db: Optional[str] = DB,
    actor: Optional[list[str]] = ACTOR,
    dyad: Optional[list[str]] = DYAD,
    type: Optional[list[str]] = TYPE,
    cameo: Optional[list[str]] = CAMEO,
    context: Optional[list[str]] = CONTEXT,
    status: Optional[list[str]] = typer.Option(
        None, "--status",
        help="Record status (repeatable or comma-separated). Events: occurred and ongoing unless given; "
        "'all' for every status, e.g. --status all or --status planned,negated.",
    ),
    found_by: Optional[str] = typer.Option(
        None, "--found-by", metavar="FINDER",
        help=f"Agreements, transfers, activities and alliances (and their networks): what found the record, "
        f"{' or '.join(FOUND_BY)} (a learned back-off behind the rules, docs/defence_backoff.md).",
    ),
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    outlet: Optional[list[str]] = OUTLET,
    text: Optional[str] = TEXT,
    limit: Optional[int] = LIMIT,
    all_copies: bool = ALL_COPIES,
) -> None:
    """Export records to CSV, JSONL or Parquet; events also as GDELT or PLOVER; the event,
    arms-transfer or alliance network as GraphML/GEXF. Written as a stream: memory stays flat."""
    filters = given(actor=actor, dyad=dyad, type=type, cameo=cameo, context=context, status=status, found_by=found_by,
                    since=since, until=until, outlet=outlet, text=text, limit=limit, all_copies=all_copies)

    def run(store: Any) -> Any:
        if found_by:
            store.check(table, found_by=found_by)  # an unknown value exits 2 with a suggestion, as the listings do
        return store.export(format.value, out, table=table, **filters)

    path = with_store(db, run)
    print_note(f"wrote {path}")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the ``accord`` app."""
    app.command("export")(export_command)
