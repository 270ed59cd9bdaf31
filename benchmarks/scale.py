"""Ingest on one process, on 1 and on 2 Dask workers: CPU time, wall time, efficiency; the writer's rate.

Usage:
    .venv/bin/python benchmarks/scale.py [--articles N] [--modes single,1,2] [--malloc] [--batch-size N]

Each mode ingests the same N real article bodies (the HTML extraction benchmark in
../shared, else the bundled examples) into a fresh store with the real pipeline:

- ``single``: ``accord ingest`` as before, extraction in this process;
- ``1``, ``2``: ``accord ingest --workers 1|2`` (a local Dask cluster; one writer here).

Workers load the model before the clock starts (a cluster starts once per run, not per
article). CPU time is this process's plus every worker's (``time.process_time`` read on
each worker); efficiency is the throughput per worker relative to one worker. On a
shared machine compare CPU seconds per article first: wall time counts other people's work.

``--malloc`` adds ``2`` workers with Dask's own allocator setting (``MALLOC_TRIM_THRESHOLD_``
only) beside accord's (trim plus ``MALLOC_MMAP_THRESHOLD_``). Then the writer alone:
the same articles ingested again into a fresh store from their extractions (what
``accord ingest`` of ``accord batch`` results does), which is all the single writer does
per article when workers extract.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = REPO.parent / "shared/data/ingest/article-extraction-benchmark/ground-truth.json"


def load_articles(n: int):
    from accord.ingest.article import make_article

    if DEFAULT_CORPUS.exists():
        texts = [v["articleBody"] for v in json.loads(DEFAULT_CORPUS.read_text()).values() if v.get("articleBody", "").strip()]
    else:
        texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "examples").rglob("*.txt"))]
    texts = (texts * (n // max(1, len(texts)) + 1))[:n]
    # A distinct first line per copy, so repeats of a small corpus are new articles, not duplicates.
    return [make_article(text=f"Report {i}.\n{t}", published="2025-03-01", source=f"bench#{i}") for i, t in enumerate(texts)]


def run_mode(mode: str, articles, batch_size: int, environ=None) -> dict:
    from accord.runners.ingest import ingest_articles
    from accord.runners.parallel import ModelPipeline, ParallelPipeline, worker_pipeline
    from accord.store import Database

    with tempfile.TemporaryDirectory() as tmp, Database(Path(tmp) / "kb.duckdb") as db:
        if mode == "single":
            from accord.pipeline import Pipeline

            pipeline = Pipeline()
            list(pipeline.extract_many(articles[:2]))
            cpu, wall = time.process_time(), time.perf_counter()
            counts = ingest_articles(db, articles, pipeline=pipeline, batch_size=batch_size).counts
            cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
            workers = 0
        else:
            workers = int(mode)
            factory = ModelPipeline()
            with ParallelPipeline(factory, workers=workers, environ=environ) as pipeline:
                client = pipeline.client
                client.run(worker_pipeline, factory)  # every worker loads the model now
                before = client.run(time.process_time)
                cpu, wall = time.process_time(), time.perf_counter()
                counts = ingest_articles(db, articles, pipeline=pipeline, batch_size=batch_size).counts
                cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
                after = client.run(time.process_time)
                cpu += sum(after[w] - before[w] for w in after)
        return {"mode": mode, "workers": workers, "articles": counts.added, "events": counts.events, "wall": wall, "cpu": cpu}


def writer_rate(articles, batch_size: int) -> dict:
    """The single writer alone: ingest of ready extractions (no parsing)."""
    from accord.pipeline import Pipeline
    from accord.runners.ingest import ingest_articles
    from accord.store import Database

    extractions = list(Pipeline().extract_many(articles))
    with tempfile.TemporaryDirectory() as tmp, Database(Path(tmp) / "kb.duckdb") as db:
        cpu, wall = time.process_time(), time.perf_counter()
        counts = ingest_articles(db, extractions, pipeline=None, batch_size=batch_size).counts
        cpu, wall = time.process_time() - cpu, time.perf_counter() - wall
    return {"mode": "writer", "workers": 0, "articles": counts.added, "events": counts.events, "wall": wall, "cpu": cpu}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=96)
    parser.add_argument("--modes", default="single,1,2")
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--malloc", action="store_true", help="also 2 workers with Dask's allocator setting only")
    parser.add_argument("--no-writer", action="store_true")
    args = parser.parse_args()

    articles = load_articles(args.articles)
    rows = [run_mode(m, articles, args.batch_size) for m in args.modes.split(",")]
    if args.malloc:
        row = run_mode("2", articles, args.batch_size, environ={"MALLOC_TRIM_THRESHOLD_": 65536})
        row["mode"] = "2 (trim only)"
        rows.append(row)
    if not args.no_writer:
        rows.append(writer_rate(articles, args.batch_size))

    one = next((r for r in rows if r["mode"] == "1"), None)
    print(f"{len(articles)} articles, batch {args.batch_size}")
    print(f"{'mode':16}{'wall s':>8}{'CPU s':>8}{'CPU/wall':>9}{'art/s':>8}{'CPU ms/art':>11}{'efficiency':>11}")
    for r in rows:
        rate = r["articles"] / r["wall"]
        eff = ""
        if one and r["workers"]:
            eff = f"{rate / (one['articles'] / one['wall']) / r['workers']:.0%}"
        print(f"{r['mode']:16}{r['wall']:8.1f}{r['cpu']:8.1f}{r['cpu'] / r['wall']:9.2f}{rate:8.1f}{1000 * r['cpu'] / r['articles']:11.0f}{eff:>11}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
