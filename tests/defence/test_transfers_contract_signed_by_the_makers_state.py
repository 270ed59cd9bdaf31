"""A contract two states sign for goods one of them makes (round 13, from wire dev misses):
"France and Indonesia signed a contract on Tuesday for 42 jets", "France and Indonesia signed a
contract for the licensed production of howitzers". With no company among the signers, the state the
goods come from sells and the other buys, whichever the parser reads first (annotation guide
9.2: both sides named, or following from the item's origin). Signers of which neither makes the
goods do not sell to each other. Every sentence is invented."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    "text",
    [
        "PARIS (AFP) - France and Indonesia signed a contract on Tuesday for 42 Rafale jets.",
        "PARIS (AFP) - Indonesia and France signed a contract on Tuesday for 42 Rafale jets.",
    ],
)
def test_the_state_that_makes_the_goods_sells_them(extract_text, text):
    assert transfers_joined(extract_text, text) == [("FRA", "IDN", "ordered")]


def test_a_contract_for_licensed_production_is_bought_from_the_licensor(extract_text):
    text = "PARIS (AFP) - France and Indonesia signed a contract on Tuesday for the licensed production of 12 Caesar howitzers."
    assert transfers_joined(extract_text, text) == [("FRA", "IDN", "ordered")]


def test_signers_that_make_none_of_the_goods_do_not_sell_them(extract_text):
    # near miss: the jets come from a third state; neither signer sells to the other
    text = "JAKARTA (Antara) - Indonesia and Qatar signed a contract on Tuesday for 42 Rafale jets."
    assert transfers_joined(extract_text, text) == [("FRA", "IDN", "ordered"), ("FRA", "QAT", "ordered")]
