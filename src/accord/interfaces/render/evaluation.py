"""``accord evaluate``: an evaluation report as JSON, or as Rich tables with the worst items.

Ids, texts and values from the gold file are markup-escaped: they print as written.
"""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from accord.interfaces.render.console import safe
from accord.interfaces.render.formats import ReportFormat, write_json

#: At most this many unmatched spans are listed per document with --errors.
MAX_SPANS_LISTED = 20


def print_report(report: Any, fmt: ReportFormat, errors: int) -> None:
    """Print an ``EvaluationReport`` as one JSON line, or as tables then the ``errors`` worst items."""
    if fmt is ReportFormat.json:
        write_json(report.to_dict(errors=errors))
    else:
        render_report(report, errors, Console(highlight=False))


def _pct(value: float) -> str:
    return f"{value:.3f}"


def _scores_table(title: str, group: Any) -> Table:
    table = Table(title=title, title_justify="left", show_edge=False)
    table.add_column("metric")
    for column in ("P", "R", "F1", "TP", "FP", "FN"):
        table.add_column(column, justify="right")
    for name, score in group.scores.items():
        table.add_row(
            name.replace("_", " + ", 1) if name in ("type_states", "type_direction") else name,
            _pct(score.precision),
            _pct(score.recall),
            f"[bold]{_pct(score.f1)}[/]",
            str(score.tp),
            str(score.fp),
            str(score.fn),
        )
    for label, ratio in (("status accuracy", group.status), ("no-event accuracy", group.noevents)):
        if ratio.total:
            table.add_row(label, "", "", f"[bold]{_pct(ratio.value)}[/]", f"{ratio.correct}/{ratio.total}", "", "")
    return table


#: Three-letter column labels for the confusion table, so 16 types fit a terminal.
SHORT_TYPES = {
    "AGREE": "AGR", "CONSULT": "CNS", "SUPPORT": "SUP", "CONCEDE": "CCD", "COOPERATE": "COO",
    "AID": "AID", "RETREAT": "RET", "REQUEST": "REQ", "ACCUSE": "ACC", "REJECT": "REJ",
    "THREATEN": "THR", "PROTEST": "PRO", "SANCTION": "SAN", "MOBILIZE": "MOB", "COERCE": "COE",
    "ASSAULT": "ASL",
}


def _confusion_table(group: Any) -> Table | None:
    from accord.evaluate.scorers import NONE

    if not group.confusion:
        return None
    gold_types = sorted({g for g, _ in group.confusion}, key=lambda t: (t == NONE, t))
    system_types = sorted({s for _, s in group.confusion}, key=lambda t: (t == NONE, t))
    table = Table(
        title="type confusion (rows gold, columns system, first three letters; - = none)",
        title_justify="left",
        show_edge=False,
        padding=(0, 0, 0, 1),
    )
    table.add_column("gold \\ system", no_wrap=True)
    for s in system_types:
        table.add_column(SHORT_TYPES.get(s, s[:3]), justify="right", no_wrap=True)
    for g in gold_types:
        cells = []
        for s in system_types:
            n = group.confusion.get((g, s), 0)
            text = str(n) if n else "."
            cells.append(f"[green]{text}[/]" if g == s and n else text)
        table.add_row(g, *cells)
    return table


def _mark(matched: bool) -> str:
    return "[green]✓[/]" if matched else "[red]✗[/]"


def _print_event_errors(console: Console, item: Any) -> None:
    console.print(f"[bold]{safe(item.id)}[/] ({safe(str(item.group))}): {item.misses} missed, {item.false} false")
    console.print(f"  [dim]{safe(item.text)}[/]")
    for row in item.gold:
        if not row["scored"]:
            why = "out of PLOVER scope" if row["type"] is None else "negated"
            mark = f"[dim]- ({why})[/]"
        else:
            mark = _mark(row["matched"])
        status = f" [{row['status']}]" if row.get("status") else ""
        console.print(
            f"  gold   {mark} {safe(str(row['type'] or '-'))} ({safe(str(row['cameo'] or '-'))}) "
            f"{safe(str(row['source']))} → {safe(str(row['target']))}{safe(status)}"
        )
    if not item.system:
        console.print("  system   (no events)")
    for row in item.system:
        trigger = f' "{row["trigger"]}"' if row.get("trigger") else ""
        console.print(
            f"  system {_mark(row['matched']) if row['status'] != 'negated' else '[dim]-[/]'} {row['type']} ({row['cameo']}) "
            f"{safe(','.join(row['actor']) or '-')} → {safe(','.join(row['recipient']) or '-')} "
            f"{safe('[' + str(row['status']) + ']')}{safe(trigger)}"
        )
    console.print()


def _print_entity_errors(console: Console, item: Any) -> None:
    console.print(f"[bold]{safe(item.id)}[/] ({safe(str(item.group))}): {item.misses} missed, {item.false} false")
    for side, rows in (("missed", item.gold), ("false ", item.system)):
        unmatched = [r for r in rows if not r["matched"]]
        for row in unmatched[:MAX_SPANS_LISTED]:
            left = " ".join(item.text[max(0, row["start"] - 40) : row["start"]].split())
            right = " ".join(item.text[row["end"] : row["end"] + 40].split())
            console.print(
                f"  {side} {safe(format(row['class'], '18'))} [dim]…{safe(left)}[/] [bold underline]{safe(row['text'])}[/] "
                f"[dim]{safe(right)}…[/]"
            )
        if len(unmatched) > MAX_SPANS_LISTED:
            console.print(f"  … and {len(unmatched) - MAX_SPANS_LISTED} more {side.strip()}")
    console.print()


def render_report(report: Any, errors: int, console: Console) -> None:
    """Print an ``EvaluationReport`` as Rich tables, then the ``errors`` worst items."""
    console.print(
        f"[bold]{safe(report.gold_set)}[/] ({report.kind}) {safe(report.path)}  "
        f"sha256 {report.sha256[:12]}  model {safe(str(report.model))}  split {report.split}"
    )
    for name, group in report.groups.items():
        counts = ", ".join(f"{k.replace('_', ' ')} {v}" for k, v in sorted(group.counts.items()) if v)
        console.print()
        console.print(_scores_table(f"{name}: {group.items} items", group))
        if counts:
            console.print(f"[dim]{counts}[/]")
        confusion = _confusion_table(group)
        if confusion is not None:
            console.print()
            console.print(confusion)
    for item_id, reason in report.skipped:
        console.print(f"[yellow]skipped[/] {safe(item_id)}: {safe(reason)}")
    worst = report.worst(errors)
    if worst:
        console.print()
        console.rule(f"{len(worst)} worst items")
        for item in worst:
            (_print_entity_errors if report.kind == "entities" else _print_event_errors)(console, item)
