"""Exports: one module per format, each exposing ``EXPORTER``, collected in ``EXPORTERS``.

    store.export("parquet", "events.parquet", table="events", actor="SRB")

| format  | tables                          | what it writes                                         |
|---------|---------------------------------|--------------------------------------------------------|
| csv     | events, actors, agreements, ... | one row per record; lists as JSON text                 |
| jsonl   | events, actors, agreements, ... | one JSON object per line (the ``--format json`` rows)  |
| parquet | events, actors, agreements, ... | typed columns, lists as list columns                   |
| gdelt   | events                          | GDELT 2.0 event codebook's 61 columns (no header)      |
| plover  | events                          | PLOVER JSON records (JSONL, or a list for ``.json``)   |
| graphml | events, transfers, alliances    | event, arms-transfer or alliance network for Gephi     |
| gexf    | events, transfers, alliances    | the same networks as GEXF                              |

Filters are those of ``accord events`` (and of the chosen table's command). Events are
exported, and weigh in networks, only when they occurred or are ongoing, unless ``status``
says otherwise (``status="all"`` or a list such as ``"planned,negated"``); every row keeps
its status (a column, or PLOVER's auxiliary-mode markers).

Tabular exports stream: the rows arrive as Arrow batches and are written batch by batch,
never held whole (``base.py``).

A file is written whole or not at all: into a temp file created securely (``mkstemp``,
an unpredictable name, never following a planted link) in the target's folder, then
renamed over the target in one step. CSV and GDELT text cells are defused against
spreadsheet formula injection (``formula.py``).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from accord.errors import StoreError
from accord.interfaces.export import csv, gdelt, gexf, graphml, jsonl, parquet, plover
from accord.interfaces.export.base import DEFAULT_EVENT_STATUSES, TABLES, Exporter, frame_for, with_default_status

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
        StoreError: unknown format or table, a table the format cannot write, a filter
            the table does not have, or an ``out`` that cannot be written (a folder, no
            permission, disk full); one line, and no partial file left behind.
    """
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise StoreError(f"unknown export format {fmt!r}; choose from {', '.join(EXPORTERS)}")
    if table not in exporter.tables:
        raise StoreError(f"the {fmt} export writes {' or '.join(exporter.tables)}, not {table}")
    path = Path(out)
    if path.is_dir():
        raise StoreError("--out names a folder; give a file name, e.g. --out " + str(path / f"{table}{exporter.suffix}"), item=str(path))
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=f".tmp{path.suffix}")
    except OSError as exc:
        raise _export_error(exc, path) from exc
    os.close(fd)
    tmp = Path(name)
    try:
        exporter.write(store, tmp, table, with_default_status(table, filters))
        os.chmod(tmp, _new_file_mode(path))
        os.replace(tmp, path)  # replaces a link planted at ``path`` itself, never its target
    except BaseException as exc:
        tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _export_error(exc, path) from exc
        raise
    return path


def _new_file_mode(path: Path) -> int:
    """The mode the export gets: the replaced file's, else what the umask allows for a new file
    (``mkstemp`` makes its file private, 0600)."""
    try:
        mode = path.lstat().st_mode
        if stat.S_ISREG(mode):
            return mode & 0o777
    except OSError:
        pass
    umask = os.umask(0)  # reading the umask means setting it; put it straight back
    os.umask(umask)
    return 0o666 & ~umask


def _export_error(exc: OSError, path: Path) -> StoreError:
    if exc.errno == errno.ENOSPC:
        return StoreError("cannot write the export: the disk is full; free some space or choose another --out", item=str(path))
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return StoreError("cannot write the export: permission denied; choose a folder you may write to", item=str(path))
    if exc.errno in (errno.EISDIR, errno.ENOTDIR):
        return StoreError("cannot write the export: a folder and a file name clash in this path; choose another --out", item=str(path))
    return StoreError(f"cannot write the export ({exc.strerror or exc})", item=str(path))


__all__ = ["DEFAULT_EVENT_STATUSES", "EXPORTERS", "TABLES", "Exporter", "export", "frame_for"]
