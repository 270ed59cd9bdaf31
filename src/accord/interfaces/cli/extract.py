"""``accord extract``: one article (or a JSONL batch) in, records out."""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Optional

import typer
from rich.markup import escape

from accord.errors import AccordError
from accord.interfaces.cli.app import app, err_console, fail
from accord.records import Extraction, Notice


class OutputFormat(str, Enum):
    json = "json"
    table = "table"


def _default_format() -> OutputFormat:
    return OutputFormat.table if sys.stdout.isatty() else OutputFormat.json


def _report(notice: Notice) -> None:
    label = "error" if notice.level == "error" else "warning"
    colour = "red" if notice.level == "error" else "yellow"
    item = f"{notice.item}: " if notice.item else ""
    # Paths, ids and messages may carry text from the input: never read them as markup.
    err_console.print(f"[bold {colour}]{label}:[/] {escape(item + notice.message)}", markup=True, soft_wrap=True, highlight=False)


def _emit(result: Extraction, fmt: OutputFormat) -> None:
    for notice in result.notices:
        _report(notice)
    if fmt is OutputFormat.json:
        sys.stdout.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")
        sys.stdout.flush()
    else:
        from accord.interfaces.render import render_extraction

        render_extraction(result)


@app.command()
def extract(
    path: Optional[str] = typer.Argument(None, help="A .txt, .html/.htm or .json file holding one article; '-' reads stdin."),
    jsonl: Optional[Path] = typer.Option(None, "--jsonl", help="Batch mode: a JSONL file, one {id, text|html, title?, url?, published?} per line."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD; relative dates resolve against it."),
    url: Optional[str] = typer.Option(None, "--url", help="The article's URL."),
    title: Optional[str] = typer.Option(None, "--title", help="The article's headline (otherwise detected)."),
    format: Optional[OutputFormat] = typer.Option(None, "--format", "-f", help="json (one object per article) or table; default: table on a terminal, json otherwise."),
    model: Optional[str] = typer.Option(None, "--model", help="Any installed spaCy pipeline (name or path)."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles parsed per spaCy batch in --jsonl mode."),
) -> None:
    """Extract events, actors and defence records from one article, or from a JSONL batch."""
    from accord.ingest.read import read_document, read_jsonl
    from accord.pipeline import Pipeline

    fmt = format or _default_format()
    if published is not None:
        from accord.dates import parse_iso_date

        if parse_iso_date(published) is None:
            raise fail(f"--published must be a date as YYYY-MM-DD, got {published!r}", 2)
    if (path is None) == (jsonl is None):
        raise fail("give exactly one of PATH or --jsonl FILE (see accord extract --help)", 2)

    if jsonl is None:
        # Read (and reject bad input) before the model loads: a bad file fails fast.
        try:
            article = read_document(path, published=published, url=url, title=title)
        except AccordError as exc:
            raise fail(str(exc))
        _emit(Pipeline(model).extract(article), fmt)
        return
    if not jsonl.is_file():
        raise fail(f"{jsonl}: no such file")
    pipeline = Pipeline(model)

    failures = 0
    successes = 0

    def articles():
        nonlocal failures
        for item in read_jsonl(jsonl):
            if isinstance(item, Notice):
                failures += 1
                _report(item)
                continue
            yield item

    try:
        for result in pipeline.extract_many(articles(), batch_size=batch_size):
            successes += 1
            _emit(result, fmt)
    except AccordError as exc:
        raise fail(str(exc))
    if failures:
        err_console.print(f"{successes} article(s) extracted, {failures} skipped", highlight=False)
    if successes == 0:
        raise typer.Exit(1)


@app.command()
def batch(
    shards: list[Path] = typer.Argument(..., help="JSONL shards, one {id, text|html, ...} record per line (the --jsonl format)."),
    out: Path = typer.Option(..., "--out", help="Folder for <shard>.jsonl results and <shard>.errors.jsonl notices."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Local worker processes (default: CPU count)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="A Dask scheduler address to run on an existing cluster, or 'synchronous'."),
    model: Optional[str] = typer.Option(None, "--model", help="Any installed spaCy pipeline (name or path)."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles parsed per spaCy batch."),
) -> None:
    """Extract a sharded corpus in parallel with Dask (locally or on a cluster)."""
    from accord.runners.dask import run

    missing = [str(s) for s in shards if not s.is_file()]
    if missing:
        raise fail(f"no such file: {', '.join(missing)}")
    summary = run([str(s) for s in shards], out, model=model, batch_size=batch_size, scheduler=scheduler, workers=workers)
    err_console.print(
        f"{summary.articles} article(s), {summary.events} event(s), {summary.errors} bad line(s) in {len(summary.shards)} shard(s); results in {out}",
        highlight=False,
    )
    if summary.articles == 0:
        raise typer.Exit(1)
