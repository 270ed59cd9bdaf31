"""Goods named by the force they served in ("a U.S. Coast Guard patrol ship, retired last year", "two
former Dutch Navy frigates") name a former owner: the force's state hands them over when no
supplier is told, and no other state in the sentence bought or holds them since (then the force
is no seller, and no order from it is read either). A force's own ships seen with no transfer, or
handed to the force's own state, stay empty. Every sentence is invented."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A U.S. Coast Guard patrol ship, retired last year, was given to the Ghanaian navy at a ceremony in Tema.", [("USA", "GHA", "delivered")]),
        ("Two decommissioned Dutch Navy frigates were handed over to Indonesia at Den Helder.", [("NLD", "IDN", "delivered")]),
        ("Three U.S. Coast Guard cutters were donated to Costa Rica last year, the embassy said.", [("USA", "CRI", "delivered")]),
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


@pytest.mark.parametrize(
    "text",
    [
        # bought by a third state since: the force's state is a former owner, not the seller
        "Two former Dutch Navy frigates, bought by Chile in 2005, were handed over to Peru on Friday.",
        "Two former Dutch Navy frigates that Chile had operated since 2005 were handed over to Peru on Friday.",
    ],
)
def test_a_former_owner_is_no_seller_when_another_state_held_the_goods(extract_text, text):
    assert ("NLD",) not in {tuple(t.supplier) for t in extract_text(text).arms_transfers}
