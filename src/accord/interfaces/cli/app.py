"""The one Typer application: every command module registers its commands here, in help order."""

from __future__ import annotations

import sys
import typer

from accord.errors import AccordError
from accord.interfaces.cli import evaluate, export, extract, ingest, query, serve
from accord.interfaces.render.console import print_interrupted, print_plain_error, print_version

app = typer.Typer(
    name="accord",
    help="Turn news into a source-linked record of relations between states.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import version

        # the installed distribution's version (accord/__init__.py, a layer above, says the same)
        print_version(f"accord {version('accord')}")
        raise typer.Exit()


@app.callback()
def options(
    version: bool = typer.Option(False, "--version", "-V", callback=_version, is_eager=True, help="Print the version and exit."),
) -> None:
    """Turn news into a source-linked record of relations between states."""


# One line per module; each module's ``register`` adds its commands.
evaluate.register(app)
extract.register(app)
ingest.register(app)
query.register(app)
export.register(app)
serve.register(app)


def main() -> None:
    """Console-script entry point: no traceback ever reaches the user for AccordError."""
    try:
        app()
    except AccordError as exc:
        print_plain_error(str(exc))
        sys.exit(1)
    except KeyboardInterrupt:
        print_interrupted()
        sys.exit(130)
