"""Reading the knowledge base: the record lists, ``accord dyad``, ``accord show`` and ``accord sql``.

Output is a Rich table on a terminal, or ``--format json`` (a JSON list of row objects)
/ ``csv`` for pipes, streamed from the store batch by batch. Every command takes ``--db`` (default ``$ACCORD_DB`` or ``./accord.duckdb``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Optional

import typer

from accord.interfaces.cli.calls import with_store
from accord.interfaces.cli.options import (
    ACTOR, ALL_COPIES, CAMEO, CONTEXT, COUNTED_STATUS, DB, DYAD, FINDER, FORMAT, LIMIT, OUTLET, SINCE, STATUS, TEXT, TYPE, UNTIL,
    given, status_option,
)
from accord.interfaces.render.article import print_article_view
from accord.interfaces.render.dyad import print_dyad
from accord.interfaces.render.formats import Format, ReportFormat, chosen
from accord.interfaces.render.frames import MAX_TABLE_ROWS, print_frame, print_rows

#: The kinds of actor ``accord actors --kind`` offers (the gazetteer's kinds).
ACTOR_KINDS = ("state", "person", "organization", "group")


def _list(db: str | None, fmt: Format | None, table: str, query: Callable[..., Any], /, **filters: Any) -> None:
    """Check the filters given (an unknown value exits 2 with a suggestion), run one query, print its rows.

    A table shows at most ``MAX_TABLE_ROWS``; JSON and CSV print every row, streamed batch by
    batch so that memory stays flat whatever the row count (``_stream``)."""
    filters = given(**filters)
    fmt = chosen(fmt, Format)
    if fmt is Format.table and not filters.get("limit"):
        filters["limit"] = MAX_TABLE_ROWS + 1  # a terminal shows at most MAX_TABLE_ROWS; no need to read more

    def run(store: Any) -> Any:
        store.check(table, **filters)
        if fmt is Format.table:
            return query(store, **filters)
        _stream(store, table, filters, fmt)
        return None

    frame = with_store(db, run)
    if frame is not None:
        print_frame(frame, fmt, kind=table)


def _stream(store: Any, table: str, filters: dict[str, Any], fmt: Format) -> None:
    """Print the rows ``store.<table>_frame(**filters)`` returns, as they stream from the store."""
    from accord.interfaces.export.base import rows_for, schema_for
    from accord.query.status import listing_statuses

    if "status" in filters:  # as ``Store`` lists records: every status unless some are asked for
        filters = {**filters, "status": listing_statuses(filters["status"])}
    print_rows(schema_for(store.database, table, filters).names, rows_for(store.database, table, filters), fmt)


def events(
    db: Optional[str] = DB,
    actor: Optional[list[str]] = ACTOR,
    dyad: Optional[list[str]] = DYAD,
    type: Optional[list[str]] = TYPE,
    cameo: Optional[list[str]] = CAMEO,
    context: Optional[list[str]] = CONTEXT,
    status: Optional[list[str]] = STATUS,
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    outlet: Optional[list[str]] = OUTLET,
    text: Optional[str] = TEXT,
    limit: Optional[int] = LIMIT,
    all_copies: bool = ALL_COPIES,
    format: Optional[Format] = FORMAT,
) -> None:
    """List events (counted once per story), with their story and sources."""
    _list(db, format, "events", lambda store, **f: store.events_frame(**f), actor=actor, dyad=dyad, type=type,
          cameo=cameo, context=context, status=status, since=since, until=until, outlet=outlet, text=text, limit=limit,
          all_copies=all_copies)


def actors(
    db: Optional[str] = DB,
    kind: Optional[list[str]] = typer.Option(None, "--kind", metavar="KIND", help=f"{', '.join(ACTOR_KINDS)} (repeatable)."),
    country: Optional[list[str]] = typer.Option(None, "--country", metavar="CODE", help="Country code, e.g. SRB (repeatable)."),
    name: Optional[str] = typer.Option(None, "--name", metavar="TEXT", help="Name contains this text."),
    outlet: Optional[list[str]] = OUTLET,
    limit: Optional[int] = LIMIT,
    format: Optional[Format] = FORMAT,
) -> None:
    """List actors across stories: how often reported, and in how many events."""
    _list(db, format, "actors", lambda store, **f: store.actors_frame(**f), kind=kind, country=country, name=name,
          outlet=outlet, limit=limit)


def agreements(
    db: Optional[str] = DB,
    party: Optional[list[str]] = typer.Option(None, "--party", metavar="CODE", help="A party's code, e.g. HUN (repeatable)."),
    status: Optional[list[str]] = status_option("agreements"),
    domain: Optional[list[str]] = typer.Option(None, "--domain", metavar="DOMAIN", help="Agreement domain, e.g. defence (repeatable)."),
    found_by: Optional[str] = FINDER,
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    outlet: Optional[list[str]] = OUTLET,
    text: Optional[str] = TEXT,
    limit: Optional[int] = LIMIT,
    all_copies: bool = ALL_COPIES,
    format: Optional[Format] = FORMAT,
) -> None:
    """List agreements between states (counted once per story)."""
    _list(db, format, "agreements", lambda store, **f: store.agreements_frame(**f), party=party, status=status,
          domain=domain, found_by=found_by, since=since, until=until, outlet=outlet, text=text, limit=limit,
          all_copies=all_copies)


def transfers(
    db: Optional[str] = DB,
    supplier: Optional[list[str]] = typer.Option(None, "--supplier", metavar="CODE", help="Supplier code, e.g. FRA (repeatable)."),
    recipient: Optional[list[str]] = typer.Option(None, "--recipient", metavar="CODE", help="Recipient code, e.g. SRB (repeatable)."),
    item: Optional[list[str]] = typer.Option(None, "--item", metavar="TEXT", help="Item name contains this, e.g. Rafale (repeatable)."),
    category: Optional[list[str]] = typer.Option(None, "--category", metavar="TEXT", help="Category contains this, e.g. aircraft (repeatable)."),
    status: Optional[list[str]] = status_option("transfers"),
    year: Optional[list[int]] = typer.Option(None, "--year", metavar="YEAR", help="Transfer year (repeatable)."),
    found_by: Optional[str] = FINDER,
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    outlet: Optional[list[str]] = OUTLET,
    text: Optional[str] = TEXT,
    limit: Optional[int] = LIMIT,
    all_copies: bool = ALL_COPIES,
    format: Optional[Format] = FORMAT,
) -> None:
    """List arms transfers (counted once per story)."""
    _list(db, format, "transfers", lambda store, **f: store.transfers_frame(**f), supplier=supplier, recipient=recipient,
          item=item, category=category, status=status, year=year, found_by=found_by, since=since, until=until, outlet=outlet,
          text=text, limit=limit, all_copies=all_copies)


def activities(
    db: Optional[str] = DB,
    party: Optional[list[str]] = typer.Option(None, "--party", metavar="CODE", help="A participant's code (repeatable)."),
    kind: Optional[list[str]] = typer.Option(None, "--kind", metavar="KIND", help="Activity kind, e.g. exercises, training (repeatable)."),
    status: Optional[list[str]] = status_option("activities"),
    found_by: Optional[str] = FINDER,
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    outlet: Optional[list[str]] = OUTLET,
    text: Optional[str] = TEXT,
    limit: Optional[int] = LIMIT,
    all_copies: bool = ALL_COPIES,
    format: Optional[Format] = FORMAT,
) -> None:
    """List joint military activities (counted once per story)."""
    _list(db, format, "activities", lambda store, **f: store.activities_frame(**f), party=party, kind=kind,
          status=status, found_by=found_by, since=since, until=until, outlet=outlet, text=text, limit=limit,
          all_copies=all_copies)


def alliances(
    db: Optional[str] = DB,
    member: Optional[list[str]] = typer.Option(None, "--member", metavar="CODE", help="A member's code (repeatable)."),
    status: Optional[list[str]] = status_option("alliances"),
    found_by: Optional[str] = FINDER,
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    outlet: Optional[list[str]] = OUTLET,
    text: Optional[str] = TEXT,
    limit: Optional[int] = LIMIT,
    all_copies: bool = ALL_COPIES,
    format: Optional[Format] = FORMAT,
) -> None:
    """List alliance moves: proposed, formed, suspended, dissolved (counted once per story)."""
    _list(db, format, "alliances", lambda store, **f: store.alliances_frame(**f), member=member, status=status,
          found_by=found_by, since=since, until=until, outlet=outlet, text=text, limit=limit, all_copies=all_copies)


def dyad(
    a: str = typer.Argument(..., metavar="A", help="One state's code, e.g. SRB."),
    b: str = typer.Argument(..., metavar="B", help="The other state's code, e.g. HUN."),
    db: Optional[str] = DB,
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    outlet: Optional[str] = typer.Option(None, "--outlet", metavar="TEXT", help="Only stories from outlets whose name or URL contains this."),
    status: Optional[list[str]] = COUNTED_STATUS,
    format: Optional[ReportFormat] = typer.Option(
        None, "--format", "-f", help="table or json (several sections, so no csv: `accord events --dyad A-B -f csv` lists the events)."
    ),
) -> None:
    """The relation between two states over time: events by month and type, balance, agreements, transfers, alliances, evidence.

    Counts the events that occurred or are ongoing; --status all (or a list) counts the others too.
    """
    summary = with_store(db, lambda store: store.dyad(a, b, since=since, until=until, outlet=outlet, status=status or None))
    print_dyad(summary, format)


def show(
    ident: str = typer.Argument(..., metavar="ARTICLE_OR_STORY_ID", help="An article id, a story id, or a unique prefix (6+ characters)."),
    db: Optional[str] = DB,
    format: Optional[ReportFormat] = typer.Option(None, "--format", "-f", help="table (highlighted text) or json."),
) -> None:
    """Show one article with every record extracted from it, evidence highlighted."""
    print_article_view(with_store(db, lambda store: store.show(ident)), format)


def sql(
    query: str = typer.Argument(..., metavar="SQL", help="One read-only SQL statement, e.g. \"SELECT type, count(*) FROM story_events GROUP BY type\"."),
    db: Optional[str] = DB,
    format: Optional[Format] = FORMAT,
) -> None:
    """Run a read-only SQL query against the knowledge base (tables in docs/schema.md)."""
    print_frame(with_store(db, lambda store: store.sql(query)), format, kind="sql")


def register(app: typer.Typer) -> None:
    """Add this module's commands to the ``accord`` app."""
    for command in (events, actors, agreements, transfers, activities, alliances, dyad, show, sql):
        app.command()(command)
