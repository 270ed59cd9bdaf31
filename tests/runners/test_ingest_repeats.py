"""Cheap repeats: an item read before (same place, same bytes) is skipped before cleaning."""

from __future__ import annotations

import json

import pytest
from store_fakes import WIRE, FakePipeline, syndicated_copy, unique_text

from accord.ingest import sources
from accord.runners.ingest import ingest
from accord.store import Database


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    lines = [{"text": unique_text(i), "url": f"https://n.example/{i}"} for i in range(7)] + [{"text": WIRE}, {"text": WIRE, "outlet": "Other"}]
    (folder / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in lines) + "\n{broken\n", encoding="utf-8")
    (folder / "copy.txt").write_text(syndicated_copy(), encoding="utf-8")
    return folder


def test_a_repeat_ingest_reads_nothing_again_and_changes_no_table(tmp_path, corpus, monkeypatch):
    with Database(tmp_path / "kb.duckdb") as db:
        first = ingest(db, [str(corpus)], pipeline=FakePipeline()).counts
        assert (first.added, first.duplicates, first.syndicated, first.errors) == (9, 1, 1, 1)
        before = {t: db.rows(f"SELECT * FROM {t} ORDER BY ALL") for t in ("articles", "sources", "events", "lsh_bands")}

        def never(*args, **kwargs):
            raise AssertionError("a known item was cleaned again")

        monkeypatch.setattr(sources, "article_from_record", never)
        monkeypatch.setattr(sources, "read_document", never)
        fake = FakePipeline()
        again = ingest(db, [str(corpus)], pipeline=fake).counts
        assert fake.calls == 0
        assert (again.added, again.duplicates, again.errors) == (0, 10, 1)  # the broken line is reported again
        assert {t: db.rows(f"SELECT * FROM {t} ORDER BY ALL") for t in before} == before


def test_the_same_bytes_from_another_place_still_gain_their_source(tmp_path, corpus):
    with Database(tmp_path / "kb.duckdb") as db:
        ingest(db, [str(corpus)], pipeline=FakePipeline())
        moved = tmp_path / "elsewhere.txt"
        moved.write_text(syndicated_copy(), encoding="utf-8")
        counts = ingest(db, [str(moved)], pipeline=FakePipeline()).counts
        assert (counts.added, counts.duplicates) == (0, 1)
        assert db.rows("SELECT count(*) AS n FROM sources WHERE source = ?", [str(moved)])[0]["n"] == 1


def test_other_reading_options_read_the_item_again(tmp_path, corpus, monkeypatch):
    with Database(tmp_path / "kb.duckdb") as db:
        ingest(db, [str(corpus)], pipeline=FakePipeline())
        read = []
        original = sources.article_from_record
        monkeypatch.setattr(sources, "article_from_record", lambda *a, **k: read.append(1) or original(*a, **k))
        again = ingest(db, [str(corpus)], pipeline=FakePipeline(), options=sources.SourceOptions(outlet="Named")).counts
        assert again.duplicates == 10 and len(read) == 9  # every JSONL record read again (the broken line is not one)
