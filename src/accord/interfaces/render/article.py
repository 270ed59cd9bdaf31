"""``accord show``: one stored article with its evidence highlighted, then its records."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.text import Text

from accord.interfaces.render.console import printable, safe
from accord.interfaces.render.formats import ReportFormat, chosen, write_json
from accord.interfaces.render.tables import RecordTable, mini_table

#: Styles for the article text: evidence sentences, trigger words, actor mentions.
EVIDENCE_STYLE = "underline"
COUNTED_TRIGGER_STYLE = "bold black on yellow"
TRIGGER_STYLE = "bold yellow"
MENTION_STYLE = "cyan"

#: The columns kept first when the terminal is narrow.
SHOW_PRIORITY = ("id", "type", "name", "actor", "recipient", "parties", "supplier", "members", "item", "status", "counted")
#: The Extraction attribute holding each stored table's records.
RECORD_TABLES = (("events", "events"), ("agreements", "agreements"), ("transfers", "arms_transfers"),
                 ("activities", "activities"), ("alliances", "alliances"))


def print_article_view(view: Any, fmt: ReportFormat | None) -> None:
    """Print an ``ArticleView`` as JSON, or as highlighted text and tables."""
    if chosen(fmt, ReportFormat) is ReportFormat.json:
        write_json(view.to_dict(), indent=1, default=str)
    else:
        render_article(view)


def render_article(view: Any, console: Console | None = None) -> None:
    """Print an article with its evidence highlighted, then its records."""
    console = console or Console()
    _print_header(view, console)
    console.print(_highlighted_text(view))
    console.print(
        f"[dim]underlined: evidence; [{COUNTED_TRIGGER_STYLE}]trigger[/]: counted record, [{TRIGGER_STYLE}]trigger[/]: "
        f"repeat of an earlier copy; [{MENTION_STYLE}]actor[/][/]"
    )
    for table in _record_tables(view):
        console.print(table)


def _print_header(view: Any, console: Console) -> None:
    article = view.extraction.article
    console.rule(f"[bold]{safe(article.title or article.id)}[/]")
    meta = [f"article {article.id}", f"story {view.story_id}"]
    if view.story_id != article.id or len(view.story_articles) > 1:
        meta.append(f"{len(view.story_articles)} copies")
    for label, value in (("published", article.published), ("outlet", article.outlet), ("url", article.url)):
        if value:
            meta.append(f"{label} {value}")
    # Wrapped at the terminal's width, URLs folded: the header stays inside 80 columns.
    console.print(Text(printable(" · ".join(meta)), style="dim", overflow="fold"), highlight=False)


def _highlighted_text(view: Any) -> Text:
    """The article text with actor mentions, evidence sentences and triggers styled."""
    x = view.extraction
    text = Text(printable(x.article.text))
    for actor in x.actors:
        for span in actor.mentions:
            text.stylize(MENTION_STYLE, span.start, span.end)
    for table, attribute in RECORD_TABLES:
        for record in getattr(x, attribute):
            text.stylize(EVIDENCE_STYLE, record.evidence.start, record.evidence.end)
            trigger = record.evidence.trigger
            if trigger is not None:
                style = COUNTED_TRIGGER_STYLE if f"{table}:{record.id}" in view.counted else TRIGGER_STYLE
                text.stylize(style, trigger.start, trigger.end)
    return text


def _record_tables(view: Any) -> list[RecordTable]:
    """One table per kind of record the article holds, then its actors and the story's sources."""
    x = view.extraction

    def counted(table: str, record: Any) -> str:
        return "✓" if f"{table}:{record.id}" in view.counted else "copy"

    tables = []
    for title, table, records, columns, row in (
        ("Events", "events", x.events,
         ("id", "counted", "type", "cameo", "actor", "recipient", "status", "date", "goldstein", "evidence"), _event_row),
        ("Agreements", "agreements", x.agreements,
         ("id", "counted", "name", "parties", "status", "date", "place", "found_by", "evidence"), _agreement_row),
        ("Arms transfers", "transfers", x.arms_transfers,
         ("id", "counted", "supplier", "recipient", "item", "quantity", "status", "found_by", "evidence"), _transfer_row),
        ("Joint activities", "activities", x.activities, ("id", "counted", "parties", "kinds", "status", "found_by", "evidence"), _activity_row),
        ("Alliances", "alliances", x.alliances, ("id", "counted", "members", "status", "found_by", "evidence"), _alliance_row),
    ):
        if records:
            tables.append(mini_table(title, [row(r, counted(table, r)) for r in records], columns, SHOW_PRIORITY))
    if x.actors:
        tables.append(mini_table("Actors", [_actor_row(a) for a in x.actors], ("id", "name", "kind", "country", "role", "mentions")))
    if len(view.sources) > 1:
        tables.append(mini_table("Sources of this story", list(view.sources), ("article_id", "outlet", "url", "published")))
    return tables


def _event_row(e: Any, counted: str) -> dict[str, Any]:
    return {"id": e.id, "counted": counted, "type": e.type, "cameo": e.cameo, "actor": list(e.actor),
            "recipient": list(e.recipient), "status": e.status, "date": e.date, "goldstein": e.goldstein,
            "evidence": e.evidence.text}


def _agreement_row(g: Any, counted: str) -> dict[str, Any]:
    return {"id": g.id, "counted": counted, "name": g.name, "parties": list(g.parties), "status": g.status,
            "date": g.date, "place": g.place, "found_by": g.found_by, "evidence": g.evidence.text}


def _transfer_row(t: Any, counted: str) -> dict[str, Any]:
    return {"id": t.id, "counted": counted, "supplier": list(t.supplier), "recipient": list(t.recipient),
            "item": t.item, "quantity": t.quantity, "status": t.status, "found_by": t.found_by, "evidence": t.evidence.text}


def _activity_row(v: Any, counted: str) -> dict[str, Any]:
    return {"id": v.id, "counted": counted, "parties": list(v.parties), "kinds": list(v.kinds), "status": v.status,
            "found_by": v.found_by, "evidence": v.evidence.text}


def _alliance_row(a: Any, counted: str) -> dict[str, Any]:
    return {"id": a.id, "counted": counted, "members": list(a.members), "status": a.status, "found_by": a.found_by,
            "evidence": a.evidence.text}


def _actor_row(a: Any) -> dict[str, Any]:
    return {"id": a.id, "name": a.name, "kind": a.kind, "country": a.country, "role": a.role, "mentions": len(a.mentions)}
