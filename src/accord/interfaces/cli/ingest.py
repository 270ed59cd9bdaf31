"""Filling the knowledge base: ``accord ingest``, ``accord errors``, ``accord reprocess``."""

from __future__ import annotations

from typing import Any, Optional

import typer

from accord.interfaces.cli.calls import call, open_store, with_store
from accord.interfaces.cli.options import DB, FORMAT, MODEL, QUIET
from accord.interfaces.render.formats import Format
from accord.interfaces.render.frames import ERROR_COLUMNS, print_records
from accord.interfaces.render.progress import print_run_summary, progress_wanted, run_progress


def make_pipeline(model: str | None) -> Any:
    """The extraction pipeline for ingest/reprocess (tests replace this function)."""
    from accord.pipeline import Pipeline

    return Pipeline(model)


def make_parallel_pipeline(model: str | None, workers: int | None, scheduler: str | None) -> Any:
    """Extraction on Dask workers (a local cluster of ``workers`` processes, or ``scheduler``); a context manager."""
    from accord.runners.parallel import ModelPipeline, ParallelPipeline

    return ParallelPipeline(ModelPipeline(model), workers=workers, scheduler=scheduler)


def _extracting(model: str | None, workers: int | None, scheduler: str | None) -> Any:
    """The pipeline to extract with, as a context manager (the parallel one starts a cluster)."""
    from contextlib import nullcontext

    if workers or scheduler:
        return make_parallel_pipeline(model, workers, scheduler)
    return nullcontext(make_pipeline(model))


WORKERS = typer.Option(None, "--workers", min=1, help="Extract on N local worker processes (a Dask cluster); one writer commits in input order.")
SCHEDULER = typer.Option(None, "--scheduler", help="Extract on an existing Dask cluster: the scheduler's address (tcp://host:8786).")


def ingest(
    sources: list[str] = typer.Argument(..., help="Files, folders, globs, URLs (pages or RSS/Atom feeds), or - for stdin."),
    db: Optional[str] = DB,
    extract: bool = typer.Option(True, "--extract/--no-extract", help="Run extraction now (or store articles only, for `accord reprocess --pending` later)."),
    model: Optional[str] = MODEL,
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
    workers: Optional[int] = WORKERS,
    scheduler: Optional[str] = SCHEDULER,
    quiet: bool = QUIET,
) -> None:
    """Read news sources into the knowledge base (idempotent; re-run to resume)."""
    from accord.ingest.sources import ColumnMap, SourceOptions

    columns = ColumnMap(text=text_column, html=html_column, title=title_column, url=url_column,
                        published=published_column, outlet=outlet_column)
    options = SourceOptions(columns=columns, outlet=outlet, allow_private=allow_private, follow_feed_links=follow_links)

    def go() -> Any:
        from contextlib import nullcontext

        extracting = _extracting(model, workers, scheduler) if extract else nullcontext(None)
        with extracting as pipeline, open_store(db, read_only=False) as store, run_progress(progress_wanted(quiet)) as progress:
            return store.ingest(sources, pipeline=pipeline, extract=extract, options=options, batch_size=batch_size, progress=progress)

    summary = call(go)
    print_run_summary(summary, "added")
    if summary.interrupted:
        raise typer.Exit(130)
    if summary.counts.errors and not summary.counts.added and not summary.counts.duplicates:
        raise typer.Exit(1)


def errors(
    db: Optional[str] = DB,
    warnings: bool = typer.Option(False, "--warnings", help="Include warnings (e.g. a feed summary stored instead of the page)."),
    format: Optional[Format] = FORMAT,
) -> None:
    """List the items that failed to ingest, and why."""
    found = with_store(db, lambda store: store.errors(include_warnings=warnings))
    print_records(found, ERROR_COLUMNS, format, kind="errors", title="ingest errors")


def reprocess(
    db: Optional[str] = DB,
    pending: bool = typer.Option(False, "--pending", help="Only articles not yet extracted (--no-extract, or a failed extraction)."),
    model: Optional[str] = MODEL,
    batch_size: int = typer.Option(32, "--batch-size", min=1, help="Articles re-extracted and committed per transaction."),
    workers: Optional[int] = WORKERS,
    scheduler: Optional[str] = SCHEDULER,
    quiet: bool = QUIET,
) -> None:
    """Re-run extraction over stored articles (after the pipeline or gazetteers change)."""

    def go() -> Any:
        with _extracting(model, workers, scheduler) as pipeline, open_store(db, read_only=False) as store, \
                run_progress(progress_wanted(quiet)) as progress:
            return store.reprocess(pipeline=pipeline, pending_only=pending, batch_size=batch_size, progress=progress)

    summary = call(go)
    print_run_summary(summary, "re-extracted")
    if summary.interrupted:
        raise typer.Exit(130)


def register(app: typer.Typer) -> None:
    """Add this module's commands to the ``accord`` app."""
    for command in (ingest, errors, reprocess):
        app.command()(command)
