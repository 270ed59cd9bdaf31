"""Goods of no specific category conjoined with a system ("radio equipment and army trucks",
"vehicles, weapons and ammunition") are goods of their own: one record each (guide 9.2, one record
per stated item), not a general word standing for the specific goods as in "equipment, including
drones". Goods the phrase makes the system's accessories ("missiles and related equipment") add
none. Every sentence is invented; near misses stay empty."""

from __future__ import annotations

import pytest
from defence_helpers import transfers_with_items


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan delivered radio equipment and army trucks to the Cambodian army on Friday.",
            [("JPN", "KHM", "delivered", "army trucks"), ("JPN", "KHM", "delivered", "radio equipment")],
        ),
        (
            "Turkey will send armoured vehicles, weapons and ammunition to the Somali army next month.",
            [("TUR", "SOM", "offered", "ammunition"), ("TUR", "SOM", "offered", "armoured vehicles"), ("TUR", "SOM", "offered", "weapons")],
        ),
    ],
)
def test_general_goods_conjoined_with_a_system_are_goods_of_their_own(extract_text, text, expected):
    assert transfers_with_items(extract_text, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The State Department approved the possible sale of 40 Stinger missiles and related equipment to Estonia.",
            [("USA", "EST", "offered", "Stinger missiles")],
        ),
        ("Canada sold 12 helicopters and associated equipment to Peru.", [("CAN", "PER", "delivered", "helicopters")]),
    ],
)
def test_accessories_of_a_system_are_no_goods_of_their_own(extract_text, text, expected):
    assert transfers_with_items(extract_text, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # no seller named: a state's own purchase at home
        "The ministry bought army trucks and radio equipment from a domestic maker.",
        # civilian goods to civilians
        "The charity donated trucks and medical equipment to flood victims in Pakistan.",
    ],
)
def test_conjoined_goods_without_a_transfer_stay_empty(extract_text, text):
    assert transfers_with_items(extract_text, text) == []
