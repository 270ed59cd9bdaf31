"""Exports: one module per format, each exposing ``EXPORTER``, collected in ``EXPORTERS``.

    store.export("parquet", "events.parquet", table="events", actor="SRB")

| format  | tables                          | what it writes                                         |
|---------|---------------------------------|--------------------------------------------------------|
| csv     | events, actors, agreements, ... | one row per record; lists as JSON text                 |
| jsonl   | events, actors, agreements, ... | one JSON object per line (the ``--format json`` rows)  |
| parquet | events, actors, agreements, ... | typed columns, lists as list columns                   |
| gdelt   | events                          | GDELT 2.0 event table layout (tab-separated, no header)|
| plover  | events                          | PLOVER JSON records (JSONL, or a list for ``.json``)   |
| graphml | events                          | state-to-state network for Gephi, weighted             |
| gexf    | events                          | the same network as GEXF                               |

Filters are those of ``accord events`` (and of the chosen table's command).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.errors import StoreError
from accord.interfaces.export import csv, gdelt, gexf, graphml, jsonl, parquet, plover
from accord.interfaces.export.base import TABLES, Exporter, frame_for

if TYPE_CHECKING:
    from accord.store import Database

#: Every export format by name.
EXPORTERS: dict[str, Exporter] = {
    m.EXPORTER.name: m.EXPORTER for m in (csv, jsonl, parquet, gdelt, plover, graphml, gexf)
}


def export(store: Database, fmt: str, out: str | os.PathLike[str], *, table: str = "events", **filters: Any) -> Path:
    """Write ``table`` (filtered) to ``out`` in format ``fmt``.

    RETURNS (Path): the file written.

    Raises:
        StoreError: unknown format or table, a table the format cannot write, or a filter
            the table does not have.
    """
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise StoreError(f"unknown export format {fmt!r}; choose from {', '.join(EXPORTERS)}")
    if table not in exporter.tables:
        raise StoreError(f"the {fmt} export writes {' or '.join(exporter.tables)}, not {table}")
    path = Path(out)
    if path.parent and not path.parent.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    try:
        exporter.write(store, tmp, table, filters)
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return path


__all__ = ["EXPORTERS", "TABLES", "Exporter", "export", "frame_for"]
