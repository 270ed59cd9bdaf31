"""Options shared by several commands: defined once, so their names and help read the same everywhere."""

from __future__ import annotations

from typing import Any

import typer

DB = typer.Option(None, "--db", help="The database file (default: $ACCORD_DB or ./accord.duckdb).", show_default=False)
FORMAT = typer.Option(None, "--format", "-f", help="table, json or csv; default: table on a terminal, json otherwise.")
LIMIT = typer.Option(None, "--limit", "-n", min=1, help="At most this many rows.")
SINCE = typer.Option(None, "--since", help="On or after this date (YYYY, YYYY-MM or YYYY-MM-DD).")
UNTIL = typer.Option(None, "--until", help="On or before this date (YYYY, YYYY-MM or YYYY-MM-DD).")
OUTLET = typer.Option(None, "--outlet", help="Stories published by an outlet whose name or URL contains this (repeatable).")
TEXT = typer.Option(None, "--text", help="Evidence sentence or headline contains this text.")
STATUS = typer.Option(None, "--status", help="Record status, e.g. occurred, planned, signed (repeatable or comma-separated).")
ALL_COPIES = typer.Option(False, "--all-copies", help="Also list the repeats from syndicated copies (normally counted once per story).")
ACTOR = typer.Option(None, "--actor", help="Actor or recipient code, e.g. SRB (repeatable or comma-separated).")
DYAD = typer.Option(None, "--dyad", help="Events between two actors: SRB-XKX (either direction) or SRB>XKX (SRB acting on XKX).")
TYPE = typer.Option(None, "--type", help="PLOVER event type, e.g. ACCUSE (repeatable or comma-separated).")
CAMEO = typer.Option(None, "--cameo", help="CAMEO code or prefix, e.g. 11 or 111 (repeatable).")
CONTEXT = typer.Option(None, "--context", help="PLOVER context, e.g. military (repeatable).")
MODEL = typer.Option(None, "--model", help="spaCy pipeline to parse with (name or path).")
ANY_MODEL = typer.Option(None, "--model", help="Any installed spaCy pipeline (name or path).")
QUIET = typer.Option(False, "--quiet", "-q", help="No progress bar.")


def given(**filters: Any) -> dict[str, Any]:
    """Only the filters the user gave (unset options arrive as None, [] or False)."""
    return {k: v for k, v in filters.items() if v not in (None, [], (), False)}
