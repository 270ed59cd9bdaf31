"""Our own defence gold set stays well-formed (ids, splits, allowed values, coverage)."""

from pathlib import Path

from validate_gold import validate  # pytest puts this test folder on sys.path

GOLD = Path(__file__).parent / "defence.jsonl"


def test_defence_gold_set_is_valid():
    assert validate(GOLD) == []
