"""The Typer application every command module registers on."""

from __future__ import annotations

import sys

import typer
from rich.console import Console
from rich.markup import escape

from accord.errors import AccordError

app = typer.Typer(
    name="accord",
    help="Turn news into a source-linked record of relations between states.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Messages for people go to stderr so stdout stays parseable (JSON, CSV).
err_console = Console(stderr=True, highlight=False)


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one clear error line and return the Exit to raise."""
    err_console.print(f"[bold red]error:[/] {escape(message)}", markup=True, soft_wrap=True)
    return typer.Exit(code)


def main() -> None:
    """Console-script entry point: no traceback ever reaches the user for AccordError."""
    try:
        app()
    except AccordError as exc:
        err_console.print(f"error: {exc}", markup=False, soft_wrap=True)
        sys.exit(1)
    except KeyboardInterrupt:
        err_console.print("interrupted", markup=False)
        sys.exit(130)
