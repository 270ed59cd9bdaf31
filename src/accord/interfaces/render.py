"""Readable Rich rendering of an Extraction for people at a terminal.

Article text is untrusted: every value is printed as plain text (``markup=False`` /
``Text``), so a headline containing "[bold]" or escape codes prints as written.
"""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from accord.records import Extraction


def _names(result: Extraction, ids: tuple[str, ...], codes: tuple[str, ...]) -> str:
    names = []
    for actor_id in ids:
        actor = result.actor(actor_id)
        if actor is not None:
            names.append(actor.name)
    return ", ".join(names) if names else ", ".join(codes)


# Columns that carry prose wrap; the rest (ids, codes, statuses, dates) stay on one line.
_PROSE = {"evidence", "name", "history", "item", "kinds", "role", "parties", "members", "actor", "recipient", "advocates", "manufacturer"}


def _table(title: str, columns: list[str]) -> Table:
    table = Table(title=title, title_justify="left", show_lines=False, expand=True)
    for column in columns:
        if column in _PROSE:
            table.add_column(column, overflow="fold", ratio=3 if column == "evidence" else 1)
        else:
            table.add_column(column, no_wrap=True)
    return table


def _row(table: Table, *values: object) -> None:
    table.add_row(*(Text("" if v is None else str(v)) for v in values))


def render_extraction(result: Extraction, console: Console | None = None) -> None:
    """Print the article header and one table per record type that has rows."""
    console = console or Console()
    article = result.article
    header = Text()
    header.append(article.title or "(untitled)", style="bold")
    meta = " · ".join(x for x in (article.outlet, article.published, article.url, f"lang={article.language}") if x)
    if meta:
        header.append("\n" + meta, style="dim")
    console.print(header)

    if result.actors:
        table = _table("Actors", ["id", "name", "kind", "country", "sector", "role", "mentions"])
        for actor in result.actors:
            _row(table, actor.id, actor.name, actor.kind, actor.country, actor.sector, actor.role, len(actor.mentions))
        console.print(table)
    if result.events:
        table = _table("Events", ["id", "type", "cameo", "actor", "recipient", "status", "date", "evidence"])
        for event in result.events:
            _row(
                table,
                event.id,
                event.type + (f"/{event.mode}" if event.mode else ""),
                event.cameo,
                _names(result, event.actor_ids, event.actor),
                _names(result, event.recipient_ids, event.recipient),
                event.status,
                event.date,
                event.evidence.text,
            )
        console.print(table)
    if result.agreements:
        table = _table("Agreements", ["id", "name", "parties", "status", "date", "place", "domain", "history"])
        for ag in result.agreements:
            history = "; ".join(f"{s.status} {s.date or ''}".strip() for s in ag.history)
            _row(table, ag.id, ag.name, ", ".join(ag.parties), ag.status, ag.date, ag.place, ag.domain, history)
        console.print(table)
    if result.arms_transfers:
        table = _table("Arms transfers", ["id", "supplier", "recipient", "item", "category", "quantity", "status", "year"])
        for t in result.arms_transfers:
            _row(table, t.id, ", ".join(t.supplier), ", ".join(t.recipient), t.item, t.category, t.quantity, t.status, t.year)
        console.print(table)
    if result.activities:
        table = _table("Joint activities", ["id", "parties", "count", "kinds", "period", "status"])
        for a in result.activities:
            _row(table, a.id, ", ".join(a.parties), a.count, ", ".join(a.kinds), a.period, a.status)
        console.print(table)
    if result.alliances:
        table = _table("Alliances", ["id", "members", "status", "advocates", "name"])
        for al in result.alliances:
            _row(table, al.id, ", ".join(al.members), al.status, _names(result, al.advocates, ()), al.name)
        console.print(table)
    if result.equipment:
        table = _table("Equipment", ["id", "name", "category", "origin", "manufacturer", "mentions"])
        for q in result.equipment:
            _row(table, q.id, q.name, q.category, q.origin, ", ".join(q.manufacturer), len(q.mentions))
        console.print(table)
    if not (result.events or result.agreements or result.arms_transfers or result.activities or result.alliances):
        console.print(Text("No events or defence records found.", style="dim"))
