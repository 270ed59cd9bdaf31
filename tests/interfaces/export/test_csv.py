"""A CSV export read by pandas keeps its codes: quoted text, read with ``dtype=str`` (or
``CSV_DTYPES``) as the CSV module documents; and it reads back as the store's rows, for every table."""

from __future__ import annotations

import pandas as pd
import pytest
from round_trips import expected_rows, flat

from accord.interfaces.export import TABLES
from accord.interfaces.export.csv import CSV_DTYPES, read_csv


def test_pandas_reads_codes_with_their_leading_zeros(status_kb, tmp_path):
    path = status_kb.export("csv", tmp_path / "events.csv", status="all")
    frame = pd.read_csv(path, dtype=str, keep_default_na=False)
    assert sorted(frame["cameo"]) == ["030", "036", "054", "070", "111", "190"]
    assert sorted(frame["status"]) == ["hypothetical", "negated", "occurred", "ongoing", "planned", "proposed"]
    typed = pd.read_csv(path, dtype=CSV_DTYPES)
    assert "036" in set(typed["cameo"]) and typed["goldstein"].dtype == "float64"
    assert set(typed["date"].dropna()) == {"2025", "2026", "2025-03"}


def test_every_code_column_is_quoted_in_the_file(status_kb, tmp_path):
    text = status_kb.export("csv", tmp_path / "events.csv", cameo="036", status="all").read_text(encoding="utf-8")
    assert '"036"' in text and ',036,' not in text


@pytest.mark.parametrize("table", TABLES)
def test_csv_round_trips(kb, tmp_path, table):
    path = kb.export("csv", tmp_path / f"{table}.csv", table=table)
    back = read_csv(path)
    want = flat(expected_rows(kb, table))
    assert len(back) == len(want) and back
    for got, row in zip(back, want):
        for key, value in row.items():
            if isinstance(value, (int, float)) and not isinstance(value, bool):
                assert float(got[key]) == pytest.approx(value), key
            elif value in (None, ""):
                assert got[key] is None, key
            else:
                assert got[key] == value, key
