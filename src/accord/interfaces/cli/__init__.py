"""The ``accord`` command line: a thin Typer layer over the library.

Each command lives in its own module and registers itself on ``app``; every command
calls library functions and maps ``AccordError`` to a one-line message and exit code.
"""

from __future__ import annotations

from accord.interfaces.cli.app import app, main
from accord.interfaces.cli import evaluate, extract, store  # noqa: F401  (register commands)
from accord.interfaces.cli import serve  # noqa: F401  (registers `accord serve`)

__all__ = ["app", "main"]
