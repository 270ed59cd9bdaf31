"""Ingest on one process and on Dask workers, in interleaved rounds: CPU per article, efficiency, the writer's share.

Usage:
    .venv/bin/python benchmarks/scale.py [--rounds R] [--per-round N] [--modes single,1,2,2trim,2nokeys] [--batch-size N]

Every mode ingests the same real article bodies (the HTML extraction benchmark in
../shared, else the bundled examples) into a store of its own with the real pipeline. The
modes run side by side in short rounds (round 1: every mode ingests N new articles, round 2:
the next N, ...), so each mode sees the same mix of quiet and busy moments on a shared
machine; the figures are sums over the rounds.

- ``single``: ``accord ingest`` as before, extraction in this process;
- ``1``, ``2``: ``accord ingest --workers 1|2`` (a local Dask cluster; one writer here);
- ``2trim``: 2 workers with Dask's own allocator setting only (``MALLOC_TRIM_THRESHOLD_``),
  without accord's ``MALLOC_MMAP_THRESHOLD_``;
- ``2nokeys``: 2 workers, but the writer ignores the near-duplicate keys the workers send
  and computes them itself (as before they were sent).

Clusters start, and workers load the model, before the first round. CPU is this
process's (the writer, plus the Dask client and scheduler threads) plus every worker's
(``time.process_time`` read on each); the writer's own thread is counted apart
(``time.thread_time``; in ``single`` it extracts too). This process also hosts every
cluster's scheduler, so the work per article is the workers' CPU plus the writer thread's,
and efficiency compares it with one worker's: on a shared machine wall time counts other
people's work, CPU time does not.
"""

from __future__ import annotations

import argparse
import json
import os
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


class _WithoutKeys:
    """A pending batch whose near-duplicate keys are dropped (the writer computes them)."""

    def __init__(self, pending) -> None:
        self.pending = pending

    def result(self):
        return self.pending.result()._replace(keys=None)


class Mode:
    """One way of ingesting, kept alive across rounds with its own store."""

    def __init__(self, name: str, tmp: Path) -> None:
        from accord.runners.parallel import ModelPipeline, ParallelPipeline, worker_pipeline
        from accord.store import Database

        self.name = name
        self.db = Database(tmp / f"{name}.duckdb")
        self.workers = 0 if name == "single" else int(name[0])
        self.totals = {"articles": 0, "wall": 0.0, "cpu": 0.0, "writer": 0.0, "workers_cpu": 0.0}
        if name == "single":
            from accord.pipeline import Pipeline

            self.pipeline = Pipeline()
            self.cluster = None
        else:
            environ = {"MALLOC_TRIM_THRESHOLD_": 65536} if name.endswith("trim") else None
            factory = ModelPipeline()
            self.cluster = ParallelPipeline(factory, workers=self.workers, environ=environ)
            self.pipeline = self.cluster.__enter__()
            self.pipeline.client.run(worker_pipeline, factory)  # every worker loads the model now
            if name.endswith("nokeys"):
                submit = self.pipeline.submit
                self.pipeline.submit = lambda articles: _WithoutKeys(submit(articles))  # type: ignore[method-assign]

    def ingest(self, articles, batch_size: int) -> None:
        from accord.runners.ingest import ingest_articles

        if self.name == "single":
            list(self.pipeline.extract_many(articles[:1]))  # warm
        before = self.pipeline.client.run(time.process_time) if self.cluster else {}
        cpu, wall, thread = time.process_time(), time.perf_counter(), time.thread_time()
        counts = ingest_articles(self.db, articles, pipeline=self.pipeline, batch_size=batch_size).counts
        cpu, wall, thread = time.process_time() - cpu, time.perf_counter() - wall, time.thread_time() - thread
        workers = 0.0
        if self.cluster:
            after = self.pipeline.client.run(time.process_time)
            workers = sum(after[w] - before[w] for w in after)
        for key, value in (("articles", counts.added), ("wall", wall), ("cpu", cpu + workers), ("writer", thread), ("workers_cpu", workers)):
            self.totals[key] += value

    def close(self) -> None:
        if self.cluster:
            self.cluster.__exit__(None, None, None)
        self.db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--per-round", type=int, default=16, help="new articles each mode ingests per round")
    parser.add_argument("--modes", default="single,1,2,2trim,2nokeys")
    parser.add_argument("--batch-size", type=int, default=8)
    args = parser.parse_args()

    articles = load_articles(args.rounds * args.per_round)
    load = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory() as tmp:
        modes = [Mode(m, Path(tmp)) for m in args.modes.split(",")]
        try:
            for r in range(args.rounds):
                chunk = articles[r * args.per_round : (r + 1) * args.per_round]
                for mode in modes if r % 2 == 0 else reversed(modes):  # alternate who goes first
                    mode.ingest(chunk, args.batch_size)
                load.append(os.getloadavg()[0])
        finally:
            for mode in modes:
                mode.close()

    print(f"{len(articles)} articles per mode in {args.rounds} interleaved rounds, batch {args.batch_size}; "
          f"load average {min(load):.1f}-{max(load):.1f} on {os.cpu_count()} cores")
    # This process hosts every mode's Dask scheduler and client, busy or idle, so its CPU is shared
    # by all modes: compare the work per article, the workers' CPU plus the writer's own thread.
    one = next((m.totals for m in modes if m.name == "1"), None)

    def work(t: dict) -> float:
        return (t["workers_cpu"] + t["writer"]) / max(1, t["articles"])

    print(f"{'mode':10}{'wall s':>8}{'process+workers CPU s':>23}{'workers ms/art':>15}{'writer ms/art':>14}{'work ms/art':>12}{'efficiency':>11}")
    for m in modes:
        t = m.totals
        n = max(1, t["articles"])
        eff = f"{work(one) / work(t):.0%}" if one and m.workers else ""
        print(f"{m.name:10}{t['wall']:8.1f}{t['cpu']:23.1f}{1000 * t['workers_cpu'] / n:15.0f}{1000 * t['writer'] / n:14.1f}"
              f"{1000 * work(t):12.0f}{eff:>11}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
