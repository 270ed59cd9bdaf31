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
from accord.interfaces.render.progress import progress_bar


class CountingPipeline:
    """A pipeline that reports each extracted article to a progress callback."""

    def __init__(self, pipeline: object, advance: object) -> None:
        self.pipeline = pipeline
        self.advance = advance
        self.done = 0

    def __getattr__(self, name: str) -> object:
        return getattr(self.pipeline, name)

    def extract_many(self, articles, **kwargs):  # type: ignore[no-untyped-def]
        for result in self.pipeline.extract_many(articles, **kwargs):  # type: ignore[attr-defined]
            self.done += 1
            self.advance(self.done)  # type: ignore[operator]
            yield result


def gold_items(gold: Path) -> int | None:
    """How many records a JSONL gold file holds (its non-empty lines, less a ``_meta`` line)."""
    try:
        with open(gold, "rb") as fh:
            lines = [line for line in fh if line.strip()]
    except OSError:
        return None
    return len(lines) - sum(1 for line in lines[:1] if line.lstrip().startswith(b'{"_meta"'))


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
        total = gold_items(gold) if split is Split.all else None  # a split scores only some items
        with progress_bar("evaluate", "items", total) as advance:
            counted = CountingPipeline(pipeline, advance)
            report = run_evaluation(gold, counted, kind=kind.value if kind else None, split=split.value, batch_size=batch_size)
    except AccordError as exc:
        raise fail(str(exc))
    if not report.groups:
        raise fail(f"no gold records of split {split.value!r} in {gold}", 1)
    print_report(report, fmt, errors)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the ``accord`` app."""
    app.command()(evaluate)
