"""JSONL: one JSON object per record, the rows ``--format json`` prints (sources nested)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.interfaces.export.base import TABLES, Exporter, json_row, json_value, rows_for, schema_for

if TYPE_CHECKING:
    from accord.store import Database


def write(store: Database, path: Path, table: str, filters: dict[str, Any]) -> int:
    names = schema_for(store, table, filters).names
    count = 0
    with open(path, "w", encoding="utf-8") as fh:
        for line in json_lines(names, rows_for(store, table, filters)):  # streamed: one batch in memory at a time
            fh.write(line + "\n")
            count += 1
    return count


def json_lines(names: list[str], rows: Iterable[tuple[Any, ...]], *, indent: int | None = None) -> Iterator[str]:
    """Each streamed row (``rows_for``) as one JSON object (sources nested), ``indent`` as ``json.dumps`` takes it."""
    for row in rows:
        yield json.dumps(json_row(names, row), ensure_ascii=False, default=json_value, indent=indent)


EXPORTER = Exporter("jsonl", ".jsonl", TABLES, write, "one JSON object per line, sources nested")
