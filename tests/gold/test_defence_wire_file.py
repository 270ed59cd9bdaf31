"""The wire-style defence gold set stays well-formed: schema, ids, split rule, near-miss share.

Its sentences were written blind, in the manner of agency copy, by someone who had not read
the extraction rules; it measures how the rules carry over to phrasing they were not fitted to."""

import re
from pathlib import Path

from validate_gold import (  # pytest puts this test folder on sys.path
    DEFENCE_LINE_FIELDS,
    DEFENCE_RECORD_KINDS,
    defence_record_errors,
    header_errors,
    read_records_only,
)

GOLD = Path(__file__).parent / "defence_wire.jsonl"
ROLES = {"records", "near_miss"}
RECORD_KINDS = DEFENCE_RECORD_KINDS
REQUIRED = DEFENCE_LINE_FIELDS
MIN_RECORDS = 100


META, RECORDS = read_records_only(GOLD)


def test_the_header_describes_the_file():
    assert header_errors(META, RECORDS) == []
    assert len(RECORDS) >= MIN_RECORDS


def test_every_line_has_the_fields_a_date_and_its_licence():
    for r in RECORDS:
        assert REQUIRED <= set(r) <= REQUIRED | {"comment"}, r["id"]
        assert isinstance(r["text"], str) and r["text"].strip(), r["id"]
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", r["date"]), r["id"]
        assert r["source"] == {"file": "written", "record": r["id"]}, r["id"]
        assert r["licence"] == META["licence"], r["id"]


def test_defence_records_follow_the_guide_schema():
    errors = [f"{r['id']} {kind}: {e}" for r in RECORDS for kind in RECORD_KINDS
              for rec in r[kind] for e in defence_record_errors(kind, rec)]
    assert errors == []


#: Lines written to train the defence back-off (versions 1.3 and 1.5): all dev; lines held out
#: from it and from the rules (versions 1.6 and 1.7): all test.
TRAINING_LINES = set(range(421, 741)) | set(range(1141, 1541))
HELD_OUT_LINES = set(range(1541, 2341))


def test_ids_run_in_order_texts_are_unique_and_odd_numbers_are_dev():
    assert [r["id"] for r in RECORDS] == [f"wire-{i:04d}" for i in range(1, len(RECORDS) + 1)]
    assert len({r["text"] for r in RECORDS}) == len(RECORDS)
    for r in RECORDS:
        number = int(r["id"][5:])
        expected = "test" if number in HELD_OUT_LINES else "dev" if number % 2 or number in TRAINING_LINES else "test"
        assert r["split"] == expected, r["id"]


def test_role_matches_the_records_and_near_misses_are_at_least_a_tenth_of_each_split():
    for r in RECORDS:
        assert r["role"] in ROLES, r["id"]
        assert (r["role"] == "records") == any(r[k] for k in RECORD_KINDS), r["id"]
    for split in ("dev", "test"):
        lines = [r for r in RECORDS if r["split"] == split]
        assert sum(r["role"] == "near_miss" for r in lines) >= len(lines) / 10


def test_agreement_dates_and_transfer_years_are_not_after_publication():
    for r in RECORDS:
        for rec in r["agreements"]:
            if rec["date"]:
                assert rec["date"] <= r["date"], r["id"]
        for rec in r["arms_transfers"]:
            if rec["year"]:
                assert rec["year"] <= int(r["date"][:4]), r["id"]
