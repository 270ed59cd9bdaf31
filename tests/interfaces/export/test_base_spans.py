"""A large selection is read as the same query over consecutive spans of days, then the
undated records by id: the rows and their order are those of the single query, in every
format, with every filter, so DuckDB never holds more than one span."""

from __future__ import annotations

import pytest

from accord.interfaces.export import EXPORTERS
from accord.interfaces.export import base as export_base


@pytest.fixture(scope="module")
def dated_and_undated(tmp_path_factory):
    """The wire/second/third stories on four days, plus articles with no date at all."""
    from store_fakes import FakePipeline, article, build_kb, unique_text

    store = build_kb(tmp_path_factory.mktemp("spans") / "kb.duckdb")
    undated = [article(unique_text(i), outlet=f"undated{i}.example", url=f"https://undated{i}.example/", published=None) for i in range(5)]
    store.ingest_articles(undated, pipeline=FakePipeline())
    yield store
    store.close()


def test_the_store_has_undated_records_and_several_days(dated_and_undated, monkeypatch):
    monkeypatch.setattr(export_base, "SPAN_ROWS", 1)
    spans, undated = export_base.day_spans(dated_and_undated.database, "events", None, None)
    assert undated and len(spans) >= 3


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
def test_every_format_writes_the_same_file_span_by_span(dated_and_undated, tmp_path, monkeypatch, fmt):
    whole = dated_and_undated.export(fmt, tmp_path / f"whole.{fmt}", status="all").read_bytes()
    queries = []
    batches = dated_and_undated.database.batches

    def counting(sql, params=None, **kwargs):
        queries.append(params)
        yield from batches(sql, params, **kwargs)

    monkeypatch.setattr(dated_and_undated.database, "batches", counting)
    monkeypatch.setattr(export_base, "SPAN_ROWS", 1)
    spanned = dated_and_undated.export(fmt, tmp_path / f"spanned.{fmt}", status="all").read_bytes()
    assert len(queries) > 4
    if fmt == "parquet":
        import pandas as pd

        assert pd.read_parquet(tmp_path / f"spanned.{fmt}").equals(pd.read_parquet(tmp_path / f"whole.{fmt}"))
    else:
        assert spanned == whole


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"status": "all"},
        {"since": "2025-03", "until": "2025-03-31"},
        {"since": "2025-03-11"},
        {"until": "2025"},
        {"actor": "SRB"},
        {"limit": 3},
        {"limit": 7, "status": "all"},
        {"all_copies": True},
        {"text": "report"},
    ],
    ids=repr,
)
def test_spans_give_the_rows_of_the_single_query_in_its_order(dated_and_undated, monkeypatch, filters):
    db = dated_and_undated.database
    filters = export_base.with_default_status("events", filters)
    whole = [b.to_pylist() for b in export_base.batches_for(db, "events", filters)]
    for rows in (1, 2, 3):
        monkeypatch.setattr(export_base, "SPAN_ROWS", rows)
        spanned = [b.to_pylist() for b in export_base.batches_for(db, "events", filters)]
        assert sum(spanned, []) == sum(whole, [])


@pytest.mark.parametrize("table", [t for t in export_base.TABLES if t != "actors"])
def test_every_record_table_streams_span_by_span(dated_and_undated, monkeypatch, table):
    db = dated_and_undated.database
    whole = sum((b.to_pylist() for b in export_base.batches_for(db, table, {})), [])
    monkeypatch.setattr(export_base, "SPAN_ROWS", 1)
    assert sum((b.to_pylist() for b in export_base.batches_for(db, table, {})), []) == whole


def test_a_day_with_more_records_than_a_span_is_a_span_of_its_own(dated_and_undated, monkeypatch):
    monkeypatch.setattr(export_base, "SPAN_ROWS", 1)
    spans, _ = export_base.day_spans(dated_and_undated.database, "events", None, None)
    assert all(first == last for first, last in spans)
    monkeypatch.setattr(export_base, "SPAN_ROWS", 10_000)
    spans, _ = export_base.day_spans(dated_and_undated.database, "events", "2025-01-01", None)
    assert len(spans) == 1 and spans[0][0] >= "2025-01-01"


def test_a_day_bound_leaves_the_undated_records_out(dated_and_undated):
    _, undated = export_base.day_spans(dated_and_undated.database, "events", "2024-01-01", None)
    assert not undated
