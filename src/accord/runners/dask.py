"""Run the extraction pipeline over a sharded corpus with Dask: the same code as on a laptop.

A corpus of millions of articles is a set of JSONL shards (the ``accord extract --jsonl``
input format). Each shard is one task: a worker reads it with ``read_jsonl``, extracts
with a ``Pipeline`` it builds once per process, and writes ``OUT/<shard>.jsonl`` (one
extraction per good line, in input order) plus ``OUT/<shard>.errors.jsonl`` (one notice per
bad line). Tasks are idempotent: re-running rewrites a shard's output whole, written to a
temporary name first, so an interrupted run never leaves a half-written shard.

Each result line is a whole ``Extraction`` (``records_json.extraction_to_json``: the cleaned
article and every record), so ``accord ingest OUT/`` loads the results into a store
without extracting again, and the ``.errors.jsonl`` notices become the store's errors.

Dask's nanny sets ``MALLOC_TRIM_THRESHOLD_=65536`` for its workers; on a spaCy job that cost
about 17% CPU in the team's measurement (DEVELOPERS.md), so clusters started here raise it
(``malloc_trim_threshold``). Stages never import dask: only this module does.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from accord.records import Notice
from accord.records_json import extraction_to_json

#: Trim threshold for worker processes (bytes): large enough that freeing spaCy's per-batch
#: arrays does not hand pages back to the OS after every document.
DEFAULT_MALLOC_TRIM_THRESHOLD = 128 * 1024 * 1024

_PIPELINES: dict[str | None, Any] = {}


@dataclass(frozen=True, slots=True)
class ShardResult:
    """What one shard produced."""

    shard: str
    output: str
    articles: int
    errors: int
    events: int


@dataclass(frozen=True, slots=True)
class RunSummary:
    shards: tuple[ShardResult, ...]

    @property
    def articles(self) -> int:
        return sum(s.articles for s in self.shards)

    @property
    def errors(self) -> int:
        return sum(s.errors for s in self.shards)

    @property
    def events(self) -> int:
        return sum(s.events for s in self.shards)


def _pipeline(model: str | None):
    """One Pipeline per worker process and model: loading spaCy once, not once per shard."""
    if model not in _PIPELINES:
        from accord.pipeline import Pipeline

        _PIPELINES[model] = Pipeline(model)
    return _PIPELINES[model]


def extract_shard(shard: str, out_dir: str, model: str | None = None, batch_size: int = 16) -> ShardResult:
    """Extract one JSONL shard into ``out_dir`` (the task each worker runs)."""
    from accord.ingest.read import articles_only, read_jsonl, with_reading_notices

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    stem = Path(shard).name.removesuffix(".jsonl")
    target = out / f"{stem}.jsonl"
    errors_target = out / f"{stem}.errors.jsonl"
    partial = target.with_suffix(".jsonl.partial")
    errors_partial = errors_target.with_suffix(".jsonl.partial")
    notices: list[Notice] = []
    count = events = 0
    with partial.open("w", encoding="utf-8") as handle:
        for result in _pipeline(model).extract_many(articles_only(read_jsonl(shard), notices), batch_size=batch_size):
            result = with_reading_notices(result)  # as `accord extract` reports them
            handle.write(extraction_to_json(result) + "\n")
            count += 1
            events += len(result.events)
    with errors_partial.open("w", encoding="utf-8") as handle:
        for notice in notices:
            handle.write(json.dumps(notice.to_dict(), ensure_ascii=False) + "\n")
    os.replace(partial, target)
    os.replace(errors_partial, errors_target)
    return ShardResult(shard, str(target), count, len(notices), events)


def run(
    shards: Sequence[str | Path],
    out_dir: str | Path,
    *,
    model: str | None = None,
    batch_size: int = 16,
    scheduler: str | None = None,
    workers: int | None = None,
    malloc_trim_threshold: int = DEFAULT_MALLOC_TRIM_THRESHOLD,
    on_shard: Callable[[ShardResult], None] | None = None,
) -> RunSummary:
    """Extract every shard, in parallel.

    Args:
        shards: JSONL files (``{"id", "text"|"html", ...}`` per line).
        out_dir: where ``<shard>.jsonl`` and ``<shard>.errors.jsonl`` are written.
        scheduler: a Dask scheduler address (``tcp://host:8786``) to run on an existing
            cluster; ``"synchronous"`` runs in this process (tests, debugging); None starts a
            local cluster of ``workers`` single-threaded processes (default: CPU count).
        malloc_trim_threshold: ``MALLOC_TRIM_THRESHOLD_`` for workers of a local cluster.
        on_shard: called with each shard's result as it finishes (progress), in finishing order.

    RETURNS (RunSummary): per-shard counts of articles, bad lines and events, in input order.
    """
    import dask

    paths = [str(p) for p in shards]
    out = str(out_dir)
    report = on_shard or (lambda result: None)
    if scheduler == "synchronous":
        results = []
        for path in paths:
            results.append(extract_shard(path, out, model, batch_size))
            report(results[-1])
        return RunSummary(tuple(results))
    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            return RunSummary(_compute(client, paths, out, model, batch_size, report))
    with dask.config.set({"distributed.nanny.pre-spawn-environ.MALLOC_TRIM_THRESHOLD_": malloc_trim_threshold}):
        n = workers or os.cpu_count() or 1
        with LocalCluster(n_workers=n, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, Client(cluster) as client:
            return RunSummary(_compute(client, paths, out, model, batch_size, report))


def _compute(client: Any, paths: list[str], out: str, model: str | None, batch_size: int,
             report: Callable[[ShardResult], None]) -> tuple[ShardResult, ...]:
    """One task per shard on the cluster; each result reported as it lands, all returned in input order."""
    from distributed import as_completed

    futures = client.map(extract_shard, paths, out_dir=out, model=model, batch_size=batch_size, pure=False)
    for future in as_completed(futures):
        report(future.result())
    return tuple(future.result() for future in futures)
