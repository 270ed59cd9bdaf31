"""A CSV export read by pandas keeps its codes: quoted text, read with ``dtype=str`` (or
``CSV_DTYPES``) as the CSV module documents."""

from __future__ import annotations

import pandas as pd

from accord.interfaces.export.csv import CSV_DTYPES


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
