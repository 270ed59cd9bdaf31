"""A JSONL export reads back as the store's rows, for every table."""

from __future__ import annotations

import json

import pytest
from round_trips import expected_rows

from accord.interfaces.export import TABLES


@pytest.mark.parametrize("table", TABLES)
def test_jsonl_round_trips(kb, tmp_path, table):
    path = kb.export("jsonl", tmp_path / f"{table}.jsonl", table=table)
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert rows == expected_rows(kb, table) and rows
