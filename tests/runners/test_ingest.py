"""The ingest runner through ``accord.Store``: idempotence, syndication, bad items, interruption,
reprocess; and, opt-in, with the real spaCy pipeline (run with ``-m slow`` or ACCORD_SLOW=1)."""

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
from store_fakes import WIRE, FakePipeline, article, corpus, fake, fake_extract, store, syndicated_copy, unique_text  # noqa: F401  (fixtures)

from accord import Store

REPO = Path(__file__).resolve().parents[2]
FAKES = REPO / "tests" / "store"
E2E = REPO / "tests" / "e2e" / "articles"


def test_ingesting_the_same_sources_twice_adds_nothing(store, corpus, fake):
    first = store.ingest([str(corpus)], pipeline=fake)
    assert first.counts.added == 6 and first.counts.errors == 0
    before = store.stats()
    fake.calls = 0
    second = store.ingest([str(corpus)], pipeline=fake)
    assert second.counts.added == 0
    assert second.counts.duplicates == 6
    assert fake.calls == 0, "stored articles must not be extracted again"
    assert store.stats() == before


def test_articles_are_keyed_by_the_hash_of_their_normalised_text(store, corpus, fake):
    from accord.ingest.article import text_key

    store.ingest([str(corpus)], pipeline=fake)
    for row in store.rows("SELECT id, text FROM articles"):
        assert row["id"] == text_key(row["text"])


def test_an_exact_copy_from_another_outlet_adds_a_source_not_an_article(store, fake):
    store.ingest_articles([article(WIRE, outlet="wire.example", url="https://wire.example/1")], pipeline=fake)
    summary = store.ingest_articles([article(WIRE, outlet="daily.example", url="https://daily.example/9")], pipeline=fake)
    assert summary.counts.added == 0 and summary.counts.duplicates == 1
    assert store.stats()["articles"] == 1
    (event,) = [e for e in store.events() if e.type == "ACCUSE"]
    assert event.sources.outlets == ("daily.example", "wire.example")
    assert set(event.sources.urls) == {"https://wire.example/1", "https://daily.example/9"}


def test_a_syndicated_copy_joins_the_story_and_its_records_count_once(store, fake):
    store.ingest_articles(
        [
            article(WIRE, outlet="wire.example", url="https://wire.example/1"),
            article(syndicated_copy(), outlet="daily.example", url="https://daily.example/2"),
        ],
        pipeline=fake,
    )
    stats = store.stats()
    assert stats["articles"] == 2 and stats["stories"] == 1
    assert stats["event_mentions"] == 2 and stats["events"] == 1
    assert (stats["agreements"], stats["transfers"], stats["activities"], stats["alliances"]) == (1, 1, 1, 1)
    (event,) = store.events()
    assert event.sources.outlets == ("daily.example", "wire.example")
    assert len(event.sources.article_ids) == 2
    assert len(store.events(all_copies=True)) == 2
    assert store.dyad("SRB", "HUN").agreements.shape[0] == 1


def test_a_syndicated_copy_in_a_later_run_joins_the_existing_story(store, fake):
    store.ingest_articles([article(WIRE, outlet="wire.example")], pipeline=fake)
    reopened = Store(store.path)  # a new process would load the LSH index from the database
    store.close()
    summary = reopened.ingest_articles([article(syndicated_copy(), outlet="daily.example")], pipeline=fake)
    assert summary.counts.syndicated == 1
    assert reopened.stats()["stories"] == 1
    reopened.close()


def test_a_copy_saying_more_keeps_its_extra_events(store, fake):
    longer = syndicated_copy() + "\nLater, Russia threatened France over the decision."
    store.ingest_articles([article(WIRE), article(longer)], pipeline=fake)
    types = sorted(e.type for e in store.events())
    assert types == ["ACCUSE", "THREATEN"]


def test_distinct_articles_stay_separate_stories(store, fake):
    store.ingest_articles([article(unique_text(i)) for i in range(8)], pipeline=fake)
    assert store.stats()["stories"] == 8


def test_bad_items_are_reported_once_each_and_the_rest_ingested(store, tmp_path, fake):
    good = tmp_path / "good.txt"
    good.write_text(WIRE, encoding="utf-8")
    (tmp_path / "image.png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
    (tmp_path / "latin.txt").write_bytes(b"\xff\xfe" + b"\x00\xd8" * 20)  # UTF-16 BOM, lone surrogates
    (tmp_path / "rows.jsonl").write_text(
        json.dumps({"text": unique_text(1)}) + "\n{oops\n" + json.dumps({"title": "no text"}) + "\n[1, 2]\n", encoding="utf-8"
    )
    (tmp_path / "rows.csv").write_text(f'text,title\n"{unique_text(2)}",ok\nonly-one-field\n', encoding="utf-8")
    summary = store.ingest([str(tmp_path / "*.txt"), str(tmp_path / "rows.jsonl"), str(tmp_path / "rows.csv"), str(tmp_path / "missing.txt")], pipeline=fake)
    assert summary.counts.added == 3
    errors = {(e.item.replace(str(tmp_path), ""), e.code) for e in store.errors()}
    assert errors == {
        ("/image.png.txt", "binary"),
        ("/latin.txt", "undecodable"),
        ("/rows.jsonl:2", "malformed"),
        ("/rows.jsonl:3", "malformed"),
        ("/rows.jsonl:4", "malformed"),
        ("/rows.csv:3", "malformed"),
        ("/missing.txt", "not_found"),
    }
    assert all(e.message and "\n" not in e.message for e in store.errors())


def test_an_error_is_forgotten_once_the_item_is_read(store, tmp_path, fake):
    path = tmp_path / "later.txt"
    store.ingest([str(path)], pipeline=fake)
    assert [e.code for e in store.errors()] == ["not_found"]
    path.write_text(WIRE, encoding="utf-8")
    store.ingest([str(path)], pipeline=fake)
    assert store.errors() == []


def test_a_failed_extraction_stores_the_article_and_reprocess_pending_retries(store, fake):
    broken = FakePipeline(fail_on="Report 1:")
    summary = store.ingest_articles([article(unique_text(i)) for i in range(3)], pipeline=broken)
    assert summary.counts.added == 3
    assert [e.code for e in store.errors()] == ["extraction"]
    assert store.stats()["unextracted"] == 1
    redo = store.reprocess(pipeline=fake, pending_only=True)
    assert redo.counts.added == 1
    assert store.stats()["unextracted"] == 0
    assert store.stats()["events"] == 3


def test_reprocess_replaces_records_without_reading_sources(store, corpus, fake):
    store.ingest([str(corpus)], pipeline=fake)
    before = store.stats()

    class Quieter(FakePipeline):
        def extract_many(self, articles):
            for x in super().extract_many(articles):
                yield type(x)(article=x.article, actors=x.actors, events=x.events[:0])

    for path in corpus.rglob("*"):
        if path.is_file():
            path.unlink()
    summary = store.reprocess(pipeline=Quieter())
    assert summary.counts.added == before["articles"]
    after = store.stats()
    assert after["events"] == 0 and after["agreements"] == 0
    store.reprocess(pipeline=fake)
    assert store.stats() == before


def test_stored_records_read_back_as_the_same_extraction(store, fake):
    a = article(WIRE, outlet="wire.example", url="https://wire.example/1")
    store.ingest_articles([a], pipeline=fake)
    assert store.extraction(a.id) == fake_extract(a)


def test_an_interrupted_batch_is_rolled_back_and_the_rerun_completes(store, fake):
    items = [article(unique_text(i)) for i in range(10)]

    class Interrupting(FakePipeline):
        def extract_many(self, articles):
            for x in super().extract_many(articles):
                if self.calls == 7:
                    raise KeyboardInterrupt
                yield x

    summary = store.ingest_articles(items, pipeline=Interrupting(), batch_size=3)
    assert summary.interrupted
    assert store.stats()["articles"] == 6  # two whole batches; the third never half-written
    assert store.rows("SELECT status FROM runs ORDER BY id DESC LIMIT 1")[0]["status"] == "interrupted"
    rerun = store.ingest_articles(items, pipeline=fake, batch_size=3)
    assert rerun.counts.added == 4 and rerun.counts.duplicates == 6
    assert store.stats()["articles"] == 10 and store.stats()["events"] == 10


KILL_SCRIPT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {fakes!r})
    from store_fakes import FakePipeline, article, unique_text
    from accord import Store

    def progress(counts):
        print("committed", counts.added, flush=True)

    store = Store({db!r})
    items = (article(unique_text(i)) for i in range({n}))
    store.ingest_articles(items, pipeline=FakePipeline(delay=0.02), batch_size=5, progress=progress)
    print("finished", flush=True)
    """
)


def test_an_ingest_killed_with_sigkill_resumes_where_it_stopped(tmp_path):
    db = tmp_path / "killed.duckdb"
    n = 200
    script = KILL_SCRIPT.format(fakes=str(FAKES), db=str(db), n=n)
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    committed = wait_for_commits(proc, 30, seconds=60)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert committed >= 30, proc.stderr.read()

    with Store(db) as store:
        survived = store.stats()["articles"]
        assert survived >= committed and survived < n and survived % 5 == 0  # whole batches only
        # Every stored article has its records: nothing half-written.
        assert store.rows("SELECT count(*) AS n FROM articles WHERE extracted_at IS NULL")[0]["n"] == 0
        assert store.stats()["events"] == survived
        fake = FakePipeline()
        summary = store.ingest_articles((article(unique_text(i)) for i in range(n)), pipeline=fake, batch_size=5)
        assert summary.counts.added == n - survived
        assert summary.counts.duplicates == survived
        assert fake.calls == n - survived
        assert store.stats()["articles"] == n and store.stats()["events"] == n


def test_extraction_notices_are_stored_with_the_article(store, fake):
    a = article(WIRE + " LANGWARN")
    store.ingest_articles([a], pipeline=fake)
    assert [n.code for n in store.extraction(a.id).notices] == ["language"]


@pytest.fixture
def opted_in(request):
    if "slow" not in (request.config.getoption("-m") or "") and not os.environ.get("ACCORD_SLOW"):
        pytest.skip("slow: run with -m slow or ACCORD_SLOW=1")


@pytest.mark.slow
def test_ingest_with_the_real_pipeline_stores_what_it_extracts(opted_in, tmp_path, pipeline):
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "short.txt").write_text("Serbia condemned Albania over the joint declaration on Monday.", encoding="utf-8")
    for path in sorted(E2E.glob("*.txt")):
        (corpus / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    with Store(tmp_path / "kb.duckdb") as store:
        summary = store.ingest([str(corpus)], pipeline=pipeline)
        assert summary.counts.errors == 0 and summary.counts.added == len(list(corpus.glob("*.txt")))
        for row in store.rows("SELECT id FROM articles"):
            stored = store.extraction(row["id"])
            assert stored == pipeline.extract(stored.article)
        assert store.ingest([str(corpus)], pipeline=pipeline).counts.added == 0
        assert store.events(dyad="SRB>ALB", type="ACCUSE"), "the pipeline should code 'Serbia condemned Albania'"
