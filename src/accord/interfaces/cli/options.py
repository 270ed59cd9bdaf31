"""Options shared by several commands: defined once, so their names and help read the same everywhere.

Help shows a readable placeholder for each value (CODE, DATE, N) and lists the choices
where the data has a fixed set (event types, each table's statuses, contexts); the
choices come from ``accord.records`` and the ontology, so help never offers a value
the data does not use. Values are checked by the query layer (``Store.check``), which
answers an unknown one with a suggestion and exit code 2.
"""

from __future__ import annotations

from typing import Any

import typer

from accord.query.status import ALL, COUNTED_EVENT_STATUSES
from accord.query.vocabulary import EVENT_TYPES, STATUSES
from accord.records import FOUND_BY


def choices(values: tuple[str, ...] | list[str]) -> str:
    return ", ".join(values)


def status_option(table: str) -> Any:
    """``--status`` for one table, listing that table's statuses."""
    return typer.Option(
        None, "--status", metavar="STATUS",
        help=f"Record status: {choices(STATUSES[table])}, or {ALL} (repeatable or comma-separated).",
    )


DB = typer.Option(None, "--db", metavar="FILE", help="The database file (default: $ACCORD_DB or ./accord.duckdb).", show_default=False)
FORMAT = typer.Option(None, "--format", "-f", help="table, json or csv; default: table on a terminal, json otherwise.")
LIMIT = typer.Option(None, "--limit", "-n", metavar="N", min=1, help="At most this many rows.")
SINCE = typer.Option(None, "--since", metavar="DATE", help="On or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
UNTIL = typer.Option(None, "--until", metavar="DATE", help="On or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
OUTLET = typer.Option(None, "--outlet", metavar="TEXT", help="Stories published by an outlet whose name or URL contains this (repeatable).")
TEXT = typer.Option(None, "--text", metavar="TEXT", help="Evidence sentence or headline contains this text.")
#: ``--found-by`` of the defence record lists.
FINDER = typer.Option(
    None, "--found-by", metavar="FINDER",
    help=f"What found the record: {' or '.join(FOUND_BY)} (a learned back-off behind the rules, docs/defence_backoff.md).",
)
STATUS = status_option("events")
#: ``--status`` of the summaries (dyad, counts): what happened unless asked otherwise.
COUNTED_STATUS = typer.Option(
    None, "--status", metavar="STATUS",
    help=f"Event statuses counted (default: {', '.join(COUNTED_EVENT_STATUSES)}): {choices(STATUSES['events'])}, "
    f"or {ALL} (repeatable or comma-separated).",
)
ALL_COPIES = typer.Option(False, "--all-copies", help="Also list the repeats from syndicated copies (normally counted once per story).")
ACTOR = typer.Option(None, "--actor", metavar="CODE", help="Actor or recipient code, e.g. SRB (repeatable or comma-separated).")
DYAD = typer.Option(None, "--dyad", metavar="A-B|A>B", help="Events between two actors: SRB-XKX (either direction) or SRB>XKX (SRB acting on XKX).")
TYPE = typer.Option(None, "--type", metavar="TYPE", help=f"PLOVER event type: {choices(EVENT_TYPES)} (repeatable or comma-separated).")
CAMEO = typer.Option(None, "--cameo", metavar="CODE", help="CAMEO code or prefix, e.g. 11 or 111 (repeatable).")
CONTEXT = typer.Option(None, "--context", metavar="CONTEXT", help="PLOVER context, e.g. military (repeatable; unknown ones are listed).")
MODEL = typer.Option(None, "--model", metavar="NAME|PATH", help="spaCy pipeline to parse with (name or path).")
ANY_MODEL = typer.Option(None, "--model", metavar="NAME|PATH", help="Any installed spaCy pipeline (name or path).")
QUIET = typer.Option(False, "--quiet", "-q", help="No progress bar.")


def given(**filters: Any) -> dict[str, Any]:
    """Only the filters the user gave (unset options arrive as None, [] or False)."""
    return {k: v for k, v in filters.items() if v not in (None, [], (), False)}
