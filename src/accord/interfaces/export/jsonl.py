"""JSONL: one JSON object per record, the rows ``--format json`` prints (sources nested)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.interfaces.export.base import TABLES, Exporter, frame_for
from accord.query.records import json_rows

if TYPE_CHECKING:
    from accord.store import Database


def write(store: Database, path: Path, table: str, filters: dict[str, Any]) -> int:
    rows = json_rows(frame_for(store, table, filters))
    with open(path, "w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


EXPORTER = Exporter("jsonl", ".jsonl", TABLES, write, "one JSON object per line, sources nested")
