"""``accord extract``: an Extraction as one JSON object, or as readable Rich tables.

Article text is untrusted: every value is printed as plain text (``markup=False`` /
``Text``), so a headline containing "[bold]" or escape codes prints as written.
"""

from __future__ import annotations

import sys
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from accord.interfaces.render.console import print_notice, printable
from accord.interfaces.render.formats import ExtractFormat, write_json
from accord.records import Extraction


def print_extraction(result: Extraction, fmt: ExtractFormat) -> None:
    """The result's notices on stderr, then the result: one JSON line, or tables."""
    for notice in result.notices:
        print_notice(notice)
    if fmt is ExtractFormat.json:
        write_json(result.to_dict())
        sys.stdout.flush()  # a consumer reading the stream sees each article as it is done
    else:
        render_extraction(result)


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
    table.add_row(*(Text("" if v is None else printable(str(v))) for v in values))


def render_extraction(result: Extraction, console: Console | None = None) -> None:
    """Print the article header and one table per record type that has rows."""
    console = console or Console()
    console.print(_header(result))
    for table in _record_tables(result):
        console.print(table)
    if not (result.events or result.agreements or result.arms_transfers or result.activities or result.alliances):
        console.print(Text("No events or defence records found.", style="dim"))


def _header(result: Extraction) -> Text:
    article = result.article
    header = Text()
    header.append(printable(article.title or "(untitled)"), style="bold")
    meta = " · ".join(x for x in (article.outlet, article.published, article.url, f"lang={article.language}") if x)
    if meta:
        header.append("\n" + printable(meta), style="dim")
    return header


def _record_tables(result: Extraction) -> list[Table]:
    """One table per kind of record, in a fixed order, for the kinds that have rows."""
    tables = []
    for title, columns, records, values in (
        ("Actors", ["id", "name", "kind", "country", "sector", "role", "mentions"], result.actors, _actor_values),
        ("Events", ["id", "type", "cameo", "actor", "recipient", "status", "date", "evidence"], result.events, _event_values),
        ("Agreements", ["id", "name", "parties", "status", "date", "place", "domain", "history", "found_by"], result.agreements,
         _agreement_values),
        ("Arms transfers", ["id", "supplier", "recipient", "item", "category", "quantity", "status", "year", "found_by"],
         result.arms_transfers, _transfer_values),
        ("Joint activities", ["id", "parties", "count", "kinds", "period", "status", "found_by"], result.activities, _activity_values),
        ("Alliances", ["id", "members", "status", "advocates", "name", "found_by"], result.alliances, _alliance_values),
        ("Equipment", ["id", "name", "category", "origin", "manufacturer", "mentions"], result.equipment, _equipment_values),
    ):
        if records:
            table = _table(title, columns)
            for record in records:
                _row(table, *values(result, record))
            tables.append(table)
    return tables


def _actor_values(result: Extraction, actor: Any) -> tuple[object, ...]:
    return actor.id, actor.name, actor.kind, actor.country, actor.sector, actor.role, len(actor.mentions)


def _event_values(result: Extraction, event: Any) -> tuple[object, ...]:
    return (
        event.id,
        event.type + (f"/{event.mode}" if event.mode else ""),
        event.cameo,
        _names(result, event.actor_ids, event.actor),
        _names(result, event.recipient_ids, event.recipient),
        event.status,
        event.date,
        event.evidence.text,
    )


def _agreement_values(result: Extraction, ag: Any) -> tuple[object, ...]:
    history = "; ".join(f"{s.status} {s.date or ''}".strip() for s in ag.history)
    return ag.id, ag.name, ", ".join(ag.parties), ag.status, ag.date, ag.place, ag.domain, history, ag.found_by


def _transfer_values(result: Extraction, t: Any) -> tuple[object, ...]:
    return t.id, ", ".join(t.supplier), ", ".join(t.recipient), t.item, t.category, t.quantity, t.status, t.year, t.found_by


def _activity_values(result: Extraction, a: Any) -> tuple[object, ...]:
    return a.id, ", ".join(a.parties), a.count, ", ".join(a.kinds), a.period, a.status, a.found_by


def _alliance_values(result: Extraction, al: Any) -> tuple[object, ...]:
    return al.id, ", ".join(al.members), al.status, _names(result, al.advocates, ()), al.name, al.found_by


def _equipment_values(result: Extraction, q: Any) -> tuple[object, ...]:
    return q.id, q.name, q.category, q.origin, ", ".join(q.manufacturer), len(q.mentions)
