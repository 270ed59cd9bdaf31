"""Workers compute each article's near-duplicate keys (MinHash signature and LSH band hashes)
beside its extraction and send them with it; the single writer uses them instead of
computing them again, and the tables are those of a run in one process."""

from __future__ import annotations

import json

from parallel_fakes import FakeFactory
from store_fakes import WIRE, FakePipeline, article, syndicated_copy, unique_text

from accord.runners import ingest as ingest_runner
from accord.runners.ingest import ingest_articles
from accord.runners.parallel import Done, dedup_keys, extract_on_worker
from accord.store import Database

RUN_COLUMNS = {"run_id", "ingested_at", "extracted_at", "first_seen", "last_seen", "created_at", "pipeline"}


def corpus() -> list:
    """Distinct articles, a wire story and its syndicated copy (a near duplicate), and a text too short to compare."""
    items = [article(unique_text(i), url=f"https://site{i}.example/") for i in range(6)]
    items.insert(2, article(WIRE, outlet="wire.example", url="https://wire.example/1"))
    items.append(article(syndicated_copy(), outlet="daily.example", url="https://daily.example/2"))
    items.append(article("Serbia met Hungary.", url="https://short.example/"))
    return items


class WorkerLikePool:
    """Extracts in this process exactly as a Dask worker does (``extract_on_worker``)."""

    depth = 2

    def submit(self, articles):
        return Done(extract_on_worker(FakeFactory(), articles))


def _as_bytes(keys):
    return {aid: (None if sig is None else (sig.to_bytes(), sig.size), bands) for aid, (sig, bands) in keys.items()}


def test_a_worker_sends_each_articles_signature_and_band_hashes():
    articles = corpus()
    sent = extract_on_worker(FakeFactory(), articles).keys
    assert _as_bytes(sent) == _as_bytes(dedup_keys(articles))
    short = articles[-1].id
    assert sent[short] == (None, [])  # too short to compare: matched only exactly
    assert all(len(bands) == 37 for aid, (sig, bands) in sent.items() if aid != short)


def test_the_writer_uses_the_keys_sent_and_the_tables_are_those_of_one_process(tmp_path, monkeypatch):
    with Database(tmp_path / "one.duckdb") as db:
        ingest_articles(db, corpus(), pipeline=FakePipeline(), batch_size=3)
        expected = _tables(db)
    computed = []
    real = ingest_runner.dedup_keys
    monkeypatch.setattr(ingest_runner, "dedup_keys", lambda articles: computed.extend(articles) or real(articles))
    with Database(tmp_path / "workers.duckdb") as db:
        counts = ingest_articles(db, corpus(), pipeline=WorkerLikePool(), batch_size=3).counts
        assert _tables(db) == expected
    assert computed == [] and counts.syndicated == 1


def test_articles_that_arrive_extracted_get_their_keys_from_the_writer(tmp_path):
    """``accord batch`` results carry no keys: the writer computes them, as before."""
    extractions = list(FakePipeline().extract_many(corpus()))
    with Database(tmp_path / "one.duckdb") as db:
        ingest_articles(db, corpus(), pipeline=FakePipeline(), batch_size=3)
        expected = _tables(db)
    with Database(tmp_path / "given.duckdb") as db:
        ingest_articles(db, extractions, pipeline=None, batch_size=3)
        assert _tables(db) == expected


def _tables(db: Database) -> dict[str, list]:
    out = {}
    for table in ("articles", "stories", "minhashes", "lsh_bands", "events"):
        rows = [{k: v for k, v in r.items() if k not in RUN_COLUMNS} for r in db.rows(f"SELECT * FROM {table}")]
        out[table] = sorted(json.dumps(r, sort_keys=True, default=str) for r in rows)
    return out
