"""The output formats a command offers, and the default: a table on a terminal, JSON in a pipe."""

from __future__ import annotations

import json
import sys
from enum import Enum
from typing import Any, TypeVar


class Format(str, Enum):
    """Query results: a Rich table, a JSON list of row objects, or CSV."""

    table = "table"
    json = "json"
    csv = "csv"


class ExtractFormat(str, Enum):
    """``accord extract``: one JSON object per article, or tables."""

    json = "json"
    table = "table"


class ReportFormat(str, Enum):
    """``accord evaluate``: tables, or one JSON report."""

    table = "table"
    json = "json"


F = TypeVar("F", Format, ExtractFormat, ReportFormat)


def chosen(fmt: F | None, formats: type[F]) -> F:
    """The format asked for, else a table on a terminal and JSON otherwise."""
    if fmt is not None:
        return fmt
    return formats.table if sys.stdout.isatty() else formats.json


def write_json(data: Any, **options: Any) -> None:
    """One JSON document on stdout (UTF-8 text kept as written)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, **options) + "\n")
