"""Knowledge-base commands: ingest, errors, reprocess, the queries, dyad, show, sql, export.

Each command opens a ``Store`` and calls one of its methods; output is a Rich table
on a terminal, or ``--format json`` (a JSON list of row objects) / ``csv`` for pipes.
Every command takes ``--db`` (default ``$ACCORD_DB`` or ``./accord.duckdb``).
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Any, Optional

import typer
from rich.markup import escape

from accord.errors import AccordError
from accord.interfaces.cli.app import app, err_console, fail


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


class ExportFormat(str, Enum):
    csv = "csv"
    jsonl = "jsonl"
    parquet = "parquet"
    gdelt = "gdelt"
    plover = "plover"
    graphml = "graphml"
    gexf = "gexf"


# Shared options (one definition, reused by every command that has them).
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

#: Columns shown in terminal tables (all columns go to json/csv).
TABLE_COLUMNS = {
    "events": ("day", "type", "cameo", "actor", "recipient", "status", "goldstein", "evidence_text", "source_outlets", "story_id"),
    "agreements": ("day", "name", "parties", "status", "place", "domain", "evidence_text", "source_outlets", "story_id"),
    "transfers": ("day", "supplier", "recipient", "item", "category", "quantity", "status", "year", "evidence_text", "source_outlets"),
    "activities": ("day", "parties", "kinds", "count", "period", "status", "evidence_text", "source_outlets"),
    "alliances": ("day", "name", "members", "status", "evidence_text", "source_outlets"),
    "actors": ("name", "kind", "country", "code", "role", "stories", "articles", "mentions", "events"),
    "errors": ("item", "code", "level", "message", "count", "last_seen"),
}
#: Terminal tables stop after this many rows (json and csv print everything).
MAX_TABLE_ROWS = 500


def make_pipeline(model: str | None) -> Any:
    """The extraction pipeline for ingest/reprocess (tests replace this function)."""
    from accord.pipeline import Pipeline

    return Pipeline(model)


def _store(db: str | None, *, read_only: bool = True) -> Any:
    from accord.interfaces.library import Store

    return Store(db, read_only=read_only)


def _format(fmt: Format | None) -> Format:
    if fmt is not None:
        return fmt
    return Format.table if sys.stdout.isatty() else Format.json


def _cell(value: Any, width: int = 60) -> str:
    from accord.query.records import plain

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
    return text if len(text) <= width else text[: width - 1] + "…"


def emit(df: Any, fmt: Format | None, *, kind: str, title: str | None = None) -> None:
    """Print a query frame as a Rich table, a JSON list of row objects, or CSV."""
    fmt = _format(fmt)
    if fmt is Format.json:
        from accord.query.records import json_rows

        sys.stdout.write(json.dumps(json_rows(df), ensure_ascii=False, indent=1) + "\n")
        return
    if fmt is Format.csv:
        from accord.interfaces.export.csv import write_frame

        write_frame(df, sys.stdout)
        return
    from rich.console import Console
    from rich.table import Table

    console = Console()
    columns = [c for c in TABLE_COLUMNS.get(kind, tuple(df.columns)) if c in df.columns] or list(df.columns)
    table = Table(title=title, show_lines=False, header_style="bold")
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold", max_width=60 if column == "evidence_text" else 30)
    for row in df[columns].head(MAX_TABLE_ROWS).itertuples(index=False, name=None):
        table.add_row(*(_cell(v) for v in row))
    console.print(table)
    if len(df) > MAX_TABLE_ROWS:
        err_console.print(f"more than {MAX_TABLE_ROWS} rows; the first {MAX_TABLE_ROWS} are shown (use --format csv or json for all)", highlight=False)
    else:
        err_console.print(f"{len(df):,} row(s)", highlight=False)


def _run(fn: Any) -> Any:
    """Call ``fn`` and turn an AccordError into one error line and exit code 1."""
    try:
        return fn()
    except AccordError as exc:
        raise fail(str(exc)) from None


def _event_filters(**kw: Any) -> dict[str, Any]:
    return {k: v for k, v in kw.items() if v not in (None, [], (), False)}


# ---- ingest, errors, reprocess ---------------------------------------------------------------


def _progress_bar(enabled: bool) -> tuple[Any, Any]:
    """A Rich progress display on stderr and the callback that updates it."""
    if not enabled:
        return None, None
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        TextColumn("{task.fields[articles]:>7,} articles"),
        TextColumn("{task.fields[events]:>8,} events"),
        TextColumn("{task.fields[duplicates]:>6,} duplicates"),
        TextColumn("[red]{task.fields[errors]:>5,} errors"),
        TimeElapsedColumn(),
        console=err_console,
        transient=False,
    )
    task = progress.add_task("ingest", articles=0, events=0, duplicates=0, errors=0)

    def update(counts: Any) -> None:
        progress.update(task, articles=counts.added, events=counts.events, duplicates=counts.duplicates, errors=counts.errors)

    return progress, update


def _summary(summary: Any, verb: str) -> None:
    c = summary.counts
    parts = [
        f"{c.added:,} article(s) {verb}",
        f"{c.duplicates:,} already stored",
        f"{c.syndicated:,} linked to a syndicated story",
        f"{c.events:,} event(s)",
        f"{c.records:,} other record(s)",
        f"{c.errors:,} error(s)",
    ]
    if c.warnings:
        parts.append(f"{c.warnings:,} warning(s)")
    err_console.print(", ".join(parts) + f" in {summary.seconds:.1f}s", highlight=False)
    for notice in summary.notices[:50]:
        colour = "red" if notice.level == "error" else "yellow"
        item = f"{notice.item}: " if notice.item else ""
        err_console.print(f"[bold {colour}]{notice.level}:[/] {escape(item + notice.message)}", markup=True, highlight=False, soft_wrap=True)
    if len(summary.notices) > 50:
        err_console.print("... and more: see `accord errors`", highlight=False)
    if summary.interrupted:
        err_console.print("interrupted: every finished batch is saved; run the same command again to resume", highlight=False)


@app.command()
def ingest(
    sources: list[str] = typer.Argument(..., help="Files, folders, globs, URLs (pages or RSS/Atom feeds), or - for stdin."),
    db: Optional[str] = DB,
    extract: bool = typer.Option(True, "--extract/--no-extract", help="Run extraction now (or store articles only, for `accord reprocess --pending` later)."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline to parse with (name or path)."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles extracted and committed per transaction."),
    text_column: Optional[str] = typer.Option(None, "--text-column", help="Column holding the article text (default: text, body, content ...)."),
    html_column: Optional[str] = typer.Option(None, "--html-column", help="Column holding raw HTML (used when there is no text)."),
    title_column: Optional[str] = typer.Option(None, "--title-column", help="Column holding the headline (default: title, headline ...)."),
    url_column: Optional[str] = typer.Option(None, "--url-column", help="Column holding the URL (default: url, link ...)."),
    published_column: Optional[str] = typer.Option(None, "--published-column", help="Column holding the publication date (default: published, date ...)."),
    outlet_column: Optional[str] = typer.Option(None, "--outlet-column", help="Column holding the outlet name (default: outlet, source, site ...)."),
    outlet: Optional[str] = typer.Option(None, "--outlet", help="Outlet name for articles that do not give one (else the URL's host)."),
    follow_links: bool = typer.Option(True, "--follow-links/--no-follow-links", help="Fetch a feed entry's page when the feed holds only a summary."),
    allow_private: bool = typer.Option(False, "--allow-private", help="Allow fetching from private and loopback addresses."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Read news sources into the knowledge base (idempotent; re-run to resume)."""
    from accord.ingest.sources import ColumnMap, SourceOptions

    options = SourceOptions(
        columns=ColumnMap(
            text=text_column, html=html_column, title=title_column, url=url_column,
            published=published_column, outlet=outlet_column,
        ),
        outlet=outlet,
        allow_private=allow_private,
        follow_feed_links=follow_links,
    )

    def go() -> Any:
        pipeline = make_pipeline(model) if extract else None
        with _store(db, read_only=False) as store:
            progress, update = _progress_bar(not quiet and err_console.is_terminal)
            if progress is None:
                return store.ingest(sources, pipeline=pipeline, extract=extract, options=options, batch_size=batch_size)
            with progress:
                return store.ingest(sources, pipeline=pipeline, extract=extract, options=options, batch_size=batch_size, progress=update)

    summary = _run(go)
    _summary(summary, "added")
    if summary.interrupted:
        raise typer.Exit(130)
    if summary.counts.errors and not summary.counts.added and not summary.counts.duplicates:
        raise typer.Exit(1)


@app.command()
def errors(
    db: Optional[str] = DB,
    warnings: bool = typer.Option(False, "--warnings", help="Include warnings (e.g. a feed summary stored instead of the page)."),
    format: Optional[Format] = FORMAT,
) -> None:
    """List the items that failed to ingest, and why."""

    def go() -> Any:
        with _store(db) as store:
            return store.frame(
                "SELECT item, code, level, message, count, first_seen, last_seen, run_id FROM errors "
                + ("" if warnings else "WHERE level = 'error' ")
                + "ORDER BY last_seen DESC, item"
            )

    emit(_run(go), format, kind="errors", title="ingest errors")


@app.command()
def reprocess(
    db: Optional[str] = DB,
    pending: bool = typer.Option(False, "--pending", help="Only articles not yet extracted (--no-extract, or a failed extraction)."),
    model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline to parse with (name or path)."),
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles re-extracted and committed per transaction."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
) -> None:
    """Re-run extraction over stored articles (after the pipeline or gazetteers change)."""

    def go() -> Any:
        pipeline = make_pipeline(model)
        with _store(db, read_only=False) as store:
            progress, update = _progress_bar(not quiet and err_console.is_terminal)
            if progress is None:
                return store.reprocess(pipeline=pipeline, pending_only=pending, batch_size=batch_size)
            with progress:
                return store.reprocess(pipeline=pipeline, pending_only=pending, batch_size=batch_size, progress=update)

    summary = _run(go)
    _summary(summary, "re-extracted")
    if summary.interrupted:
        raise typer.Exit(130)


# ---- queries -----------------------------------------------------------------------------------


def _query(db: str | None, method: str, fmt: Format | None, table: str, **filters: Any) -> None:
    if _format(fmt) is Format.table and not filters.get("limit"):
        filters["limit"] = MAX_TABLE_ROWS + 1  # a terminal shows at most MAX_TABLE_ROWS; no need to read more

    def go() -> Any:
        with _store(db) as store:
            return getattr(store, method)(**_event_filters(**filters))

    emit(_run(go), fmt, kind=table)


@app.command()
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
    _query(db, "events_frame", format, "events", actor=actor, dyad=dyad, type=type, cameo=cameo, context=context,
           status=status, since=since, until=until, outlet=outlet, text=text, limit=limit, all_copies=all_copies)


@app.command()
def actors(
    db: Optional[str] = DB,
    kind: Optional[list[str]] = typer.Option(None, "--kind", help="state, person, organization or group (repeatable)."),
    country: Optional[list[str]] = typer.Option(None, "--country", help="Country code, e.g. SRB (repeatable)."),
    name: Optional[str] = typer.Option(None, "--name", help="Name contains this text."),
    outlet: Optional[list[str]] = OUTLET,
    limit: Optional[int] = LIMIT,
    format: Optional[Format] = FORMAT,
) -> None:
    """List actors across stories: how often reported, and in how many events."""
    _query(db, "actors_frame", format, "actors", kind=kind, country=country, name=name, outlet=outlet, limit=limit)


@app.command()
def agreements(
    db: Optional[str] = DB,
    party: Optional[list[str]] = typer.Option(None, "--party", help="A party's code, e.g. HUN (repeatable)."),
    status: Optional[list[str]] = STATUS,
    domain: Optional[list[str]] = typer.Option(None, "--domain", help="Agreement domain, e.g. defence (repeatable)."),
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    outlet: Optional[list[str]] = OUTLET,
    text: Optional[str] = TEXT,
    limit: Optional[int] = LIMIT,
    all_copies: bool = ALL_COPIES,
    format: Optional[Format] = FORMAT,
) -> None:
    """List agreements between states (counted once per story)."""
    _query(db, "agreements_frame", format, "agreements", party=party, status=status, domain=domain, since=since,
           until=until, outlet=outlet, text=text, limit=limit, all_copies=all_copies)


@app.command()
def transfers(
    db: Optional[str] = DB,
    supplier: Optional[list[str]] = typer.Option(None, "--supplier", help="Supplier code, e.g. FRA (repeatable)."),
    recipient: Optional[list[str]] = typer.Option(None, "--recipient", help="Recipient code, e.g. SRB (repeatable)."),
    item: Optional[list[str]] = typer.Option(None, "--item", help="Item name contains this, e.g. Rafale (repeatable)."),
    category: Optional[list[str]] = typer.Option(None, "--category", help="Category contains this, e.g. aircraft (repeatable)."),
    status: Optional[list[str]] = STATUS,
    year: Optional[list[int]] = typer.Option(None, "--year", help="Transfer year (repeatable)."),
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    outlet: Optional[list[str]] = OUTLET,
    text: Optional[str] = TEXT,
    limit: Optional[int] = LIMIT,
    all_copies: bool = ALL_COPIES,
    format: Optional[Format] = FORMAT,
) -> None:
    """List arms transfers (counted once per story)."""
    _query(db, "transfers_frame", format, "transfers", supplier=supplier, recipient=recipient, item=item, category=category,
           status=status, year=year, since=since, until=until, outlet=outlet, text=text, limit=limit, all_copies=all_copies)


@app.command()
def activities(
    db: Optional[str] = DB,
    party: Optional[list[str]] = typer.Option(None, "--party", help="A participant's code (repeatable)."),
    kind: Optional[list[str]] = typer.Option(None, "--kind", help="Activity kind, e.g. exercises, training (repeatable)."),
    status: Optional[list[str]] = STATUS,
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    outlet: Optional[list[str]] = OUTLET,
    text: Optional[str] = TEXT,
    limit: Optional[int] = LIMIT,
    all_copies: bool = ALL_COPIES,
    format: Optional[Format] = FORMAT,
) -> None:
    """List joint military activities (counted once per story)."""
    _query(db, "activities_frame", format, "activities", party=party, kind=kind, status=status, since=since,
           until=until, outlet=outlet, text=text, limit=limit, all_copies=all_copies)


@app.command()
def alliances(
    db: Optional[str] = DB,
    member: Optional[list[str]] = typer.Option(None, "--member", help="A member's code (repeatable)."),
    status: Optional[list[str]] = STATUS,
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    outlet: Optional[list[str]] = OUTLET,
    text: Optional[str] = TEXT,
    limit: Optional[int] = LIMIT,
    all_copies: bool = ALL_COPIES,
    format: Optional[Format] = FORMAT,
) -> None:
    """List alliance moves: proposed, formed, suspended, dissolved (counted once per story)."""
    _query(db, "alliances_frame", format, "alliances", member=member, status=status, since=since, until=until,
           outlet=outlet, text=text, limit=limit, all_copies=all_copies)


@app.command()
def dyad(
    a: str = typer.Argument(..., help="One state's code, e.g. SRB."),
    b: str = typer.Argument(..., help="The other state's code, e.g. HUN."),
    db: Optional[str] = DB,
    since: Optional[str] = SINCE,
    until: Optional[str] = UNTIL,
    outlet: Optional[str] = typer.Option(None, "--outlet", help="Only stories from outlets whose name or URL contains this."),
    format: Optional[Format] = typer.Option(None, "--format", "-f", help="table or json (csv is not available for this summary)."),
) -> None:
    """The relation between two states over time: events by month and type, balance, agreements, transfers, alliances, evidence."""

    def go() -> Any:
        with _store(db) as store:
            return store.dyad(a, b, since=since, until=until, outlet=outlet)

    summary = _run(go)
    fmt = _format(format)
    if fmt is Format.csv:
        raise fail("the dyad summary has several sections; use --format json (or `accord events --dyad A-B --format csv`)", 2)
    if fmt is Format.json:
        sys.stdout.write(json.dumps(summary.to_dict(), ensure_ascii=False, indent=1) + "\n")
        return
    render_dyad(summary)


@app.command()
def show(
    ident: str = typer.Argument(..., metavar="ARTICLE_OR_STORY_ID", help="An article id, a story id, or a unique prefix (6+ characters)."),
    db: Optional[str] = DB,
    format: Optional[Format] = typer.Option(None, "--format", "-f", help="table (highlighted text) or json."),
) -> None:
    """Show one article with every record extracted from it, evidence highlighted."""

    def go() -> Any:
        with _store(db) as store:
            return store.show(ident)

    view = _run(go)
    if _format(format) is Format.json:
        sys.stdout.write(json.dumps(view.to_dict(), ensure_ascii=False, indent=1, default=str) + "\n")
        return
    render_article(view)


@app.command()
def sql(
    query: str = typer.Argument(..., help="One read-only SQL statement, e.g. \"SELECT type, count(*) FROM story_events GROUP BY type\"."),
    db: Optional[str] = DB,
    format: Optional[Format] = FORMAT,
) -> None:
    """Run a read-only SQL query against the knowledge base (tables in docs/schema.md)."""

    def go() -> Any:
        with _store(db) as store:
            return store.sql(query)

    emit(_run(go), format, kind="sql")


@app.command("export")
def export_command(
    format: ExportFormat = typer.Option(..., "--format", "-f", help="csv, jsonl, parquet (any table); gdelt, plover, graphml, gexf (events)."),
    out: str = typer.Option(..., "--out", "-o", help="The file to write."),
    table: str = typer.Option("events", "--table", help="events, actors, agreements, transfers, activities or alliances."),
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
) -> None:
    """Export records to CSV, JSONL or Parquet; events also as GDELT or PLOVER; the network as GraphML/GEXF."""
    filters = _event_filters(actor=actor, dyad=dyad, type=type, cameo=cameo, context=context, status=status, since=since,
                             until=until, outlet=outlet, text=text, limit=limit, all_copies=all_copies)

    def go() -> Any:
        with _store(db) as store:
            return store.export(format.value, out, table=table, **filters)

    path = _run(go)
    err_console.print(f"wrote {path}", highlight=False)


# ---- terminal rendering ------------------------------------------------------------------------

#: Styles for ``accord show``: evidence sentences, trigger words, actor mentions.
EVIDENCE_STYLE = "underline"
COUNTED_TRIGGER_STYLE = "bold black on yellow"
TRIGGER_STYLE = "bold yellow"
MENTION_STYLE = "cyan"


def _mini_table(title: str, rows: list[dict[str, Any]], columns: tuple[str, ...]) -> Any:
    from rich.table import Table

    table = Table(title=title, title_justify="left", header_style="bold")
    for column in columns:
        table.add_column(column.replace("_", " "), overflow="fold", max_width=60 if column in ("evidence", "evidence_text") else 28)
    for row in rows:
        table.add_row(*(_cell(row.get(c)) for c in columns))
    return table


def render_dyad(summary: Any) -> None:
    """Print a dyad summary as Rich tables."""
    from rich.console import Console

    from accord.query.records import frame_rows, json_rows

    console = Console()
    console.rule(f"[bold]{summary.a} – {summary.b}[/]: {summary.events:,} event(s), counted once per story")
    if summary.events:
        console.print(_mini_table("Balance (Goldstein sums; quad 1-2 cooperation, 3-4 conflict)", frame_rows(summary.balance),
                                  tuple(summary.balance.columns)))
        console.print(_mini_table("Events by month and type", frame_rows(summary.by_month), tuple(summary.by_month.columns)))
    for title, frame, columns in (
        ("Agreements", summary.agreements, ("day", "name", "parties", "status", "place", "domain")),
        ("Arms transfers, both ways", summary.transfers, ("day", "direction", "item", "category", "quantity", "status", "year")),
        ("Alliance moves", summary.alliances, ("day", "name", "members", "status")),
        ("Joint activities", summary.activities, ("day", "parties", "kinds", "status")),
    ):
        if len(frame):
            console.print(_mini_table(title, json_rows(frame), columns))
    if len(summary.evidence):
        rows = json_rows(summary.evidence)
        for row in rows:
            row["outlets"] = row["sources"]["outlets"]
        console.print(_mini_table("Strongest evidence", rows, ("day", "type", "actor", "recipient", "goldstein", "evidence_text", "outlets")))


def render_article(view: Any) -> None:
    """Print an article with its evidence highlighted, then its records."""
    from rich.console import Console
    from rich.text import Text

    console = Console()
    x = view.extraction
    article = x.article
    console.rule(f"[bold]{article.title or article.id}[/]")
    meta = [f"article {article.id}", f"story {view.story_id}"]
    if view.story_id != article.id or len(view.story_articles) > 1:
        meta.append(f"{len(view.story_articles)} copies")
    for label, value in (("published", article.published), ("outlet", article.outlet), ("url", article.url)):
        if value:
            meta.append(f"{label} {value}")
    console.print(" · ".join(meta), highlight=False, soft_wrap=True)

    text = Text(article.text)
    for actor in x.actors:
        for span in actor.mentions:
            text.stylize(MENTION_STYLE, span.start, span.end)
    records = [("events", r) for r in x.events] + [("agreements", r) for r in x.agreements] + [
        ("transfers", r) for r in x.arms_transfers] + [("activities", r) for r in x.activities] + [("alliances", r) for r in x.alliances]
    for table, record in records:
        text.stylize(EVIDENCE_STYLE, record.evidence.start, record.evidence.end)
        trigger = record.evidence.trigger
        if trigger is not None:
            style = COUNTED_TRIGGER_STYLE if f"{table}:{record.id}" in view.counted else TRIGGER_STYLE
            text.stylize(style, trigger.start, trigger.end)
    console.print(text)
    console.print(
        f"[dim]underlined: evidence; [{COUNTED_TRIGGER_STYLE}]trigger[/]: counted record, [{TRIGGER_STYLE}]trigger[/]: "
        f"repeat of an earlier copy; [{MENTION_STYLE}]actor[/][/]"
    )

    def mark(table: str, record: Any) -> str:
        return "✓" if f"{table}:{record.id}" in view.counted else "copy"

    if x.events:
        console.print(_mini_table("Events", [
            {"id": e.id, "counted": mark("events", e), "type": e.type, "cameo": e.cameo, "actor": list(e.actor),
             "recipient": list(e.recipient), "status": e.status, "date": e.date, "goldstein": e.goldstein,
             "evidence": e.evidence.text} for e in x.events],
            ("id", "counted", "type", "cameo", "actor", "recipient", "status", "date", "goldstein", "evidence")))
    if x.agreements:
        console.print(_mini_table("Agreements", [
            {"id": g.id, "counted": mark("agreements", g), "name": g.name, "parties": list(g.parties), "status": g.status,
             "date": g.date, "place": g.place, "evidence": g.evidence.text} for g in x.agreements],
            ("id", "counted", "name", "parties", "status", "date", "place", "evidence")))
    if x.arms_transfers:
        console.print(_mini_table("Arms transfers", [
            {"id": t.id, "counted": mark("transfers", t), "supplier": list(t.supplier), "recipient": list(t.recipient),
             "item": t.item, "quantity": t.quantity, "status": t.status, "evidence": t.evidence.text} for t in x.arms_transfers],
            ("id", "counted", "supplier", "recipient", "item", "quantity", "status", "evidence")))
    if x.activities:
        console.print(_mini_table("Joint activities", [
            {"id": v.id, "counted": mark("activities", v), "parties": list(v.parties), "kinds": list(v.kinds),
             "status": v.status, "evidence": v.evidence.text} for v in x.activities],
            ("id", "counted", "parties", "kinds", "status", "evidence")))
    if x.alliances:
        console.print(_mini_table("Alliances", [
            {"id": a.id, "counted": mark("alliances", a), "members": list(a.members), "status": a.status,
             "evidence": a.evidence.text} for a in x.alliances],
            ("id", "counted", "members", "status", "evidence")))
    if x.actors:
        console.print(_mini_table("Actors", [
            {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "role": a.role, "mentions": len(a.mentions)}
            for a in x.actors], ("id", "name", "kind", "country", "role", "mentions")))
    if len(view.sources) > 1:
        console.print(_mini_table("Sources of this story", list(view.sources), ("article_id", "outlet", "url", "published")))
