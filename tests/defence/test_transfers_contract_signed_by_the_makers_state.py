"""A contract two states sign for goods one of them makes (round 13, from wire dev misses):
"Russia and Egypt signed a contract for 24 Su-35 fighters", "Russia and India signed a contract
for the licensed production of Su-30MKI jets". With no company among the signers, the state the
goods come from sells and the other buys, whichever the parser reads first (annotation guide
9.2: both sides named, or following from the item's origin). Signers of which neither makes the
goods do not sell to each other. Every sentence is invented."""

from __future__ import annotations

import pytest


def _transfers(extract_text, text):
    return sorted((",".join(t.supplier), ",".join(t.recipient), t.status) for t in extract_text(text).arms_transfers)


@pytest.mark.parametrize(
    "text",
    [
        "MOSCOW, Nov 20 (TASS) - Russia and Algeria have signed a contract for 14 Su-35 fighters, a source said.",
        "MOSCOW, Nov 20 (TASS) - Algeria and Russia have signed a contract for 14 Su-35 fighters, a source said.",
    ],
)
def test_the_state_that_makes_the_goods_sells_them(extract_text, text):
    assert _transfers(extract_text, text) == [("RUS", "DZA", "ordered")]


def test_a_contract_for_licensed_production_is_bought_from_the_licensor(extract_text):
    text = "MOSCOW, Nov 20 (TASS) - Russia and Algeria have signed a contract for the licensed production of 20 more Su-30 fighters, a source said."
    assert _transfers(extract_text, text) == [("RUS", "DZA", "ordered")]


def test_signers_that_make_none_of_the_goods_do_not_sell_them(extract_text):
    # near miss: the jets come from a third state; neither signer sells to the other
    text = "CAIRO, Nov 20 (MENA) - Egypt and Algeria have signed a contract for 14 Su-35 fighters, a source said."
    assert _transfers(extract_text, text) == [("RUS", "DZA", "ordered"), ("RUS", "EGY", "ordered")]
