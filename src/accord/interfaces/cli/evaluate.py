"""``accord evaluate``: score the pipeline against a gold file (registered on the app)."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any, Optional

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from accord.errors import AccordError
from accord.interfaces.cli.app import app, fail

#: At most this many unmatched spans are listed per document with --errors.
MAX_SPANS_LISTED = 20


class Kind(str, Enum):
    events = "events"
    entities = "entities"


class Split(str, Enum):
    dev = "dev"
    test = "test"
    all = "all"


class EvalFormat(str, Enum):
    table = "table"
    json = "json"


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
    console.print(f"[bold]{escape(item.id)}[/] ({item.group}): {item.misses} missed, {item.false} false")
    console.print(f"  [dim]{escape(item.text)}[/]")
    for row in item.gold:
        if not row["scored"]:
            why = "out of PLOVER scope" if row["type"] is None else "negated"
            mark = f"[dim]- ({why})[/]"
        else:
            mark = _mark(row["matched"])
        status = f" [{row['status']}]" if row.get("status") else ""
        console.print(
            f"  gold   {mark} {row['type'] or '-'} ({row['cameo'] or '-'}) "
            f"{escape(str(row['source']))} → {escape(str(row['target']))}{escape(status)}"
        )
    if not item.system:
        console.print("  system   (no events)")
    for row in item.system:
        trigger = f' "{row["trigger"]}"' if row.get("trigger") else ""
        console.print(
            f"  system {_mark(row['matched']) if row['status'] != 'negated' else '[dim]-[/]'} {row['type']} ({row['cameo']}) "
            f"{escape(','.join(row['actor']) or '-')} → {escape(','.join(row['recipient']) or '-')} "
            f"{escape('[' + str(row['status']) + ']')}{escape(trigger)}"
        )
    console.print()


def _print_entity_errors(console: Console, item: Any) -> None:
    console.print(f"[bold]{escape(item.id)}[/] ({item.group}): {item.misses} missed, {item.false} false")
    for side, rows in (("missed", item.gold), ("false ", item.system)):
        unmatched = [r for r in rows if not r["matched"]]
        for row in unmatched[:MAX_SPANS_LISTED]:
            left = " ".join(item.text[max(0, row["start"] - 40) : row["start"]].split())
            right = " ".join(item.text[row["end"] : row["end"] + 40].split())
            console.print(
                f"  {side} {row['class']:18} [dim]…{escape(left)}[/] [bold underline]{escape(row['text'])}[/] "
                f"[dim]{escape(right)}…[/]"
            )
        if len(unmatched) > MAX_SPANS_LISTED:
            console.print(f"  … and {len(unmatched) - MAX_SPANS_LISTED} more {side.strip()}")
    console.print()


def render_report(report: Any, errors: int, console: Console) -> None:
    """Print an ``EvaluationReport`` as Rich tables, then the ``errors`` worst items."""
    console.print(
        f"[bold]{escape(report.gold_set)}[/] ({report.kind}) {escape(report.path)}  "
        f"sha256 {report.sha256[:12]}  model {escape(str(report.model))}  split {report.split}"
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
        console.print(f"[yellow]skipped[/] {escape(item_id)}: {escape(reason)}")
    worst = report.worst(errors)
    if worst:
        console.print()
        console.rule(f"{len(worst)} worst items")
        for item in worst:
            (_print_entity_errors if report.kind == "entities" else _print_event_errors)(console, item)


@app.command()
def evaluate(
    gold: Path = typer.Argument(..., help="A gold JSONL file (events: expected_events; entities: re3d layout)."),
    kind: Optional[Kind] = typer.Option(None, "--kind", help="events or entities; default: detected from the file's fields."),
    errors: int = typer.Option(0, "--errors", min=0, help="List the N worst items: missed and false events/spans, with the text and what the system produced."),
    format: Optional[EvalFormat] = typer.Option(None, "--format", "-f", help="table or json; default: table on a terminal, json otherwise."),
    model: Optional[str] = typer.Option(None, "--model", help="Any installed spaCy pipeline (name or path)."),
    split: Split = typer.Option(Split.all, "--split", help="Score only the records of this split (dev, test), or all."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles parsed per spaCy batch."),
) -> None:
    """Score the pipeline against a gold file: event types, states, direction, CAMEO; or entity spans."""
    from accord.evaluate import evaluate as run_evaluation
    from accord.pipeline import Pipeline

    fmt = format or (EvalFormat.table if sys.stdout.isatty() else EvalFormat.json)
    try:
        pipeline = Pipeline(model)
        report = run_evaluation(gold, pipeline, kind=kind.value if kind else None, split=split.value, batch_size=batch_size)
    except AccordError as exc:
        raise fail(str(exc))
    if not report.groups:
        raise fail(f"no gold records of split {split.value!r} in {gold}", 1)
    if fmt is EvalFormat.json:
        sys.stdout.write(json.dumps(report.to_dict(errors=errors), ensure_ascii=False) + "\n")
    else:
        render_report(report, errors, Console(highlight=False))
