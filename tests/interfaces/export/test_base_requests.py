"""What every export request shares (the registry in export/__init__.py, filters and tables in
export/base.py): each format registered and described, the event filters taken, a bad request
refused before any file is written."""

from __future__ import annotations

import json

import pytest

from accord.errors import StoreError
from accord.interfaces.export import EXPORTERS


def test_every_format_is_registered_and_documented():
    assert set(EXPORTERS) == {"csv", "jsonl", "parquet", "gdelt", "plover", "graphml", "gexf"}
    assert all(e.help and e.suffix.startswith(".") for e in EXPORTERS.values())


def test_exports_take_the_event_filters(kb, tmp_path):
    path = kb.export("jsonl", tmp_path / "srb.jsonl", actor="SRB", since="2025-04")
    rows = [json.loads(line) for line in path.read_text().splitlines()]
    assert sorted(r["type"] for r in rows) == ["ACCUSE", "AID", "ASSAULT"]  # SANCTION is FRA>RUS


@pytest.mark.parametrize(
    "fmt, table, message",
    [("xml", "events", "unknown export format"), ("gdelt", "agreements", "writes events"), ("csv", "spies", "writes")],
)
def test_bad_export_requests(kb, tmp_path, fmt, table, message):
    with pytest.raises(StoreError, match=message):
        kb.export(fmt, tmp_path / "x", table=table)
    assert not (tmp_path / "x").exists()
