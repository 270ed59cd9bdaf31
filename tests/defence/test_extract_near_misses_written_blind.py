"""Sentences with defence wording that state no defence record yield none.

The set (tests/gold/defence_near_misses.jsonl) was written by someone who had not read the
rules; each line says which convention of docs/annotation.md section 9 leaves it empty."""

import json
from pathlib import Path

import pytest

GOLD = Path(__file__).parents[1] / "gold" / "defence_near_misses.jsonl"
META, *LINES = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
RECORD_KINDS = ("agreements", "arms_transfers", "activities", "alliances")


def test_the_set_is_described_and_its_texts_are_unique():
    assert META["_meta"]["count"] == len(LINES)
    assert len({line["text"] for line in LINES}) == len(LINES)
    assert all(set(line) == {"text", "why"} and line["why"].strip() for line in LINES)


@pytest.mark.parametrize("line", LINES, ids=[f"nm{i:03d}" for i in range(1, len(LINES) + 1)])
def test_a_near_miss_yields_no_defence_record(extract_text, line):
    extraction = extract_text(line["text"], published="2010-05-01")
    assert {kind: getattr(extraction, kind) for kind in RECORD_KINDS if getattr(extraction, kind)} == {}
