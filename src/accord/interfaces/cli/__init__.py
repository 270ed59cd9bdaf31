"""The ``accord`` command line: a thin Typer layer over the library.

Commands are grouped by concern (``extract``, ``evaluate``, ``ingest``, ``query``,
``export``); each parses its arguments, calls one library function and hands the
result to ``accord.interfaces.render``. ``app`` registers them all.
"""

from __future__ import annotations

from accord.interfaces.cli.app import app, main

__all__ = ["app", "main"]
