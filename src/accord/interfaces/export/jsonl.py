"""JSONL: one JSON object per record, the rows ``--format json`` prints (sources nested)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.interfaces.export.base import TABLES, Exporter, frames_for
from accord.query.records import json_rows

if TYPE_CHECKING:
    from accord.store import Database


def write(store: Database, path: Path, table: str, filters: dict[str, Any]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8") as fh:
        for df in frames_for(store, table, filters):  # streamed: one batch in memory at a time
            for row in json_rows(df):
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
    return count


EXPORTER = Exporter("jsonl", ".jsonl", TABLES, write, "one JSON object per line, sources nested")
