"""Syndication: near-duplicate detection with MinHash LSH over word shingles."""

from __future__ import annotations

import re

from store_fakes import WIRE, syndicated_copy

from accord.store import dedup

TEMPLATE = (
    "On Jan. {d}, Coalition military forces conducted {n} strikes against ISIL terrorists in Syria and Iraq. "
    "In Syria, Coalition military forces conducted {s} strikes using attack, bomber, fighter and remotely piloted aircraft "
    "against ISIL targets. Near {place}, {k} strikes engaged {units} ISIL tactical units and destroyed {things}. "
    "Strike assessments are based on initial reports. All aircraft returned to base safely."
)


def sig(text: str) -> dedup.Signature:
    s = dedup.signature(text)
    assert s is not None
    return s


def test_shingles_fold_case_diacritics_and_punctuation():
    assert dedup.shingles("Vučić said: Serbia, and Hungary!", size=2) == {"vucic said", "said serbia", "serbia and", "and hungary"}


def test_short_texts_get_no_signature():
    assert dedup.signature("Serbia condemned Albania.") is None


def test_wire_copies_are_the_same_story():
    a = sig(WIRE)
    for copy in (
        syndicated_copy(),
        WIRE.replace("Monday", "Tuesday"),
        " ".join(re.split(r"(?<=\.) ", WIRE)[:-2]),  # last two sentences dropped
        "Updated: " + WIRE + " Subscribe to our newsletter. Share this article.",
    ):
        linked, score = dedup.same_story(a, sig(copy))
        assert linked, (score, copy[:60])


def test_templated_reports_of_different_days_are_different_stories():
    first = TEMPLATE.format(d=8, n=34, s=23, place="Raqqa", k=5, units="three", things="two fighting positions and a vehicle")
    second = TEMPLATE.format(d=9, n=26, s=15, place="Mosul", k=7, units="four", things="an ISIL headquarters and a bunker")
    linked, score = dedup.same_story(sig(first), sig(second))
    assert not linked and score < dedup.THRESHOLD


def test_the_index_finds_the_story_of_a_copy_and_nothing_for_a_new_text():
    index = dedup.StoryIndex()
    index.add("a1", "s1", sig(WIRE))
    match = index.match(sig(syndicated_copy()))
    assert match is not None and match.story_id == "s1" and match.similarity >= dedup.THRESHOLD
    assert index.match(sig(" ".join(f"word{i}" for i in range(60)))) is None


def test_signatures_survive_a_round_trip_through_bytes():
    s = sig(WIRE)
    back = dedup.Signature.from_bytes(s.to_bytes(), s.size)
    assert dedup.jaccard(s, back) == 1.0 and back.size == s.size


def test_band_hashes_make_the_same_candidates_as_the_in_memory_lsh():
    from datasketch import LeanMinHash, MinHashLSH

    texts = [WIRE, syndicated_copy(), *(TEMPLATE.format(d=d, n=d + 3, s=d, place=f"Town{d}", k=2, units=d, things="a bunker") for d in range(1, 6))]
    sigs = [sig(t) for t in texts]
    lsh = MinHashLSH(threshold=dedup.CONTAINED_JACCARD, num_perm=dedup.NUM_PERM)
    for i, s in enumerate(sigs):
        lsh.insert(str(i), LeanMinHash(seed=dedup.SEED, hashvalues=s.values, scheme=dedup.SCHEME))
    for i, s in enumerate(sigs):
        banded = {str(j) for j, other in enumerate(sigs) if set(dedup.bands(s)) & set(dedup.bands(other))}
        assert banded == set(lsh.query(LeanMinHash(seed=dedup.SEED, hashvalues=s.values, scheme=dedup.SCHEME)))
    assert len(dedup.bands(sigs[0])) == dedup.band_layout()[0]


def test_the_near_duplicate_index_persists_in_the_store_and_grows_batch_by_batch(tmp_path):
    from store_fakes import FakePipeline, article, unique_text

    from accord.runners.ingest import ingest_articles
    from accord.store import Database

    bands = dedup.band_layout()[0]
    path = tmp_path / "kb.duckdb"
    with Database(path) as db:
        ingest_articles(db, [article(WIRE, outlet="wire.example"), article(unique_text(1))], pipeline=FakePipeline())
        assert db.rows("SELECT count(*) AS n FROM lsh_bands")[0]["n"] == 2 * bands
    with Database(path) as db:  # a new run, a new connection: nothing rebuilt, the copy is still found
        counts = ingest_articles(db, [article(syndicated_copy(), outlet="daily.example")], pipeline=FakePipeline()).counts
        assert counts.syndicated == 1 and db.stats()["stories"] == 2
        assert db.rows("SELECT count(*) AS n FROM lsh_bands")[0]["n"] == 3 * bands
        assert db._index is None  # the in-memory index was never built


def test_a_store_written_before_the_index_was_kept_is_indexed_once(tmp_path):
    from store_fakes import FakePipeline, article

    from accord.runners.ingest import ingest_articles
    from accord.store import Database

    with Database(tmp_path / "kb.duckdb") as db:
        ingest_articles(db, [article(WIRE, outlet="wire.example")], pipeline=FakePipeline())
        db.execute("DELETE FROM lsh_bands")
        counts = ingest_articles(db, [article(syndicated_copy(), outlet="daily.example")], pipeline=FakePipeline()).counts
        assert counts.syndicated == 1
        assert db.rows("SELECT count(DISTINCT article_id) AS n FROM lsh_bands")[0]["n"] == 2
