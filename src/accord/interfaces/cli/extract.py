"""``accord extract`` (one article, or a JSONL batch, in; records out) and ``accord batch`` (Dask)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

import typer

from accord.errors import AccordError, InputError
from accord.interfaces.cli.calls import fail
from accord.interfaces.cli.options import ANY_MODEL
from accord.interfaces.render.console import print_note, print_notice
from accord.interfaces.render.extraction import print_extraction
from accord.interfaces.render.formats import ExtractFormat, chosen
from accord.interfaces.render.progress import progress_bar
from accord.records import Notice


def extract(
    path: Optional[str] = typer.Argument(None, help="A .txt, .html/.htm or .json file holding one article; '-' reads stdin."),
    jsonl: Optional[Path] = typer.Option(None, "--jsonl", help="Batch mode: a JSONL file, one {id, text|html, title?, url?, published?} per line."),
    published: Optional[str] = typer.Option(None, "--published", help="Publication date YYYY-MM-DD; relative dates resolve against it."),
    url: Optional[str] = typer.Option(None, "--url", help="The article's URL."),
    title: Optional[str] = typer.Option(None, "--title", help="The article's headline (otherwise detected)."),
    format: Optional[ExtractFormat] = typer.Option(None, "--format", "-f", help="json (one object per article) or table; default: table on a terminal, json otherwise."),
    model: Optional[str] = ANY_MODEL,
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles parsed per spaCy batch in --jsonl mode."),
) -> None:
    """Extract events, actors and defence records from one article, or from a JSONL batch."""
    fmt = chosen(format, ExtractFormat)
    if published is not None:
        from accord.dates import parse_iso_date

        if parse_iso_date(published) is None:
            raise fail(f"--published must be a date as YYYY-MM-DD, got {published!r}", 2)
    if (path is None) == (jsonl is None):
        raise fail("give exactly one of PATH or --jsonl FILE (see accord extract --help)", 2)
    if jsonl is None:
        _extract_document(path, fmt, model, published=published, url=url, title=title)
    else:
        _extract_jsonl(jsonl, fmt, model, batch_size)


def _extract_document(path: str, fmt: ExtractFormat, model: str | None, **fields: str | None) -> None:
    from accord.interfaces.library import extract_file

    try:
        extraction = extract_file(path, model=model, **fields)
    except InputError as exc:
        raise fail(str(exc))
    print_extraction(extraction, fmt)


def _extract_jsonl(jsonl: Path, fmt: ExtractFormat, model: str | None, batch_size: int) -> None:
    """Stream one result per good line; a bad line is reported and skipped (exit 1 when none was good)."""
    from accord.interfaces.library import extract_jsonl

    if not jsonl.is_file():
        raise fail(f"{jsonl}: no such file")
    failures = 0
    successes = 0
    try:
        for item in extract_jsonl(jsonl, model=model, batch_size=batch_size):
            if isinstance(item, Notice):
                failures += 1
                print_notice(item)
            else:
                successes += 1
                print_extraction(item, fmt)
    except AccordError as exc:
        raise fail(str(exc))
    if failures:
        print_note(f"{successes} article(s) extracted, {failures} skipped")
    if successes == 0:
        raise typer.Exit(1)


def batch(
    shards: list[Path] = typer.Argument(..., help="JSONL shards, one {id, text|html, ...} record per line (the --jsonl format)."),
    out: Path = typer.Option(..., "--out", help="Folder for <shard>.jsonl results and <shard>.errors.jsonl notices."),
    workers: Optional[int] = typer.Option(None, "--workers", min=1, help="Local worker processes (default: CPU count)."),
    scheduler: Optional[str] = typer.Option(None, "--scheduler", help="A Dask scheduler address to run on an existing cluster, or 'synchronous'."),
    model: Optional[str] = ANY_MODEL,
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Articles parsed per spaCy batch."),
) -> None:
    """Extract a sharded corpus in parallel with Dask (locally or on a cluster)."""
    from accord.runners.dask import run

    missing = [str(s) for s in shards if not s.is_file()]
    if missing:
        raise fail(f"no such file: {', '.join(missing)}")
    with progress_bar("batch", "shards", len(shards), fields=("articles", "events")) as advance:
        done = {"shards": 0, "articles": 0, "events": 0}

        def on_shard(result: Any) -> None:
            done["shards"] += 1
            done["articles"] += result.articles
            done["events"] += result.events
            advance(done["shards"], articles=done["articles"], events=done["events"])

        summary: Any = run([str(s) for s in shards], out, model=model, batch_size=batch_size, scheduler=scheduler,
                           workers=workers, on_shard=on_shard)
    print_note(f"{summary.articles} article(s), {summary.events} event(s), {summary.errors} bad line(s) in {len(summary.shards)} shard(s); results in {out}")
    if summary.articles == 0:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the ``accord`` app."""
    for command in (extract, batch):
        app.command()(command)
