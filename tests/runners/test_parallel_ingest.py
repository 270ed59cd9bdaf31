"""Ingest and reprocess on Dask workers: N extracting processes, one writer committing in input order.

These tests start a real ``dask.distributed`` cluster on loopback (two single-threaded
worker processes) and check that the tables equal those of a run in one process.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from killed_runs import wait_for_commits
from parallel_fakes import FakeFactory
from store_fakes import WIRE, FakePipeline, article, syndicated_copy, unique_text

from accord.records import Notice
from accord.runners.ingest import ingest_articles, reprocess
from accord.runners.parallel import WORKER_ENVIRON, ParallelPipeline, local_cluster
from accord.store import Database

RUN_COLUMNS = {"run_id", "ingested_at", "extracted_at", "first_seen", "last_seen", "created_at", "pipeline"}
TABLES = ("articles", "stories", "sources", "minhashes", "events", "agreements", "transfers", "notices", "errors")
HERE = Path(__file__).parent


def tables(db: Database) -> dict[str, list[dict]]:
    out = {}
    for table in TABLES:
        rows = [{k: v for k, v in r.items() if k not in RUN_COLUMNS} for r in db.rows(f"SELECT * FROM {table}")]
        out[table] = sorted(rows, key=lambda r: json.dumps(r, sort_keys=True, default=str))
    return out


def corpus() -> list:
    """Distinct articles, a syndicated copy, exact repeats across batches, a failing article, a bad item."""
    items = [article(unique_text(i)) for i in range(24)]
    items[5:5] = [article(WIRE, outlet="wire.example"), Notice("error", "binary", "not text", "x.bin")]
    items[17:17] = [article(syndicated_copy(), outlet="daily.example"), article(unique_text(3), outlet="again.example")]
    items.append(article(unique_text(8) + " FAILME"))
    return items


@pytest.fixture(scope="module")
def cluster():
    with local_cluster(2, memory_limit="1GiB") as running:
        yield running


def test_workers_ingest_and_reprocess_to_the_same_tables_as_one_process(tmp_path, cluster):
    with Database(tmp_path / "one.duckdb") as db:
        one = ingest_articles(db, corpus(), pipeline=FakePipeline(fail_on="FAILME"), batch_size=3).counts
        expected = tables(db)
        reprocess(db, FakePipeline(fail_on="FAILME"), batch_size=4)
        expected_again = tables(db)
    with ParallelPipeline(FakeFactory(fail_on="FAILME"), scheduler=cluster.scheduler_address) as pipeline, \
            Database(tmp_path / "many.duckdb") as db:
        assert pipeline.workers == 2 and pipeline.depth == 4
        many = ingest_articles(db, corpus(), pipeline=pipeline, batch_size=3).counts
        assert tables(db) == expected
        assert many == one and (many.duplicates, many.syndicated, many.errors) == (1, 2, 2)  # FAILME is a near copy of text 8
        again = reprocess(db, pipeline, batch_size=4).counts
        assert again.added == one.added - 1  # the failing article fails again
        assert tables(db) == expected_again


def test_a_parallel_pipeline_extracts_in_input_order(cluster):
    with ParallelPipeline(FakeFactory(), scheduler=cluster.scheduler_address) as pipeline:
        articles = [article(unique_text(i)) for i in range(11)]
        assert [x.article.id for x in pipeline.extract_many(articles, batch_size=2)] == [a.id for a in articles]
        assert pipeline.model_name == "fake-1"


def test_a_local_cluster_gives_its_workers_the_allocator_settings(cluster):
    from distributed import Client

    with Client(cluster) as client:
        seen = client.run(lambda: {k: os.environ.get(k) for k in WORKER_ENVIRON})
    assert list(seen.values()) == [{k: str(v) for k, v in WORKER_ENVIRON.items()}] * 2


KILL_SCRIPT = textwrap.dedent(
    """
    import sys
    sys.path[:0] = [{here!r}, {fakes!r}]
    from parallel_fakes import FakeFactory
    from store_fakes import article, unique_text
    from accord.runners.ingest import ingest_articles
    from accord.runners.parallel import ParallelPipeline
    from accord.store import Database

    def progress(counts):
        print("committed", counts.added, flush=True)

    with ParallelPipeline(FakeFactory(delay=0.02), workers=2) as pipeline, Database({db!r}) as db:
        ingest_articles(db, (article(unique_text(i)) for i in range({n})), pipeline=pipeline, batch_size=5, progress=progress)
    print("finished", flush=True)
    """
)


def test_a_parallel_ingest_killed_with_sigkill_resumes_to_identical_tables(tmp_path):
    n = 120
    db_path = tmp_path / "killed.duckdb"
    script = KILL_SCRIPT.format(here=str(HERE), fakes=str(HERE.parent / "store"), db=str(db_path), n=n)
    # A session of its own, so the kill takes the workers with it (kill -9 of the whole run).
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        committed = wait_for_commits(proc, 30, seconds=120)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    assert committed >= 30, proc.stderr.read()

    with Database(db_path) as db:
        survived = db.stats()["articles"]
        assert committed <= survived < n and survived % 5 == 0  # whole batches only
        assert db.stats()["events"] == survived and db.stats()["unextracted"] == 0
        fake = FakePipeline()
        counts = ingest_articles(db, (article(unique_text(i)) for i in range(n)), pipeline=fake, batch_size=5).counts
        assert (counts.added, counts.duplicates, fake.calls) == (n - survived, survived, n - survived)
        resumed = tables(db)
    with Database(tmp_path / "whole.duckdb") as db:
        ingest_articles(db, (article(unique_text(i)) for i in range(n)), pipeline=FakePipeline(), batch_size=5)
        assert tables(db) == resumed
