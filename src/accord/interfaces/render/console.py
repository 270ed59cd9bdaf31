"""Messages for people, on stderr: errors, notices about input items, one-line notes.

Paths, ids and messages may carry text from the input: they are never read as markup.
"""

from __future__ import annotations

from rich.console import Console
from rich.markup import escape

from accord.records import Notice

# Messages for people go to stderr so stdout stays parseable (JSON, CSV).
err_console = Console(stderr=True, highlight=False)


def print_error(message: str) -> None:
    """One red ``error:`` line."""
    err_console.print(f"[bold red]error:[/] {escape(message)}", markup=True, soft_wrap=True)


def print_plain_error(message: str) -> None:
    """One ``error:`` line without styling (the last resort of the entry point)."""
    err_console.print(f"error: {message}", markup=False, soft_wrap=True)


def print_interrupted() -> None:
    err_console.print("interrupted", markup=False)


def print_notice(notice: Notice) -> None:
    """A warning (yellow) or an error (red) about one input item."""
    label = "error" if notice.level == "error" else "warning"
    colour = "red" if notice.level == "error" else "yellow"
    item = f"{notice.item}: " if notice.item else ""
    err_console.print(f"[bold {colour}]{label}:[/] {escape(item + notice.message)}", markup=True, soft_wrap=True, highlight=False)


def print_note(text: str) -> None:
    """One plain line: a count, a summary, where a file was written."""
    err_console.print(escape(text), highlight=False)


def print_version(text: str) -> None:
    """The version line, on stdout (what ``--version`` is asked for)."""
    Console(highlight=False).print(text, markup=False)
