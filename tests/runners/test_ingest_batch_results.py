"""One pipeline from shards to store: `accord batch` results load into the store without re-extraction."""

from __future__ import annotations

import json

from store_fakes import FakePipeline

from accord.runners.dask import run
from accord.runners.ingest import ingest
from accord.store import Database

#: Columns that say when or in which run a row was written, not what it holds.
RUN_COLUMNS = {"run_id", "ingested_at", "extracted_at", "first_seen", "last_seen", "created_at", "pipeline"}
TABLES = ("articles", "stories", "sources", "minhashes", "actors", "events", "agreements", "transfers", "activities", "alliances", "equipment", "notices", "errors")

ARTICLES = [
    {"id": "one", "text": "Serbia condemned Albania on Tuesday over the border incident, officials in Belgrade said.", "published": "2025-03-04"},
    {"id": "two", "text": "Hungary delivered 12 armoured vehicles to Serbia, the defence ministry in Budapest said on Friday.", "url": "https://daily.example/a"},
    {"id": "three", "text": "France and Germany signed a defence agreement in Paris on Monday to build a new tank together.", "outlet": "Wire"},
]


def tables(path) -> dict[str, list[dict]]:
    """Every table's rows, without the run bookkeeping, in a stable order."""
    with Database(path, read_only=True) as db:
        out = {}
        for table in TABLES:
            rows = db.rows(f"SELECT * FROM {table}")
            rows = [{k: v for k, v in r.items() if k not in RUN_COLUMNS} for r in rows]
            out[table] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
        return out


def test_batch_results_ingest_to_the_same_tables_as_a_direct_ingest(tmp_path, pipeline):
    shard = tmp_path / "shard.jsonl"
    shard.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n{broken\n", encoding="utf-8")
    run([shard], tmp_path / "out", scheduler="synchronous")

    with Database(tmp_path / "direct.duckdb") as db:
        ingest(db, [str(shard)], pipeline=pipeline)
    never = FakePipeline()  # batch results are stored as they are: nothing is extracted again
    with Database(tmp_path / "batch.duckdb") as db:
        counts = ingest(db, [str(tmp_path / "out")], pipeline=never).counts
    assert never.calls == 0
    assert (counts.added, counts.errors) == (3, 1)

    direct, batched = tables(tmp_path / "direct.duckdb"), tables(tmp_path / "batch.duckdb")
    assert direct["events"] and direct["transfers"]
    assert {r["format"] for r in batched["articles"]} == {"text"}  # what the body was made from, as ingest says
    for table in TABLES:
        if table == "errors":  # the bad line: same code, found by the batch run instead
            assert [r["code"] for r in batched[table]] == [r["code"] for r in direct[table]]
            continue
        assert batched[table] == direct[table], table


def test_a_damaged_batch_result_is_one_clear_error(tmp_path):
    out = tmp_path / "results.jsonl"
    out.write_text(json.dumps({"article": {"id": "x"}, "actors": [], "events": []}) + "\n", encoding="utf-8")
    with Database(tmp_path / "kb.duckdb") as db:
        summary = ingest(db, [str(out)], pipeline=FakePipeline())
    assert summary.counts.errors == 1 and summary.counts.added == 0
    assert "not a readable `accord batch` result" in summary.notices[0].message
    assert "missing field 'text'" in summary.notices[0].message
