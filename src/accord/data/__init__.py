"""accord's data files (word lists, tables, gazetteers), read once per pipeline by the layers
that use them; ``read_table`` reads a CSV file shipped in one of these packages."""

from __future__ import annotations

import csv
import io
from importlib import resources


def read_table(package: str, name: str) -> list[dict[str, str]]:
    """Rows of a CSV data file shipped in ``package`` (empty list when the file is absent)."""
    try:
        raw = resources.files(package).joinpath(name).read_text(encoding="utf-8")
    except FileNotFoundError:
        return []
    lines = (line for line in io.StringIO(raw) if not line.startswith("#"))  # converted files carry a source note
    return [{k.strip(): (v or "").strip() for k, v in row.items() if k} for row in csv.DictReader(lines)]
