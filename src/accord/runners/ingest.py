"""The ingest and reprocess runner: sources -> articles -> extraction -> one transaction per batch.

    sources ──iter_items──▶ Article | Notice ──batch──▶ new articles only
        ──Pipeline.extract_many──▶ Extraction ──story (exact id / MinHash LSH)──▶
        BEGIN; articles, sources, stories, records, errors; COMMIT

Idempotent: an article is keyed by ``text_key`` of its text; one already stored only
gains a source row (a new outlet or URL) and is not extracted again. Resumable: a
batch is written in one transaction, so a run killed at any point leaves whole
batches behind, and the next run skips what they hold. Extraction runs before the
transaction opens, so the database is never locked while spaCy works: the runner closes
its connection (``Database.pause``) while a batch is extracted and while it reads sources, so
other processes may open the store in between, and opens it again to write the batch. A second ingest into
the same store is refused by an advisory lock file, ``<store>.ingest.lock``, held for the run.

Extraction goes through a pool (``accord.runners.parallel``): in this process by
default, or on Dask workers when the pipeline is a ``ParallelPipeline``; batches are
submitted ahead and committed strictly in input order by this one writer, so the
tables are the same with any number of workers. Items that arrive already extracted
(``accord batch`` results, read back by ``accord.ingest.sources``) are stored as they are.

The runner decides what happens in which order; every read and write goes through the
public API of ``accord.store.Database``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from collections import deque
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any, Protocol

from accord.errors import StoreError
from accord.records import Article, Extraction, Notice
from accord.ingest.sources import RawItem
from accord.runners.parallel import DedupKeys, Done, ExtractionPool, InlinePool, Pending, Results, dedup_keys
from accord.store import PlacedArticle, dedup

if TYPE_CHECKING:
    from accord.ingest.sources import SourceOptions
    from accord.store import Database

#: Articles extracted and committed together; a kill loses at most one batch of work.
BATCH_SIZE = 32
#: Notices are written at least this often even when no article arrives (a folder of bad files).
NOTICE_FLUSH = 200


class Extractor(Protocol):
    """What ingest needs from a pipeline: ``accord.Pipeline`` or a test fake."""

    def extract_many(self, articles: Iterable[Article]) -> Iterator[Extraction]: ...


@dataclass(slots=True)
class IngestCounts:
    """Running totals of an ingest or reprocess run."""

    items: int = 0  # articles and failed items seen
    added: int = 0  # new articles stored
    duplicates: int = 0  # exact copies of a stored article (a new source at most)
    syndicated: int = 0  # new articles linked to an existing story as near-duplicates
    events: int = 0  # events stored (all, counted once per story or not)
    records: int = 0  # agreements, transfers, activities and alliances stored
    errors: int = 0
    warnings: int = 0

    def to_dict(self) -> dict[str, int]:
        return asdict(self)

    def plus(self, other: IngestCounts) -> IngestCounts:
        """These totals with ``other``'s added (a batch's, before it is committed)."""
        return IngestCounts(**{k: v + getattr(other, k) for k, v in asdict(self).items()})

    def add(self, other: IngestCounts) -> None:
        """Add ``other`` (a committed batch's counts) to these totals, in place."""
        for key, value in asdict(other).items():
            setattr(self, key, getattr(self, key) + value)

    def count_notices(self, notices: Iterable[Notice]) -> None:
        for notice in notices:
            if notice.level == "error":
                self.errors += 1
            else:
                self.warnings += 1


@dataclass(frozen=True, slots=True)
class IngestSummary:
    """What one run did."""

    run_id: int
    counts: IngestCounts
    seconds: float
    interrupted: bool = False
    notices: tuple[Notice, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            **self.counts.to_dict(),
            "seconds": round(self.seconds, 3),
            "interrupted": self.interrupted,
        }


Progress = Callable[[IngestCounts], None]


def _now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def pipeline_name(pipeline: Any) -> str | None:
    if pipeline is None:
        return None
    try:
        return str(pipeline.model_name)
    except Exception:  # a fake pipeline, or one without a loaded model
        return type(pipeline).__name__


class Ingester:
    """One ingest run over one database (used through ``accord.Store.ingest``)."""

    def __init__(
        self,
        database: Database,
        pipeline: Extractor | None,
        *,
        batch_size: int = BATCH_SIZE,
        progress: Progress | None = None,
        command: str = "ingest",
        sources: Iterable[str] = (),
        keep_notices: int = 1000,
    ) -> None:
        self.database = database
        self.pipeline = pipeline
        self.batch_size = batch_size
        self.progress = progress
        self.counts = IngestCounts()
        self.notices: list[Notice] = []
        self.keep_notices = keep_notices
        self.pool: ExtractionPool = pipeline if hasattr(pipeline, "submit") else InlinePool(pipeline)  # type: ignore[assignment]
        self._queue: deque[tuple[list[Article], list[Notice], dict[str, Extraction], Pending, list[tuple[str, str]]]] = deque()
        self._raw_keys: list[tuple[str, str]] = []  # (raw key, article id) of the batch being gathered
        self._in_flight: dict[str, int] = {}  # article id -> batches in flight holding it
        self._lock = hold_ingest_lock(database.path)
        try:
            self.run_id = database.start_run(command, list(sources), pipeline_name(pipeline))
            index_stored_signatures(database)
        except BaseException:
            release_ingest_lock(self._lock)
            raise

    # -- helpers -----------------------------------------------------------------------------

    def _tick(self) -> None:
        if self.progress is not None:
            self.progress(self.counts)

    def _note(self, notice: Notice) -> None:
        """Keep a notice for the summary (it is counted when its batch is committed)."""
        if len(self.notices) < self.keep_notices:
            self.notices.append(notice)

    def finish(self, error: BaseException | None) -> None:
        """Close the run's record with the committed totals: ``done``, ``interrupted`` (Ctrl-C) or
        ``failed`` (an error stopped it); a ``StoreError`` is raised again saying what was kept."""
        self._queue.clear()
        status = "done" if error is None else "interrupted" if isinstance(error, KeyboardInterrupt) else "failed"
        try:
            self.database.resume()
            self.database.finish_run(self.run_id, self.counts, status)
        finally:
            release_ingest_lock(self._lock)
        if isinstance(error, StoreError):
            raise StoreError(
                f"{error.message}; run {self.run_id} stopped after committing {self.counts.added:,} article(s), which are kept",
                item=error.item,
            ) from error

    def _extract(self, articles: list[Article]) -> Results:
        """Extract a batch here and now (through the pool, waiting for it)."""
        with self.paused():
            return self.pool.submit(articles).result()

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Let other processes read the store while extraction runs; reopen it to write."""
        self.database.pause()
        try:
            yield
        finally:
            self.database.resume()

    # -- the run -----------------------------------------------------------------------------

    def complete(self, work: Callable[[], None]) -> IngestSummary:
        """Do the run's ``work``, then close its record (``finish``): Ctrl-C ends the run
        ``interrupted``, keeping what was committed; any other error ends it ``failed`` and is raised."""
        start = time.perf_counter()
        error: KeyboardInterrupt | None = None
        try:
            work()
        except KeyboardInterrupt as exc:
            error = exc
        except BaseException as exc:
            self.finish(exc)
            raise
        self.finish(error)
        return IngestSummary(self.run_id, self.counts, time.perf_counter() - start, error is not None, tuple(self.notices))

    def run(self, items: Iterable[Article | Extraction | Notice | RawItem]) -> IngestSummary:
        return self.complete(lambda: self._store_all(items))

    def _read(self, items: Iterable[Article | Extraction | Notice | RawItem]) -> Iterator[Article | Extraction | Notice | RawItem]:
        """``items`` pulled with the store closed: reading sources (files, URLs, feeds) never holds the
        database; the connection is opened again only where a batch needs it (``_submit``)."""
        iterator = iter(items)
        while True:
            self.database.pause()
            try:
                item = next(iterator)
            except StopIteration:
                return
            yield item

    def _store_all(self, items: Iterable[Article | Extraction | Notice | RawItem]) -> None:
        articles: list[Article] = []
        given: dict[str, Extraction] = {}
        notices: list[Notice] = []
        for item in self._read(items):
            self.counts.items += 1
            if isinstance(item, RawItem):  # read with its raw key (``accord.ingest.sources``)
                if item.item is None:  # read before, from the same place, byte for byte
                    self.counts.duplicates += 1
                    self._tick()
                    continue
                if not isinstance(item.item, Notice):
                    inner = item.item.article if isinstance(item.item, Extraction) else item.item
                    self._raw_keys.append((item.raw_key, inner.id))
                item = item.item
            if isinstance(item, Notice):
                notices.append(item)
                self._note(item)
                if len(notices) >= NOTICE_FLUSH:
                    self._submit(articles, notices, given)
                    articles, notices, given = [], [], {}
                self._tick()
                continue
            if isinstance(item, Extraction):  # extracted already (an `accord batch` result)
                given.setdefault(item.article.id, item)
                item = item.article
            articles.append(item)
            if len(articles) >= self.batch_size:
                self._submit(articles, notices, given)
                articles, notices, given = [], [], {}
        self._submit(articles, notices, given)
        self._drain(0)

    def _submit(self, articles: list[Article], notices: list[Notice], given: dict[str, Extraction]) -> None:
        """Send a batch's new, not yet extracted articles to the pool; commit the oldest batches
        while more than the pool's depth are in flight."""
        if not articles and not notices:
            return
        self.database.resume()
        known = self.database.existing_article_ids([a.id for a in articles]) | self._in_flight.keys()
        todo: dict[str, Article] = {}
        for article in articles:
            if article.id not in known and article.id not in given:
                todo.setdefault(article.id, article)
        if todo:
            with self.paused():
                pending = self.pool.submit(list(todo.values()))
        else:
            pending = Done(Results({}, []))
        ids = {a.id for a in articles}
        for article_id in ids:
            self._in_flight[article_id] = self._in_flight.get(article_id, 0) + 1
        self._queue.append((articles, notices, given, pending, self._raw_keys))
        self._raw_keys = []
        self._drain(self.pool.depth - 1)

    def _drain(self, keep: int) -> None:
        while len(self._queue) > keep:
            articles, notices, given, pending, raw_keys = self._queue.popleft()
            with self.paused():
                extractions, failures, keys = pending.result()
            self.flush(articles, notices, {**extractions, **given}, failures, raw_keys, keys)
            for article_id in {a.id for a in articles}:
                left = self._in_flight[article_id] - 1
                if left:
                    self._in_flight[article_id] = left
                else:
                    del self._in_flight[article_id]

    def flush(
        self,
        articles: list[Article],
        notices: list[Notice],
        extractions: dict[str, Extraction] | None = None,
        failures: list[Notice] | None = None,
        raw_keys: list[tuple[str, str]] = (),  # type: ignore[assignment]
        keys: dict[str, DedupKeys] | None = None,
    ) -> None:
        """Write one batch: new articles with their records, new sources, notices. One transaction.

        Args:
            extractions: the batch's extractions by article id, when done already (else
                the new articles are extracted here).
            failures: notices of articles whose extraction failed.
            raw_keys: ``(raw key, article id)`` of the batch's items, remembered so a repeat
                is skipped before cleaning.
            keys: near-duplicate keys (signature, band hashes) by article id, computed by a
                worker beside the extraction; those missing are computed here.
        """
        if not articles and not notices:
            return
        database = self.database
        batch = IngestCounts()  # added to the run's totals only once the batch is committed
        existing = database.existing_article_ids([a.id for a in articles])
        new: dict[str, Article] = {}
        extra_sources: list[Article] = []
        for article in articles:
            if article.id in existing or article.id in new:
                batch.duplicates += 1
                extra_sources.append(article)
            else:
                new[article.id] = article
        fresh = list(new.values())
        if extractions is None:
            extractions, failures, keys = self._extract(fresh)
        extractions = {a.id: extractions[a.id] for a in fresh if a.id in extractions}
        failures = failures or []
        for failure in failures:
            self._note(failure)
        notices = notices + failures
        batch.count_notices(notices)

        # Stories: exact copies were caught above; near copies through the LSH index kept in
        # the store (one query for the whole batch), and among earlier articles of this batch.
        keys = dict(keys or {})
        keys.update(dedup_keys([a for a in fresh if a.id not in keys]))  # extracted here, or given ready
        signatures = {a.id: keys[a.id][0] for a in fresh}
        probes = {a.id: keys[a.id][1] for a in fresh if signatures[a.id] is not None}
        by_band: dict[tuple[int, int], list[tuple[str, str, dedup.Signature]]] = {}
        for other_id, other_story, blob, size, band, value in database.story_candidates(sorted({p for ps in probes.values() for p in ps})):
            by_band.setdefault((band, value), []).append((other_id, other_story, dedup.Signature.from_bytes(blob, size)))
        pending: list[tuple[str, str, dedup.Signature]] = []
        placed: list[PlacedArticle] = []
        for article in fresh:
            sig = signatures[article.id]
            story_id, score = article.id, 1.0
            if sig is not None:
                stored = {c[0]: c for band in probes[article.id] for c in by_band.get(band, ())}
                match = dedup.best_match(sig, stored.values())
                for other_id, other_story, other_sig in pending:
                    linked, j = dedup.same_story(sig, other_sig)
                    if linked and (match is None or j > match.similarity):
                        match = dedup.Match(other_id, other_story, j)
                if match is not None:
                    story_id, score = match.story_id, match.similarity
                    batch.syndicated += 1
                pending.append((article.id, story_id, sig))
            placed.append(PlacedArticle(article, story_id, score, sig))

        ids_for_sources = {a.id for a in extra_sources}
        story_of = database.story_ids_of(ids_for_sources) if ids_for_sources else {}
        story_of.update({a.id: s for a, s, _, _ in placed})

        with database.transaction():
            now = _now()
            database.write_articles(
                placed, extractions, [(a, story_of[a.id]) for a in extra_sources], self.run_id, now, pipeline_name(self.pipeline)
            )
            for extraction in extractions.values():
                count_records(batch, extraction)
            database.refresh_primary_records({s for a, s, _, _ in placed if s != a.id})
            database.clear_errors([a.source for a in articles if a.source])
            database.record_errors(notices, self.run_id, now)
            batch.added += len(fresh)
            database.write_bands([(band, value, article_id) for article_id, ps in probes.items() for band, value in ps])
            database.write_raw_keys(list(raw_keys))
            database.update_run(self.run_id, self.counts.plus(batch))
        self.counts.add(batch)
        self._tick()


def hold_ingest_lock(path: str) -> int | None:
    """Take ``<path>.ingest.lock`` for this run (one ingest per store at a time); RETURNS its
    descriptor, or None for a store in memory or where advisory locks do not exist."""
    try:
        import fcntl
    except ImportError:  # Windows: DuckDB's own lock is all there is
        return None
    if path == ":memory:":
        return None
    lock_path = f"{path}.ingest.lock"
    try:
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as exc:
        raise StoreError(f"cannot create the ingest lock file ({exc.strerror})", item=lock_path) from exc
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(fd)
        raise StoreError(
            "another ingest is writing to this database; wait for it to finish, or use another --db", item=path
        ) from None
    return fd


def release_ingest_lock(fd: int | None) -> None:
    if fd is not None:
        os.close(fd)  # closing the descriptor releases the flock


def count_records(counts: IngestCounts, extraction: Extraction) -> None:
    """Add an extraction's events and defence records to ``counts``."""
    counts.events += len(extraction.events)
    counts.records += len(extraction.agreements) + len(extraction.arms_transfers) + len(extraction.activities) + len(extraction.alliances)


def index_stored_signatures(database: Database) -> int:
    """Add to the LSH index the stored signatures it lacks (a store from before it was kept); RETURNS how many."""
    missing = database.unbanded_signatures()
    if missing:
        with database.transaction():
            database.write_bands(
                [(band, value, aid) for aid, blob, size in missing for band, value in dedup.bands(dedup.Signature.from_bytes(blob, size))]
            )
    return len(missing)


def reprocess(
    database: Database,
    pipeline: Extractor,
    *,
    pending_only: bool = False,
    article_ids: Iterable[str] | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> IngestSummary:
    """Re-run extraction over stored articles, replacing their records batch by batch.

    Sources are not read again: the stored cleaned text is what gets extracted. Batches
    go to the pipeline's pool ahead of time and are committed in ingest order.

    Args:
        pending_only (bool): only articles never extracted (ingested with ``extract=False``
            or whose extraction failed).
        article_ids: only these articles.
    """
    runner = Ingester(database, pipeline, batch_size=batch_size, progress=progress, command="reprocess")
    queue: deque[tuple[list[Article], Pending]] = deque()

    def commit(articles: list[Article], pending: Pending) -> None:
        with runner.paused():
            extractions, failures, _ = pending.result()
        batch = IngestCounts()  # added to the run's totals only once the batch is committed
        for failure in failures:
            runner._note(failure)
        batch.count_notices(failures)
        with database.transaction():
            now = _now()
            done = [a.id for a in articles if a.id in extractions]
            database.delete_records(done)
            stories = database.story_ids_of(set(done))
            database.write_records([(extractions[a], stories[a]) for a in done])
            database.mark_extracted(done, now, pipeline_name(pipeline))
            for article_id in done:
                count_records(batch, extractions[article_id])
            database.refresh_primary_records(set(stories.values()))
            database.record_errors(failures, runner.run_id, now)
            batch.added += len(done)
            database.update_run(runner.run_id, runner.counts.plus(batch))
        runner.counts.add(batch)
        runner._tick()

    def work() -> None:
        ids = database.article_ids(pending_only=pending_only, only=article_ids)
        for offset in range(0, len(ids), batch_size):
            articles = database.articles(ids[offset : offset + batch_size])
            runner.counts.items += len(articles)
            with runner.paused():
                queue.append((articles, runner.pool.submit(articles)))
            while len(queue) >= runner.pool.depth:
                commit(*queue.popleft())
        while queue:
            commit(*queue.popleft())

    return runner.complete(work)


def ingest(
    database: Database,
    sources: Iterable[str],
    *,
    pipeline: Extractor | None,
    options: SourceOptions | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> IngestSummary:
    """Read every source and store its articles (see module docstring)."""
    import dataclasses

    from accord.ingest.sources import SourceOptions, iter_items

    sources = list(sources)
    runner = Ingester(database, pipeline, batch_size=batch_size, progress=progress, sources=sources)
    # Items read before (same place, same bytes) are skipped before cleaning.
    options = dataclasses.replace(options or SourceOptions(), known_raw=database.raw_keys().__contains__)
    return runner.run(iter_items(sources, options))


def ingest_articles(
    database: Database,
    items: Iterable[Article | Extraction | Notice],
    *,
    pipeline: Extractor | None,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> IngestSummary:
    """Store already-built articles, extractions (stored as they are) or notices, e.g. from Python code."""
    from accord.ingest.sources import keyed_item

    runner = Ingester(database, pipeline, batch_size=batch_size, progress=progress, command="ingest_articles")
    return runner.run(keyed_item(i) for i in items)


__all__ = ["BATCH_SIZE", "Extractor", "IngestCounts", "IngestSummary", "Progress", "ingest", "ingest_articles", "reprocess"]
