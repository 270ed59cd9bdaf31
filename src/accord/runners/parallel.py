"""Extraction on several processes (a local Dask cluster or an existing scheduler), one writer.

The ingest runner hands batches of articles to an *extraction pool* and commits the
results strictly in input order, so the tables come out the same whatever the number
of workers, and a kill at any point leaves whole batches behind (the store's rule):

    InlinePool        extracts in this process, one batch at a time (the default)
    ParallelPipeline  ships each batch to a Dask worker; up to ``depth`` batches are in
                      flight while the single writer commits the oldest one

``ParallelPipeline`` is also an ordinary ``Extractor`` (``extract_many``), so it goes
wherever a pipeline goes (``accord.Store.ingest(pipeline=...)``).

Each worker builds its pipeline once, from a picklable *factory* (``ModelPipeline`` for
the real one; tests pass a fake), and keeps it for every later batch. Workers also compute
each article's near-duplicate keys (MinHash signature and LSH band hashes, ``dedup_keys``)
and send them with the extractions, so the single writer only looks them up: 3.2 of its
6.8 ms per article (docs/scale.md).

Dask's nanny sets ``MALLOC_TRIM_THRESHOLD_`` for its workers. Setting it at all turns off
glibc's dynamic mmap threshold, so spaCy's large per-batch arrays are mapped and unmapped
on every batch; the clusters started here set ``MALLOC_MMAP_THRESHOLD_`` too (32 MiB),
which cut wall time by about 12% in the issue's measurement (figures in docs/scale.md).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, NamedTuple, Protocol

from accord.errors import AccordError
from accord.records import Article, Extraction, Notice
from accord.store import dedup

#: Allocator settings for worker processes (bytes). The trim threshold keeps freed
#: per-batch arrays in the heap instead of returning pages to the OS after every document;
#: the mmap threshold keeps glibc from mapping each large array afresh.
WORKER_ENVIRON: dict[str, int] = {
    "MALLOC_TRIM_THRESHOLD_": 128 * 1024 * 1024,
    "MALLOC_MMAP_THRESHOLD_": 32 * 1024 * 1024,
}

#: An article's near-duplicate keys: its MinHash signature (None for a text too short to
#: compare) and its LSH ``(band, hash)`` pairs.
DedupKeys = tuple["dedup.Signature | None", list[tuple[int, int]]]


class Results(NamedTuple):
    """What a batch's extraction gives the writer."""

    extractions: dict[str, Extraction]
    failures: list[Notice]
    #: Near-duplicate keys by article id, where computed beside the extraction (on a worker);
    #: the writer computes those missing.
    keys: dict[str, DedupKeys] | None = None


def dedup_keys(articles: Iterable[Article]) -> dict[str, DedupKeys]:
    """The near-duplicate keys of each article, by id (what the writer would compute)."""
    out: dict[str, DedupKeys] = {}
    for article in articles:
        sig = dedup.signature(article.text)
        out[article.id] = (sig, dedup.bands(sig) if sig is not None else [])
    return out


class Extractor(Protocol):
    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]: ...


class Pending(Protocol):
    def result(self) -> Results: ...


class ExtractionPool(Protocol):
    """Where the runner sends batches: ``submit`` now, ``result()`` in input order later."""

    #: Batches kept in flight; the runner commits the oldest when this many are pending.
    depth: int

    def submit(self, articles: list[Article]) -> Pending: ...


def extract_batch(pipeline: Extractor, articles: list[Article]) -> Results:
    """Extract a batch; if the batch fails, retry one by one so one bad article costs only itself.

    RETURNS: extractions by article id, and an error notice for each article that failed
    (it is stored unextracted, for ``accord reprocess --pending``).
    """
    if not articles:
        return Results({}, [])
    try:
        return Results({x.article.id: x for x in pipeline.extract_many(articles)}, [])
    except (KeyboardInterrupt, MemoryError):
        raise
    except Exception:
        pass
    results: dict[str, Extraction] = {}
    failures: list[Notice] = []
    for article in articles:
        try:
            for x in pipeline.extract_many([article]):
                results[x.article.id] = x
        except (KeyboardInterrupt, MemoryError):
            raise
        except Exception as exc:  # report and go on: the article is stored unextracted
            message = exc.message if isinstance(exc, AccordError) else f"{type(exc).__name__}: {exc}"
            failures.append(
                Notice("error", "extraction", f"extraction failed ({message}); the article is stored, "
                       "run `accord reprocess --pending` to retry", article.source or article.id)
            )
    return Results(results, failures)


@dataclass(frozen=True, slots=True)
class Done:
    """A batch already extracted."""

    value: Results

    def result(self) -> Results:
        return self.value


class InlinePool:
    """Extraction in this process: each batch is extracted when submitted."""

    depth = 1

    def __init__(self, pipeline: Extractor | None) -> None:
        self.pipeline = pipeline

    def submit(self, articles: list[Article]) -> Pending:
        if self.pipeline is None:
            return Done(Results({}, []))
        return Done(extract_batch(self.pipeline, articles))


# -- on the workers ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ModelPipeline:
    """Factory of the real pipeline, sent to workers (a spaCy model is never pickled)."""

    model: str | None = None

    def __call__(self) -> Extractor:
        from accord.pipeline import Pipeline

        return Pipeline(self.model)


_WORKER_PIPELINES: dict[Any, Extractor] = {}


def worker_pipeline(factory: Callable[[], Extractor]) -> Extractor:
    """This process's pipeline for ``factory``, built on first use and kept."""
    if factory not in _WORKER_PIPELINES:
        _WORKER_PIPELINES[factory] = factory()
    return _WORKER_PIPELINES[factory]


def extract_on_worker(factory: Callable[[], Extractor], articles: list[Article]) -> Results:
    """The task a worker runs for one batch: the extractions and the articles' near-duplicate keys."""
    return extract_batch(worker_pipeline(factory), articles)._replace(keys=dedup_keys(articles))


def worker_model_name(factory: Callable[[], Extractor]) -> str | None:
    pipeline = worker_pipeline(factory)
    try:
        return str(pipeline.model_name)  # type: ignore[attr-defined]
    except Exception:  # a fake pipeline, or one without a loaded model
        return type(pipeline).__name__


# -- on the client ----------------------------------------------------------------------------


@contextmanager
def local_cluster(workers: int, *, environ: dict[str, int] | None = None, memory_limit: str | int = "auto") -> Iterator[Any]:
    """A Dask ``LocalCluster`` of ``workers`` single-threaded processes with the allocator settings."""
    import dask
    from distributed import LocalCluster

    settings: dict[str, Any] = {f"distributed.nanny.pre-spawn-environ.{k}": v for k, v in (WORKER_ENVIRON if environ is None else environ).items()}
    # The workers' statistical profiler samples every thread's stack 100 times a second: CPU
    # spent on a dashboard nobody opens here.
    settings["distributed.worker.profile.enabled"] = False
    with dask.config.set(settings), LocalCluster(
        n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None, memory_limit=memory_limit
    ) as cluster:
        yield cluster


class _Future:
    def __init__(self, future: Any) -> None:
        self.future = future

    def result(self) -> Results:
        return self.future.result()


class ParallelPipeline:
    """Extraction on Dask workers: a local cluster of ``workers`` processes, or ``scheduler``.

    Use as a context manager (it starts and stops the cluster):

        with ParallelPipeline(ModelPipeline("en_core_web_sm"), workers=4) as pipeline:
            store.ingest(["feeds/"], pipeline=pipeline)

    Args:
        factory: builds the pipeline on each worker (picklable; ``ModelPipeline(model)``).
        workers (int | None): local worker processes (default: CPU count); ignored with ``scheduler``.
        scheduler (str | None): address of a running Dask scheduler (``tcp://host:8786``).
        depth (int | None): batches in flight (default: twice the workers), so no worker
            waits while the writer commits.
    """

    def __init__(
        self,
        factory: Callable[[], Extractor],
        *,
        workers: int | None = None,
        scheduler: str | None = None,
        depth: int | None = None,
        environ: dict[str, int] | None = None,
    ) -> None:
        self.factory = factory
        self.workers = workers or os.cpu_count() or 1
        self.scheduler = scheduler
        self._depth = depth
        self.environ = environ
        self.client: Any = None
        self._cluster_cm: Any = None
        self._name: str | None = None

    def __enter__(self) -> ParallelPipeline:
        from distributed import Client

        try:
            if self.scheduler:
                self.client = Client(self.scheduler, timeout="30s")
            else:
                self._cluster_cm = local_cluster(self.workers, environ=self.environ)
                self.client = Client(self._cluster_cm.__enter__())
        except OSError as exc:
            self.__exit__(None, None, None)
            raise AccordError(f"cannot reach the Dask scheduler ({exc})", item=self.scheduler) from exc
        if self.scheduler:
            self.workers = max(1, len(self.client.scheduler_info().get("workers", {})))
        return self

    def __exit__(self, *exc: object) -> None:
        if self.client is not None:
            self.client.close()
            self.client = None
        if self._cluster_cm is not None:
            self._cluster_cm.__exit__(None, None, None)
            self._cluster_cm = None

    def _require(self) -> Any:
        if self.client is None:
            raise AccordError("ParallelPipeline is not started; use it in a `with` block")
        return self.client

    @property
    def depth(self) -> int:
        return self._depth or 2 * self.workers

    @property
    def model_name(self) -> str | None:
        if self._name is None:
            self._name = self._require().submit(worker_model_name, self.factory, pure=False).result()
        return self._name

    def submit(self, articles: list[Article]) -> Pending:
        if not articles:
            return Done(Results({}, []))
        return _Future(self._require().submit(extract_on_worker, self.factory, articles, pure=False))

    def extract_many(self, articles: Iterable[Article], *, batch_size: int = 16) -> Iterator[Extraction]:
        """Extractions in input order, ``batch_size`` articles per task (a failed article is left out)."""
        from collections import deque

        queue: deque[tuple[list[Article], Pending]] = deque()

        def drain(limit: int) -> Iterator[Extraction]:
            while len(queue) > limit:
                batch, pending = queue.popleft()
                found = pending.result().extractions
                yield from (found[a.id] for a in batch if a.id in found)

        batch: list[Article] = []
        for article in articles:
            batch.append(article)
            if len(batch) >= batch_size:
                queue.append((batch, self.submit(batch)))
                batch = []
                yield from drain(self.depth)
        if batch:
            queue.append((batch, self.submit(batch)))
        yield from drain(0)


__all__ = [
    "WORKER_ENVIRON",
    "DedupKeys",
    "Done",
    "ExtractionPool",
    "InlinePool",
    "ModelPipeline",
    "ParallelPipeline",
    "Results",
    "dedup_keys",
    "extract_batch",
    "local_cluster",
]
