"""Goods named by the force they served in ("a retired U.S. Coast Guard cutter", "two former
Dutch Navy frigates") come from that force's state when no supplier is told: the force's name
inside the goods' phrase is their origin, as a demonym before it would be. A force's own ships
seen with no transfer, or handed to the force's own state, stay empty. Every sentence is invented."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A retired U.S. Coast Guard cutter was transferred to the Ghanaian navy on Monday.", [("USA", "GHA", "delivered")]),
        ("Two decommissioned Dutch Navy frigates were handed over to Indonesia at Den Helder.", [("NLD", "IDN", "delivered")]),
        ("Three U.S. Coast Guard patrol boats were donated to Costa Rica last year, the embassy said.", [("USA", "CRI", "delivered")]),
    ],
)
def test_the_forces_state_supplies_its_goods(extract_text, text, expected):
    assert _transfers(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # the force's own ship, no transfer
        "An Indian Navy frigate arrived in Colombo for a goodwill visit.",
        # handed to the force's own state: no transfer
        "A refitted Indian Navy destroyer was handed back to India's fleet on Monday.",
    ],
)
def test_no_transfer_of_a_forces_own_goods(extract_text, text):
    assert _transfers(extract_text, text) == []
