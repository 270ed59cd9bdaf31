"""A Parquet export reads back as the store's rows, for every table."""

from __future__ import annotations

import pandas as pd
import pytest
from round_trips import expected_rows, flat

from accord.interfaces.export import TABLES
from accord.query.records import json_rows


@pytest.mark.parametrize("table", TABLES)
def test_parquet_round_trips(kb, tmp_path, table):
    path = kb.export("parquet", tmp_path / f"{table}.parquet", table=table)
    back = pd.read_parquet(path)
    want = flat(expected_rows(kb, table))
    assert list(back.columns) == list(want[0].keys())
    assert flat(json_rows(back)) == want
