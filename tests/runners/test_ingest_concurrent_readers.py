"""Readers are let in while an ingest runs; a second ingest into the same store is refused.

The ingest runs in a process of its own with a slow fake pipeline; it closes the store
while it extracts each batch, so this process can open it read-only in between.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from store_fakes import article, unique_text

from accord.errors import StoreError
from accord.runners.ingest import ingest_articles
from accord.store import Database

HERE = Path(__file__).parent
ACCORD = [sys.executable, "-m", "accord.interfaces.cli"]

SLOW_INGEST = textwrap.dedent(
    """
    import sys
    sys.path[:0] = [{fakes!r}]
    from store_fakes import FakePipeline, article, unique_text
    from accord.runners.ingest import ingest_articles
    from accord.store import Database

    def progress(counts):
        print("committed", counts.added, flush=True)

    with Database({db!r}) as db:
        ingest_articles(db, (article(unique_text(i)) for i in range({n})), pipeline=FakePipeline(delay=0.05), batch_size=4, progress=progress)
    print("finished", flush=True)
    """
)


def start_slow_ingest(db_path: Path, n: int = 80) -> subprocess.Popen:
    """An ingest of ``n`` articles in another process, ~0.2 s of extraction per batch of 4."""
    script = SLOW_INGEST.format(fakes=str(HERE.parent / "store"), db=str(db_path), n=n)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    line = proc.stdout.readline()  # the first batch is committed: the store exists
    assert line.startswith("committed"), proc.stderr.read()
    return proc


def cli_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": os.pathsep.join([str(Path(__file__).resolve().parents[2] / "src"), os.environ.get("PYTHONPATH", "")])}


def test_a_reader_opens_the_store_while_an_ingest_runs(tmp_path):
    db_path = tmp_path / "busy.duckdb"
    proc = start_slow_ingest(db_path)
    reads: list[int] = []
    try:
        while proc.poll() is None and len(reads) < 3:
            with Database(db_path, read_only=True, lock_wait=5) as db:
                reads.append(db.stats()["articles"])
            time.sleep(0.1)
        still_running = proc.poll() is None
        events = subprocess.run(
            [*ACCORD, "events", "--db", str(db_path), "--format", "json"], capture_output=True, text=True, timeout=120, env=cli_env()
        )
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert proc.returncode == 0 and "finished" in out, err
    assert len(reads) == 3 and still_running  # read three times before the ingest ended
    assert events.returncode == 0, events.stderr
    json.loads(events.stdout)
    with Database(db_path, read_only=True) as db:
        assert db.stats()["articles"] == 80  # every article kept, none twice
        assert db.rows("SELECT status, articles FROM runs") == [{"status": "done", "articles": 80}]


def test_a_second_ingest_into_the_same_store_is_refused_with_one_line(tmp_path):
    db_path = tmp_path / "busy.duckdb"
    corpus = tmp_path / "more.jsonl"
    corpus.write_text(json.dumps({"text": unique_text(999), "published": "2025-03-10"}) + "\n", encoding="utf-8")
    proc = start_slow_ingest(db_path)
    try:
        second = subprocess.run(
            [*ACCORD, "ingest", str(corpus), "--db", str(db_path), "--no-extract"], capture_output=True, text=True, timeout=120, env=cli_env()
        )
        proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
    assert second.returncode == 1
    lines = [line for line in second.stderr.splitlines() if line.strip()]
    assert "another ingest is writing to this database" in " ".join(lines) and "Traceback" not in second.stderr
    assert proc.returncode == 0
    with Database(db_path, read_only=True) as db:
        assert db.stats()["articles"] == 80  # the refused ingest added nothing


def test_an_ingest_lock_is_released_when_the_run_ends(tmp_path):
    db_path = tmp_path / "store.duckdb"
    with Database(db_path) as db:
        ingest_articles(db, [article(unique_text(1))], pipeline=None)
        ingest_articles(db, [article(unique_text(2))], pipeline=None)  # the first run's lock is gone
        assert db.stats()["articles"] == 2


def test_a_reader_gives_up_with_one_line_when_a_writer_keeps_the_store(tmp_path):
    db_path = tmp_path / "held.duckdb"
    Database(db_path).close()
    script = f"from accord.store import Database; import time; db = Database({str(db_path)!r}); print('open', flush=True); time.sleep(30)"
    holder = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True, env=cli_env())
    try:
        assert holder.stdout.readline().strip() == "open"
        start = time.monotonic()
        with pytest.raises(StoreError, match="an ingest is writing to the database"):
            Database(db_path, read_only=True, lock_wait=0.5)
        assert time.monotonic() - start < 5
    finally:
        holder.kill()
        holder.wait()
