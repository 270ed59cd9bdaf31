"""An ingest or reprocess run: a live progress display on stderr, then its summary."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from accord.interfaces.render.console import err_console, print_note, print_notice

#: At most this many notices are printed after a run (all are stored: `accord errors`).
MAX_NOTICES = 50


@contextmanager
def run_progress(enabled: bool) -> Iterator[Callable[[Any], None] | None]:
    """Show a progress display while the block runs; yields its update callback (None when disabled)."""
    if not enabled:
        yield None
        return
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        TextColumn("{task.fields[articles]:>7,} articles"),
        TextColumn("{task.fields[events]:>8,} events"),
        TextColumn("{task.fields[duplicates]:>6,} duplicates"),
        TextColumn("[red]{task.fields[errors]:>5,} errors"),
        TimeElapsedColumn(),
        console=err_console,
        transient=False,
    )
    task = progress.add_task("ingest", articles=0, events=0, duplicates=0, errors=0)

    def update(counts: Any) -> None:
        progress.update(task, articles=counts.added, events=counts.events, duplicates=counts.duplicates, errors=counts.errors)

    with progress:
        yield update


def progress_wanted(quiet: bool) -> bool:
    """A progress display only for a person watching stderr."""
    return not quiet and err_console.is_terminal


def print_run_summary(summary: Any, verb: str) -> None:
    """The counts of an ``IngestSummary``, its first notices, and how to resume if interrupted."""
    c = summary.counts
    parts = [
        f"{c.added:,} article(s) {verb}",
        f"{c.duplicates:,} already stored",
        f"{c.syndicated:,} linked to a syndicated story",
        f"{c.events:,} event(s)",
        f"{c.records:,} other record(s)",
        f"{c.errors:,} error(s)",
    ]
    if c.warnings:
        parts.append(f"{c.warnings:,} warning(s)")
    print_note(", ".join(parts) + f" in {summary.seconds:.1f}s")
    for notice in summary.notices[:MAX_NOTICES]:
        print_notice(notice)
    if len(summary.notices) > MAX_NOTICES:
        print_note("... and more: see `accord errors`")
    if summary.interrupted:
        print_note("interrupted: every finished batch is saved; run the same command again to resume")
