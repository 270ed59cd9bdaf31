"""A sale blocked by a state (round 17, a class left in round 16: a state blocking a
sale taken as seller): the seller the phrase names keeps the sale; with none named, goods the
blocker did not make are sold by their maker; a blocker of goods it makes (or of goods of no
told maker) calls off its own sale. The stage is cancelled. Every sentence is invented; near
misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_joined


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the maker sells, the blocker only stops it
        ("Washington has blocked the sale of 12 Israeli-made Heron drones to Ecuador, citing their US parts.", [("ISR", "ECU", "cancelled")]),
        # the seller named by the phrase
        ("The export of 30 Leopard tanks by Spain to Indonesia was blocked by Berlin on Monday.", [("ESP", "IDN", "cancelled")]),
        # its own goods: the blocker's own sale
        ("Ottawa blocked the sale of Canadian-made armoured vehicles to Riyadh.", [("CAN", "SAU", "cancelled")]),
        # no maker told: the blocker's own sale
        ("Madrid blocked the sale of 400 guided bombs to Riyadh.", [("ESP", "SAU", "cancelled")]),
    ],
)
def test_a_blocked_sale_keeps_its_named_seller_or_the_goods_maker(extract_text, text, expected):
    assert transfers_joined(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # only an attempt to block: no sale called off, and no sale told as made
        "Senators tried to block a rumoured deal on the jets, officials said.",
    ],
)
def test_talk_of_blocking_with_no_sale_is_no_transfer(extract_text, text):
    assert transfers_joined(extract_text, text) == []
