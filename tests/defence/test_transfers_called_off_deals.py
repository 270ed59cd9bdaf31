"""Deals called off (round 10, from blind wire dev classes): a phrasal cancelling verb whose
particle is read as an adverb ("walked away from a deal for ..."), and a contract cancelled for
goods whose maker's state the goods' phrase names ("vessels being built in Britain"). Every
sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Poland has walked away from a deal for 50 French-built Caracal helicopters, the ministry said.", [("FRA", "POL", "cancelled")]),
        ("Qatar walked away from its deal for 24 Rafale jets.", [("FRA", "QAT", "cancelled")]),
        ("Kenya has cancelled the contract for two patrol vessels being built in Spain by Navantia.", [("ESP", "KEN", "cancelled")]),
    ],
)
def test_a_deal_called_off_keeps_its_parties_cancelled(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Chile walked away from the talks on trade, officials said.",
        # civilian goods
        "Kenya has cancelled the contract for two ferries being built in Spain.",
    ],
)
def test_calling_off_what_is_no_arms_deal_is_no_transfer(extract_text, text):
    assert _transfers(extract_text, text) == []
