"""How a command calls the library: open the store, and end in one clear line when it refuses.

A command never shows a traceback for an ``AccordError``: it prints one error line and
exits with code 1, or 2 for a usage error: one the command detects, or an unknown code,
type or status (``UnknownValue``, whose message suggests the closest known value).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import typer

from accord.errors import AccordError
from accord.query.vocabulary import UnknownValue
from accord.interfaces.render.console import print_error

T = TypeVar("T")


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print one clear error line and return the Exit to raise."""
    print_error(message)
    return typer.Exit(code)


#: Exit code of a usage error (click's own, for a bad option).
USAGE = 2


def call(fn: Callable[[], T]) -> T:
    """Call ``fn`` and turn an AccordError into one error line and exit code 1 (2 for an unknown value)."""
    try:
        return fn()
    except UnknownValue as exc:
        raise fail(str(exc), USAGE) from None
    except AccordError as exc:
        raise fail(str(exc)) from None


#: Seconds a command waits for an ingest to finish writing its batch before giving up (a second
#: ingest then meets the running one's lock file and is refused with one line).
LOCK_WAIT = 5.0


def open_store(db: str | None, *, read_only: bool = True) -> Any:
    """The knowledge base at ``db`` (default: $ACCORD_DB or ./accord.duckdb); it waits a few
    seconds while an ingest writes a batch (the ingest lets other processes in between batches)."""
    from accord.interfaces.library import Store

    return Store(db, read_only=read_only, lock_wait=LOCK_WAIT)


def with_store(db: str | None, use: Callable[[Any], T]) -> T:
    """Open the knowledge base read-only, return ``use(store)``, close it; an AccordError ends the command."""

    def go() -> T:
        with open_store(db) as store:
            return use(store)

    return call(go)
