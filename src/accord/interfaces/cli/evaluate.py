"""``accord evaluate``: score the pipeline against a gold file."""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Optional

import typer

from accord.errors import AccordError
from accord.interfaces.cli.calls import fail
from accord.interfaces.cli.options import ANY_MODEL
from accord.interfaces.render.evaluation import print_report
from accord.interfaces.render.formats import ReportFormat, chosen


class Kind(str, Enum):
    events = "events"
    entities = "entities"


class Split(str, Enum):
    dev = "dev"
    test = "test"
    all = "all"


def evaluate(
    gold: Path = typer.Argument(..., help="A gold JSONL file (events: expected_events; entities: re3d layout)."),
    kind: Optional[Kind] = typer.Option(None, "--kind", help="events or entities; default: detected from the file's fields."),
    errors: int = typer.Option(0, "--errors", min=0, help="List the N worst items: missed and false events/spans, with the text and what the system produced."),
    format: Optional[ReportFormat] = typer.Option(None, "--format", "-f", help="table or json; default: table on a terminal, json otherwise."),
    model: Optional[str] = ANY_MODEL,
    split: Split = typer.Option(Split.all, "--split", help="Score only the records of this split (dev, test), or all."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles parsed per spaCy batch."),
) -> None:
    """Score the pipeline against a gold file: event types, states, direction, CAMEO; or entity spans."""
    from accord.evaluate import evaluate as run_evaluation
    from accord.pipeline import Pipeline

    fmt = chosen(format, ReportFormat)
    try:
        pipeline = Pipeline(model)
        report = run_evaluation(gold, pipeline, kind=kind.value if kind else None, split=split.value, batch_size=batch_size)
    except AccordError as exc:
        raise fail(str(exc))
    if not report.groups:
        raise fail(f"no gold records of split {split.value!r} in {gold}", 1)
    print_report(report, fmt, errors)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the ``accord`` app."""
    app.command()(evaluate)
