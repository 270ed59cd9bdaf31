"""The real-sentence defence gold set stays well-formed: schema, verbatim sources, ids, split rule,
near-miss share. The verbatim check of the shared sources needs ../shared and is skipped where it is
absent; the State of the Union paragraphs live beside this file (sources/) and are always checked."""

import json
from pathlib import Path

import pytest

from validate_gold import (  # pytest puts this test folder on sys.path
    DEFENCE_LINE_FIELDS,
    DEFENCE_RECORD_KINDS,
    defence_record_errors,
    header_errors,
    read_records_only,
)

GOLD = Path(__file__).parent / "defence_real.jsonl"
SHARED_GOLD = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "gold"
SHARED_SOURCE_FILES = {"real_news_cameo_dev.jsonl", "plover_gsr_dev.jsonl", "re3d_dev.jsonl"}
LOCAL_SOURCES = Path(__file__).parent / "sources"
LOCAL_SOURCE_FILES = {"sotu_paragraphs.jsonl"}
SOURCE_FILES = SHARED_SOURCE_FILES | LOCAL_SOURCE_FILES
ROLES = {"records", "near_miss", "background"}
RECORD_KINDS = DEFENCE_RECORD_KINDS
REQUIRED = DEFENCE_LINE_FIELDS
MIN_RECORDS = 150
MIN_NEAR_MISSES = 15
FIRST_DEV_ONLY = 273  # from version 1.2 lines are appended to grow the dev split only
FIRST_BY_ADDRESS = 291  # from version 1.3 whole addresses alternate between test and dev


META, RECORDS = read_records_only(GOLD)


def test_the_header_describes_the_file():
    assert header_errors(META, RECORDS) == []


def test_there_are_enough_real_sentences():
    assert len(RECORDS) >= MIN_RECORDS


def test_every_record_has_the_fields_and_only_known_ones():
    for r in RECORDS:
        assert REQUIRED <= set(r) <= REQUIRED | {"comment"}, r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert r["date"] is None or (len(r["date"]) == 10 and r["date"][4] == "-"), r["id"]
        assert r["source"]["file"] in SOURCE_FILES and r["source"]["record"], r["id"]
        assert isinstance(r["licence"], str) and r["licence"].strip(), r["id"]


def test_defence_records_follow_the_guide_schema():
    errors = [f"{r['id']} {kind}: {e}" for r in RECORDS for kind in RECORD_KINDS
              for rec in r[kind] for e in defence_record_errors(kind, rec)]
    assert errors == []


def test_ids_run_in_order_and_are_unique_and_texts_are_unique():
    assert [r["id"] for r in RECORDS] == [f"real-{i:04d}" for i in range(1, len(RECORDS) + 1)]
    assert len({r["text"] for r in RECORDS}) == len(RECORDS)


def test_every_third_record_is_test_and_the_lines_that_grow_dev_are_dev_until_version_1_3():
    for r in RECORDS:
        number = int(r["id"][5:])
        if number >= FIRST_BY_ADDRESS:
            continue
        expected = "test" if number < FIRST_DEV_ONLY and number % 3 == 0 else "dev"
        assert r["split"] == expected, r["id"]


def _speech(r):
    return r["source"]["record"].rsplit(":p", 1)[0]


def test_the_lines_split_by_address_alternate_whole_addresses_none_cited_before():
    earlier = {_speech(r) for r in RECORDS if int(r["id"][5:]) < FIRST_BY_ADDRESS and r["source"]["file"] in LOCAL_SOURCE_FILES}
    by_address = [r for r in RECORDS if int(r["id"][5:]) >= FIRST_BY_ADDRESS]
    order = list(dict.fromkeys(_speech(r) for r in by_address))
    assert by_address and not set(order) & earlier
    for r in by_address:
        assert r["source"]["file"] in LOCAL_SOURCE_FILES, r["id"]
        assert r["split"] == ("test" if order.index(_speech(r)) % 2 == 0 else "dev"), r["id"]


def test_the_lines_that_grow_dev_come_from_addresses_no_test_line_cites():
    local = [r for r in RECORDS if r["source"]["file"] in LOCAL_SOURCE_FILES and int(r["id"][5:]) < FIRST_BY_ADDRESS]
    test_speeches = {_speech(r) for r in local if r["split"] == "test"}
    grown = [r for r in local if int(r["id"][5:]) >= FIRST_DEV_ONLY]
    assert grown and not {_speech(r) for r in grown} & test_speeches


def test_role_matches_the_records_and_near_misses_are_at_least_a_tenth():
    for r in RECORDS:
        assert r["role"] in ROLES, r["id"]
        assert (r["role"] == "records") == any(r[k] for k in RECORD_KINDS), r["id"]
    near = sum(r["role"] == "near_miss" for r in RECORDS)
    assert near >= MIN_NEAR_MISSES and near >= len(RECORDS) / 10


def _source_texts(folder, names):
    texts = {}
    for name in names:
        for line in (folder / name).read_text(encoding="utf-8").splitlines():
            rec = json.loads(line)
            texts[(name, rec["id"])] = rec["text"]
    return texts


def _assert_verbatim(records, sources):
    for r in records:
        key = (r["source"]["file"], r["source"]["record"])
        assert key in sources, r["id"]
        assert r["text"] in sources[key], r["id"]


@pytest.mark.skipif(not SHARED_GOLD.is_dir(), reason="../shared (the source sets) is not here")
def test_every_text_from_the_shared_sets_is_verbatim_in_its_cited_source_record():
    _assert_verbatim([r for r in RECORDS if r["source"]["file"] in SHARED_SOURCE_FILES],
                     _source_texts(SHARED_GOLD, SHARED_SOURCE_FILES))


def test_every_state_of_the_union_text_is_verbatim_in_its_cited_paragraph():
    local = [r for r in RECORDS if r["source"]["file"] in LOCAL_SOURCE_FILES]
    assert local
    _assert_verbatim(local, _source_texts(LOCAL_SOURCES, LOCAL_SOURCE_FILES))


def test_the_source_extract_holds_exactly_the_cited_paragraphs_with_their_licence():
    cited = {r["source"]["record"] for r in RECORDS if r["source"]["file"] in LOCAL_SOURCE_FILES}
    extract = [json.loads(line) for line in
               (LOCAL_SOURCES / "sotu_paragraphs.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {row["id"] for row in extract} == cited
    assert all("public domain" in row["licence"] and row["source_url"] for row in extract)


def test_state_of_the_union_lines_carry_the_address_date_and_a_public_domain_licence():
    for r in RECORDS:
        if r["source"]["file"] in LOCAL_SOURCE_FILES:
            assert r["date"] and r["date"] <= "2026-12-31", r["id"]
            assert r["licence"].startswith("public domain"), r["id"]


def test_agreement_dates_and_transfer_years_are_not_after_publication():
    for r in RECORDS:
        for rec in r["agreements"]:
            if rec["date"] and r["date"]:
                assert rec["date"] <= r["date"], r["id"]
        for rec in r["arms_transfers"]:
            if rec["year"] and r["date"]:
                assert rec["year"] <= int(r["date"][:4]), r["id"]
