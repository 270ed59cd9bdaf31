"""Deals called off (round 10, from blind wire dev classes): a phrasal cancelling verb whose
particle is read as an adverb ("backed out of a deal for ..."), and a contract cancelled for
goods whose maker's state the goods' phrase names ("corvettes being built in X"). Every
sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chile has backed out of a deal for 24 Italian-made M-346 trainers.", [("ITA", "CHL", "cancelled")]),
        ("Peru walked away from its order of six Korean corvettes.", [("KOR", "PER", "cancelled")]),
        ("Ghana cancelled a contract for two corvettes being built in South Korea, citing costs.", [("KOR", "GHA", "cancelled")]),
    ],
)
def test_a_deal_called_off_keeps_its_parties_cancelled(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chile walked away from the talks on trade, officials said.",
        # civilian goods
        "Ghana cancelled a contract for two ferries being built in South Korea, citing costs.",
    ],
)
def test_calling_off_what_is_no_arms_deal_is_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []
