"""Messages for people, on stderr: errors, notices about input items, one-line notes.

Paths, ids and messages may carry text from the input: they are never read as markup.
"""

from __future__ import annotations

import re

from rich.console import Console
from rich.markup import escape

from accord.records import Notice

#: C0 and C1 control characters (but tab and newline), DEL, and the bidirectional overrides
#: that reorder what a terminal shows: an article title must not clear the screen or move
#: the cursor.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """``text`` with every control character replaced by U+FFFD, one for one (offsets keep)."""
    return _CONTROL.sub("\ufffd", text)


def safe(text: object) -> str:
    """``text`` ready to sit inside Rich markup: control characters replaced, markup escaped."""
    return escape(printable(str(text)))


# Messages for people go to stderr so stdout stays parseable (JSON, CSV).
err_console = Console(stderr=True, highlight=False)


def print_error(message: str) -> None:
    """One red ``error:`` line."""
    err_console.print(f"[bold red]error:[/] {safe(message)}", markup=True, soft_wrap=True)


def print_plain_error(message: str) -> None:
    """One ``error:`` line without styling (the last resort of the entry point)."""
    err_console.print(f"error: {printable(message)}", markup=False, soft_wrap=True)


def print_interrupted() -> None:
    err_console.print("interrupted", markup=False)


def print_notice(notice: Notice) -> None:
    """A warning (yellow) or an error (red) about one input item."""
    label = "error" if notice.level == "error" else "warning"
    colour = "red" if notice.level == "error" else "yellow"
    item = f"{notice.item}: " if notice.item else ""
    err_console.print(f"[bold {colour}]{label}:[/] {safe(item + notice.message)}", markup=True, soft_wrap=True, highlight=False)


def print_note(text: str) -> None:
    """One plain line: a count, a summary, where a file was written."""
    err_console.print(safe(text), highlight=False, soft_wrap=True)  # one line: logs and pipes are read line by line


def print_version(text: str) -> None:
    """The version line, on stdout (what ``--version`` is asked for)."""
    Console(highlight=False).print(text, markup=False)
