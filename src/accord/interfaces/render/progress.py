"""Progress of long work on stderr (a bar on a terminal, periodic log lines otherwise), and run summaries."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from accord.interfaces.render.console import err_console, print_note, print_notice

#: At most this many notices are printed after a run (all are stored: `accord errors`).
MAX_NOTICES = 50


#: Seconds between two progress lines when stderr is not a terminal (a log file, CI).
LOG_EVERY = 10.0


class LogProgress:
    """Progress as periodic one-line records, for output that is not a terminal.

    ``update(done, **fields)`` prints at most one line every ``every`` seconds, and
    ``finish()`` one last line: ``ingest: 120/400 articles (30%), 340 events, 12.5/s, ETA 0:00:22``.
    """

    def __init__(self, description: str, unit: str, total: int | None = None, every: float = LOG_EVERY,
                 clock: Callable[[], float] = time.monotonic, write: Callable[[str], None] | None = None) -> None:
        self.description = description
        self.unit = unit
        self.total = total
        self.every = every
        self.clock = clock
        self.write = write or print_note
        self.started = clock()
        self.last = self.started
        self.done = 0
        self.fields: dict[str, int] = {}
        self.written = ""

    def update(self, done: int, total: int | None = None, **fields: int) -> None:
        self.done, self.fields = done, fields
        self.total = total if total is not None else self.total
        now = self.clock()
        if now - self.last >= self.every:
            self.last = now
            self._write(self.line(now))

    def finish(self) -> None:
        self._write(self.line(self.clock()))

    def _write(self, line: str) -> None:
        if line != self.written:
            self.written = line
            self.write(line)

    def line(self, now: float) -> str:
        elapsed = max(now - self.started, 1e-9)
        rate = self.done / elapsed
        done = f"{self.done:,}/{self.total:,} {self.unit} ({self.done / self.total:.0%})" if self.total else f"{self.done:,} {self.unit}"
        parts = [done, *(f"{v:,} {k}" for k, v in self.fields.items()), f"{rate:.1f}/s"]
        if self.total and rate > 0 and self.done < self.total:
            parts.append(f"ETA {_clock((self.total - self.done) / rate)}")
        parts.append(f"elapsed {_clock(elapsed)}")
        return f"{self.description}: " + ", ".join(parts)


def _clock(seconds: float) -> str:
    seconds = int(seconds)
    return f"{seconds // 3600}:{seconds // 60 % 60:02d}:{seconds % 60:02d}"


@contextmanager
def progress_bar(description: str, unit: str, total: int | None = None, *, enabled: bool = True,
                 fields: tuple[str, ...] = ()) -> Iterator[Callable[..., None]]:
    """A progress display while the block runs; yields ``update(done, total=None, **fields)``.

    On a terminal: a Rich bar with done/total, rate and ETA (a pulsing bar while the total is
    unknown). Otherwise: a one-line record every ``LOG_EVERY`` seconds and one at the end.
    Disabled: a no-op.
    """
    if not enabled:
        yield lambda *args, **kwargs: None
        return
    if not err_console.is_terminal:
        log = LogProgress(description, unit, total)
        yield log.update
        log.finish()
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    columns = [TextColumn("[bold]{task.description}"), BarColumn(bar_width=None), MofNCompleteColumn(),
               TextColumn(unit), TaskProgressColumn()]
    columns += [TextColumn(f"{{task.fields[{f}]:,}} {f}") for f in fields]
    columns += [TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn()]
    progress = Progress(*columns, console=err_console, transient=False)
    task = progress.add_task(description, total=total, **{f: 0 for f in fields})

    def update(done: int, total: int | None = None, **values: int) -> None:
        progress.update(task, completed=done, **({"total": total} if total is not None else {}), **values)

    with progress:
        yield update


@contextmanager
def run_progress(enabled: bool) -> Iterator[Callable[[Any], None] | None]:
    """Progress of an ingest or reprocess run; yields the callback the runner calls with its ``IngestCounts``.

    The total (and so the ETA) shows when the counts carry one (``expected``); until the
    runner reports it, the bar counts articles read.
    """
    if not enabled:
        yield None
        return
    with progress_bar("ingest", "articles", fields=("events", "duplicates", "errors")) as advance:

        def update(counts: Any) -> None:
            advance(counts.items, getattr(counts, "expected", None), events=counts.events, duplicates=counts.duplicates,
                    errors=counts.errors)

        yield update


def progress_wanted(quiet: bool) -> bool:
    """Progress unless ``--quiet``: a bar on a terminal, periodic log lines otherwise."""
    return not quiet


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
